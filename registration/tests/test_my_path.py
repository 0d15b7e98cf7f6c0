"""« Mon parcours »: the three steps, the status in plain words, the data and account links,
and the two extension points other apps fill (sections of the page, parts of the data)."""

import json

import pytest
from allauth.account.models import EmailAddress
from bs4 import BeautifulSoup
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import translation
from wagtail import hooks

from registration.choices import PipelineStatus
from registration.factories import PASSWORD, RegistrationFactory, UserFactory
from registration.models import AdvisorNote, Registration, User
from registration.my_path import MY_PATH_SECTIONS_HOOK, MyPathSection
from registration.personal_data import PERSONAL_DATA_HOOK
from sectors.models import SectorIndexPage
from training.models import WelcomeActivityPage

pytestmark = pytest.mark.django_db


def my_path_url(language="fr"):
    with translation.override(language):
        return reverse("registration:my_path")


@pytest.fixture
def site_pages(home_fr):
    welcome = home_fr.add_child(instance=WelcomeActivityPage(title="Activité d'accueil"))
    sectors = home_fr.add_child(instance=SectorIndexPage(title="Secteurs"))
    return {"welcome": welcome, "sectors": sectors}


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_my_path_has_a_translated_address_under_each_language():
    assert my_path_url("fr") == "/fr/mon-parcours/"
    assert my_path_url("en") == "/en/my-path/"


def test_my_path_needs_to_be_logged_in(client):
    response = client.get(my_path_url())
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_my_path_is_never_cached(client):
    client.force_login(RegistrationFactory().user)
    response = client.get(my_path_url())
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("status", "status_words", "current_step", "sector_words"),
    [
        (PipelineStatus.NEW, "vous appellera bientôt", 1, "Après la formation"),
        (
            PipelineStatus.CONTACTED,
            "Votre prochaine étape est l'activité d'accueil",
            1,
            "Après la formation",
        ),
        (
            PipelineStatus.IN_PATH,
            "Vous êtes dans le parcours préparatoire",
            2,
            "lisez les fiches des secteurs",
        ),
        (
            PipelineStatus.READY,
            "Vous êtes prêt pour les événements de recrutement",
            3,
            "jumelé avec des employeurs",
        ),
        (PipelineStatus.EMPLOYED, "Félicitations pour votre nouvel emploi", None, "Bravo"),
        (
            PipelineStatus.WITHDRAWN,
            "Votre participation au programme est terminée",
            None,
            "restent accessibles à tous",
        ),
    ],
)
def test_my_path_says_where_the_participant_stands_for_each_status(
    client, site_pages, status, status_words, current_step, sector_words
):
    registration = RegistrationFactory(complete=True, status=status)
    client.force_login(registration.user)
    html = soup(client.get(my_path_url()))

    assert html.h1.text == "Mon parcours"
    assert status_words in html.select_one("[data-testid=status-text]").text
    steps = html.select(".path-steps > li")
    assert len(steps) == 3
    current = [index for index, step in enumerate(steps, start=1) if step.get("aria-current")]
    assert current == ([current_step] if current_step else [])
    assert sector_words in steps[1].text
    if status == PipelineStatus.EMPLOYED:
        assert all("path-step--done" in step["class"] for step in steps)


def test_my_path_links_each_step_and_the_account_pages(client, site_pages):
    registration = RegistrationFactory(complete=True, status=PipelineStatus.IN_PATH)
    client.force_login(registration.user)
    html = soup(client.get(my_path_url()))

    links = {a["href"] for a in html.select(".path-steps a")}
    assert {site_pages["welcome"].url, site_pages["sectors"].url} <= links
    account_links = {a.text: a["href"] for a in html.select(".my-path__account-links a")}
    assert (
        account_links["Télécharger mes données (fichier JSON)"] == "/fr/mon-parcours/mes-donnees/"
    )
    assert account_links["Supprimer mon compte"] == "/fr/mon-parcours/supprimer-mon-compte/"


def test_my_path_in_english(client, site_pages):
    registration = RegistrationFactory(complete=True, status=PipelineStatus.NEW)
    client.force_login(registration.user)
    html = soup(client.get(my_path_url("en")))

    assert html.h1.text == "My path"
    assert "An advisor from the Talents and Diversity team will call you soon" in html.text
    assert "Activities with sector representatives" in html.select(".path-steps > li")[1].text


def test_a_user_without_registration_is_invited_to_register(client, site_pages):
    user = UserFactory()
    client.force_login(user)
    html = soup(client.get(my_path_url()))

    assert "pas encore rempli le questionnaire" in html.select_one("[data-testid=status-text]").text
    assert not [step for step in html.select(".path-steps > li") if step.get("aria-current")]


# --- Sections other apps add (the registration_my_path_sections hook) --------------------------


def section(text, **options):
    """A hook function adding one section; ``text`` is shown in a paragraph of its own."""

    def contribute(*, user, request):
        return MyPathSection(
            template="registration/tests/my_path_section.html",
            context={"text": f"{text} ({user.first_name})"},
            **options,
        )

    return contribute


@pytest.fixture
def section_template(settings, tmp_path):
    folder = tmp_path / "registration" / "tests"
    folder.mkdir(parents=True)
    (folder / "my_path_section.html").write_text('<p class="added">{{ text }}</p>')
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}
    ]


def test_other_apps_add_sections_inside_a_step_or_after_the_steps_in_order(
    client, site_pages, section_template
):
    registration = RegistrationFactory(status=PipelineStatus.NEW, user__first_name="Amina")
    client.force_login(registration.user)

    with (
        hooks.register_temporarily(MY_PATH_SECTIONS_HOOK, section("Second", order=20, step=3)),
        hooks.register_temporarily(MY_PATH_SECTIONS_HOOK, section("First", order=10, step=3)),
        hooks.register_temporarily(MY_PATH_SECTIONS_HOOK, section("Own", step=None)),
        hooks.register_temporarily(MY_PATH_SECTIONS_HOOK, lambda *, user, request: None),
    ):
        html = soup(client.get(my_path_url()))

    third_step = html.select(".path-steps > li")[2]
    assert [p.text for p in third_step.select(".added")] == ["First (Amina)", "Second (Amina)"]
    steps_section = html.select_one("section[aria-labelledby=my-path-steps]")
    after_steps = steps_section.find_next_siblings("p", class_="added")
    assert [p.text for p in after_steps] == ["Own (Amina)"]


@pytest.mark.parametrize(("unfinished", "first_step_state"), [(True, "current"), (False, "done")])
def test_an_unfinished_section_keeps_its_step_under_way_after_the_advisor_moves_on(
    client, site_pages, section_template, unfinished, first_step_state
):
    registration = RegistrationFactory(status=PipelineStatus.IN_PATH)
    client.force_login(registration.user)

    with hooks.register_temporarily(
        MY_PATH_SECTIONS_HOOK, section("Course", step=1, unfinished=unfinished)
    ):
        steps = soup(client.get(my_path_url())).select(".path-steps > li")

    assert f"path-step--{first_step_state}" in steps[0]["class"]
    assert "path-step--current" in steps[1]["class"]


# --- Download my data --------------------------------------------------------------------------


def download(client):
    with translation.override("fr"):
        return client.get(reverse("registration:download_my_data"))


def test_data_download_holds_all_of_the_participants_data_and_nothing_of_anyone_else(client):
    mine = RegistrationFactory(
        complete=True, status=PipelineStatus.CONTACTED, user__email="amina@example.com"
    )
    EmailAddress.objects.create(user=mine.user, email=mine.user.email, verified=True, primary=True)
    theirs = RegistrationFactory(status=PipelineStatus.READY, user__email="autre@example.com")
    advisor = UserFactory(email="conseillere@example.com", first_name="Line", last_name="Roy")
    AdvisorNote.objects.create(registration=mine, author=advisor, text="Appel fait.")
    AdvisorNote.objects.create(registration=theirs, author=advisor, text="Rien à signaler.")
    client.force_login(mine.user)

    response = download(client)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"] == 'attachment; filename="passerelle-data.json"'
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "amina@example.com"
    assert data["account"]["email_addresses"] == [
        {"email": "amina@example.com", "verified": True, "primary": True}
    ]
    assert data["registration"]["status"] == {"value": "contacted", "label": "Contactée"}
    assert data["registration"]["phone"] == "+15148720311"
    assert data["registration"]["sectors"] == ["Santé et services sociaux"]
    assert all(value not in (None, "", []) for value in data["registration"].values())
    assert [note["author"] for note in data["registration"]["records"]["notes de conseiller"]] == [
        "Line Roy"
    ]
    raw = response.content.decode()
    assert "autre@example.com" not in raw
    assert "conseillere@example.com" not in raw
    assert "Rien à signaler" not in raw
    assert "password" not in raw


def test_data_download_needs_to_be_logged_in(client):
    response = download(client)
    assert response.status_code == 302


def test_data_download_works_without_a_registration(client):
    client.force_login(UserFactory(email="staff@example.com"))
    data = json.loads(download(client).content)
    assert data["registration"] is None
    assert data["account"]["email"] == "staff@example.com"


def test_other_apps_add_their_part_of_the_data(client):
    registration = RegistrationFactory()
    client.force_login(registration.user)

    def events(*, user):
        return {"events": [{"title": "Job dating", "participant": user.email}]}

    with hooks.register_temporarily(PERSONAL_DATA_HOOK, events):
        data = json.loads(download(client).content)

    assert data["events"] == [{"title": "Job dating", "participant": registration.user.email}]
    assert data["account"]["email"] == registration.user.email


def test_an_app_cannot_overwrite_another_part_of_the_data(client):
    client.force_login(RegistrationFactory().user)

    with (
        hooks.register_temporarily(PERSONAL_DATA_HOOK, lambda *, user: {"account": {}}),
        pytest.raises(ImproperlyConfigured),
    ):
        download(client)


# --- Delete my account -------------------------------------------------------------------------


def delete_url():
    with translation.override("fr"):
        return reverse("registration:delete_account")


def test_deletion_asks_for_confirmation_first(client):
    registration = RegistrationFactory()
    client.force_login(registration.user)
    html = soup(client.get(delete_url()))

    assert html.h1.text == "Supprimer mon compte"
    assert html.select_one("form[method=post] input[type=password]") is not None
    assert User.objects.filter(pk=registration.user.pk).exists()


def test_a_wrong_password_deletes_nothing_and_says_why(client):
    registration = RegistrationFactory()
    client.force_login(registration.user)
    response = client.post(delete_url(), {"password": "pas-le-bon"})

    html = soup(response)
    assert "Ce n'est pas votre mot de passe" in html.select_one(".errorlist").text
    assert html.select_one("input[type=password]")["aria-invalid"] == "true"
    assert User.objects.filter(pk=registration.user.pk).exists()


def test_deletion_removes_the_account_and_its_answers_and_logs_out(client):
    registration = RegistrationFactory()
    other = RegistrationFactory()
    client.force_login(registration.user)

    response = client.post(delete_url(), {"password": PASSWORD}, follow=True)

    assert response.redirect_chain[0] == ("/fr/", 302)
    message = soup(response).select_one(".messages").text
    assert "Votre compte et tout ce qu'il contenait ont été supprimés" in message
    assert not User.objects.filter(pk=registration.user.pk).exists()
    assert not Registration.objects.filter(pk=registration.pk).exists()
    assert Registration.objects.filter(pk=other.pk).exists()
    assert client.get(my_path_url()).status_code == 302  # logged out


def test_participant_edits_their_name_from_my_path(client):
    registration = RegistrationFactory(user__first_name="Amina", user__last_name="Diallo")
    client.force_login(registration.user)
    with translation.override("fr"):
        url = reverse("registration:edit_profile")
    html = soup(client.get(my_path_url()))
    assert {a["href"] for a in html.select(".my-path__account-links a")} >= {url}

    response = client.post(url, {"first_name": "Aminata", "last_name": "Diallo Traoré"})

    assert response.status_code == 302
    assert response["Location"] == "/fr/mon-parcours/"
    registration.user.refresh_from_db()
    assert registration.user.get_full_name() == "Aminata Diallo Traoré"
