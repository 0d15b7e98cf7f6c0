"""What progress adds to « Mon parcours » and to the participant's data, through registration's
hooks: the course in the first step, the module completions, their deletion with the account."""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from home.translation import translate_page
from progress.factories import build_course, complete
from progress.models import ModuleCompletion
from registration.choices import PipelineStatus
from registration.factories import PASSWORD, RegistrationFactory

pytestmark = pytest.mark.django_db


def my_path_url(language="fr"):
    with translation.override(language):
        return reverse("registration:my_path")


@pytest.fixture
def course(home_fr):
    return build_course(parent=home_fr, modules=3)


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_the_first_step_shows_the_course_progress_and_where_to_continue(client, course):
    course_page, modules = course
    registration = RegistrationFactory(status=PipelineStatus.IN_PATH)
    client.force_login(registration.user)
    complete(registration.user, modules[0])
    html = soup(client.get(my_path_url()))

    first_step = html.select(".path-steps > li")[0]
    assert first_step.get("aria-current") == "step"  # the course is not finished yet
    bar = first_step.select_one("progress")
    assert (bar["value"], bar["max"]) == ("1", "3")
    assert "Modules terminés\xa0: 1 sur 3 (33\xa0%)" in first_step.text
    continue_link = first_step.select_one("[data-testid=continue] a")
    assert continue_link["href"] == modules[1].url
    assert course_page.url in {a["href"] for a in first_step.select("a")}


@pytest.mark.parametrize(
    ("status", "current_step"),
    [
        (PipelineStatus.NEW, 1),
        (PipelineStatus.IN_PATH, 2),
        (PipelineStatus.READY, 3),
        (PipelineStatus.EMPLOYED, None),
    ],
)
def test_a_finished_course_lets_the_path_move_on(client, course, status, current_step):
    registration = RegistrationFactory(status=status)
    client.force_login(registration.user)
    complete(registration.user, *course[1])
    steps = soup(client.get(my_path_url())).select(".path-steps > li")

    current = [index for index, step in enumerate(steps, start=1) if step.get("aria-current")]
    assert current == ([current_step] if current_step else [])
    assert "Vous avez terminé la formation" in steps[0].text


def test_my_path_in_english_links_to_the_english_pages(client, course, home_en):
    course_page, modules = course
    registration = RegistrationFactory(status=PipelineStatus.NEW)
    client.force_login(registration.user)
    course_en = translate_page(course_page, title="Video application")
    module_en = translate_page(modules[0], title="Writing your pitch")
    html = soup(client.get(my_path_url("en")))

    assert html.select_one("[data-testid=continue] a")["href"] == module_en.url
    assert course_en.url in {a["href"] for a in html.select("a")}
    assert "The “Video application” course" in html.text


def test_without_a_published_course_the_first_step_shows_no_course(client, home_fr):
    registration = RegistrationFactory(status=PipelineStatus.IN_PATH)
    client.force_login(registration.user)
    steps = soup(client.get(my_path_url())).select(".path-steps > li")

    assert steps[0].select_one("progress") is None
    assert "path-step--done" in steps[0]["class"]


def test_data_download_holds_the_participants_completions_and_nobody_elses(client, course, home_en):
    course_page, modules = course
    mine = RegistrationFactory(user__email="amina@example.com")
    theirs = RegistrationFactory(user__email="autre@example.com")
    translate_page(course_page, title="Video application")
    translate_page(modules[0], title="Writing your pitch")
    complete(mine.user, modules[0])
    complete(theirs.user, modules[1], modules[2])
    client.force_login(mine.user)

    with translation.override("fr"):
        response = client.get(reverse("registration:download_my_data"))

    data = json.loads(response.content)
    assert data["module_completions"] == [
        {
            "module_key": str(modules[0].translation_key),
            "module_titles": {"fr": "Module 1", "en": "Writing your pitch"},
            "completed_at": data["module_completions"][0]["completed_at"],
        }
    ]
    assert data["account_records"] == {}  # completions are listed once, above
    raw = response.content.decode()
    assert str(modules[1].translation_key) not in raw
    assert "autre@example.com" not in raw


def test_deleting_the_account_deletes_its_completions_and_no_one_elses(client, course):
    _course_page, modules = course
    registration = RegistrationFactory()
    other = RegistrationFactory()
    complete(registration.user, *modules)
    complete(other.user, modules[0])
    client.force_login(registration.user)

    with translation.override("fr"):
        url = reverse("registration:delete_account")
    response = client.post(url, {"password": PASSWORD})

    assert response.status_code == 302
    assert ModuleCompletion.objects.filter(user=other.user).count() == 1
    assert ModuleCompletion.objects.count() == 1
