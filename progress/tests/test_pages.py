"""The course and module pages show each module's state, a progress bar and where to continue."""

import pytest
from bs4 import BeautifulSoup

from progress.factories import build_course, complete
from registration.factories import UserFactory
from registration.models import RegistrationPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(home_fr):
    return build_course(parent=home_fr, modules=4)


@pytest.fixture
def participant(client):
    user = UserFactory()
    client.force_login(user)
    return user


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_course_page_shows_n_of_m_a_percentage_and_an_accessible_bar(client, course, participant):
    course_page, modules = course
    complete(participant, modules[0], modules[2])

    html = soup(client.get(course_page.url))
    bar = html.select_one("progress#course-progress")
    assert bar["max"] == "4" and bar["value"] == "2"
    assert html.select_one("label[for=course-progress]").get_text(strip=True) == "Votre progression"
    assert (
        "Modules terminés\xa0: 2 sur 4 (50\xa0%)"
        in html.select_one("[data-testid=progress-text]").text
    )
    states = [state.get_text(strip=True) for state in html.select(".module-state")]
    assert states == ["Terminé", "À faire", "Terminé", "À faire"]


def test_continue_link_at_the_start_goes_to_the_first_module(client, course, participant):
    course_page, modules = course
    link = soup(client.get(course_page.url)).select_one("[data-testid=continue] a")

    assert link["href"] == modules[0].url
    assert "Commencer la formation" in link.text


def test_continue_link_in_the_middle_goes_to_the_first_module_not_done(client, course, participant):
    course_page, modules = course
    complete(participant, modules[0], modules[1], modules[3])
    link = soup(client.get(course_page.url)).select_one("[data-testid=continue] a")

    assert link["href"] == modules[2].url
    assert "Reprendre là où vous en étiez" in link.text
    assert "Module 3" in link.text


def test_at_the_end_the_course_says_it_is_complete(client, course, participant):
    course_page, modules = course
    complete(participant, *modules)
    html = soup(client.get(course_page.url))

    assert html.select_one("[data-testid=continue] a") is None
    assert "Vous avez terminé la formation" in html.select_one("[data-testid=continue]").text
    assert html.select_one("progress#course-progress")["value"] == "4"


def test_module_page_shows_its_state_the_bar_and_where_to_continue(client, course, participant):
    _course_page, modules = course
    complete(participant, modules[0])
    html = soup(client.get(modules[1].url))

    assert "Pas encore terminé." in html.select_one(".module-completion__state").text
    assert html.select_one("progress#module-course-progress")["value"] == "1"
    form = html.select_one("form.module-completion__form")
    assert form.select_one("input[name=csrfmiddlewaretoken]") is not None
    assert form.select_one("input[name=action]")["value"] == "complete"
    # The next module not done is this one: no link to the page the participant is on.
    assert html.select_one("[data-testid=continue]") is None


def test_anonymous_course_page_lists_modules_without_states(client, course):
    course_page, modules = course
    html = soup(client.get(course_page.url))

    assert [a.text for a in html.select(".module-list a")] == [m.title for m in modules]
    assert html.select(".module-state") == []
    assert html.select_one("progress") is None
    invitation = html.select_one(".progress-invitation")
    assert "Connectez-vous pour suivre votre progression" in invitation.text
    assert invitation.a["href"] == "/fr/accounts/login/?next=%2Ffr%2Fcandidature-video%2F"


def test_anonymous_invitation_links_to_the_registration_page(client, course, home_fr):
    registration_page = home_fr.add_child(
        instance=RegistrationPage(title="Inscription", slug="inscription")
    )
    html = soup(client.get(course[0].url))

    links = {a.text: a["href"] for a in html.select(".progress-invitation a")}
    assert links["Inscrivez-vous"] == registration_page.url
    assert "connectez-vous" in links


def test_progress_counts_only_live_modules(client, course, participant):
    course_page, modules = course
    modules[3].unpublish()
    complete(participant, modules[0])

    bar = soup(client.get(course_page.url)).select_one("progress#course-progress")
    assert (bar["value"], bar["max"]) == ("1", "3")
