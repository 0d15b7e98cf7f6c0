"""« Mon parcours »: the three steps, the status in plain words, the data and account links."""

import json

import pytest
from allauth.account.models import EmailAddress
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from home.translation import translate_page
from registration.models import ModuleCompletion, PipelineStatus, Registration, User
from registration.progress.factories import (
    PASSWORD,
    RegistrationFactory,
    UserFactory,
    build_course,
    complete,
)
from sectors.models import SectorIndexPage
from training.models import WelcomeActivityPage

pytestmark = pytest.mark.django_db


def my_path_url(language="fr"):
    with translation.override(language):
        return reverse("registration:my_path")


@pytest.fixture
def site_pages(home_fr):
    course, modules = build_course(parent=home_fr, modules=3)
    welcome = home_fr.add_child(instance=WelcomeActivityPage(title="Activité d'accueil"))
    sectors = home_fr.add_child(instance=SectorIndexPage(title="Secteurs"))
    return {"course": course, "modules": modules, "welcome": welcome, "sectors": sectors}


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
    ("status", "status_words", "current_step"),
    [
        (PipelineStatus.NEW, "vous appellera bientôt", 1),
        (PipelineStatus.CONTACTED, "Votre prochaine étape est l'activité d'accueil", 1),
        (PipelineStatus.IN_PATH, "Vous êtes dans le parcours préparatoire", 2),
        (PipelineStatus.READY, "Vous êtes prêt pour les événements de recrutement", 3),
        (PipelineStatus.EMPLOYED, "Félicitations pour votre nouvel emploi", None),
        (PipelineStatus.WITHDRAWN, "Votre participation au programme est terminée", None),
    ],
)
def test_my_path_says_where_the_participant_stands_for_each_status(
    client, site_pages, status, status_words, current_step
):
    registration = RegistrationFactory(status=status)
    client.force_login(registration.user)
    complete(registration.user, *site_pages["modules"])
    html = soup(client.get(my_path_url()))

    assert html.h1.text == "Mon parcours"
    assert status_words in html.select_one("[data-testid=status-text]").text
    steps = html.select(".path-steps > li")
    assert len(steps) == 3
    current = [index for index, step in enumerate(steps, start=1) if step.get("aria-current")]
    assert current == ([current_step] if current_step else [])
    if status == PipelineStatus.EMPLOYED:
        assert all("path-step--done" in step["class"] for step in steps)


def test_my_path_shows_the_course_progress_and_the_links_of_each_step(client, site_pages):
    registration = RegistrationFactory(status=PipelineStatus.IN_PATH)
    client.force_login(registration.user)
    complete(registration.user, site_pages["modules"][0])
    html = soup(client.get(my_path_url()))

    first_step = html.select(".path-steps > li")[0]
    assert first_step.get("aria-current") == "step"  # the course is not finished yet
    bar = first_step.select_one("progress")
    assert (bar["value"], bar["max"]) == ("1", "3")
    assert "Modules terminés : 1 sur 3 (33\xa0%)" in first_step.text
    continue_link = first_step.select_one("[data-testid=continue] a")
    assert continue_link["href"] == site_pages["modules"][1].url
    links = {a["href"] for a in html.select(".path-steps a")}
    assert {site_pages["welcome"].url, site_pages["sectors"].url, site_pages["course"].url} <= links
    account_links = {a.text: a["href"] for a in html.select(".my-path__account-links a")}
    assert (
        account_links["Télécharger mes données (fichier JSON)"] == "/fr/mon-parcours/mes-donnees/"
    )
    assert account_links["Supprimer mon compte"] == "/fr/mon-parcours/supprimer-mon-compte/"


def test_my_path_in_english_links_to_the_english_pages(client, site_pages, home_en):
    registration = RegistrationFactory(status=PipelineStatus.NEW)
    client.force_login(registration.user)
    course_en = translate_page(site_pages["course"], title="Video application")
    module_en = translate_page(site_pages["modules"][0], title="Writing your pitch")
    html = soup(client.get(my_path_url("en")))

    assert html.h1.text == "My path"
    assert "An advisor from the Talents et diversité team will call you soon" in html.text
    assert html.select_one("[data-testid=continue] a")["href"] == module_en.url
    assert course_en.url in {a["href"] for a in html.select("a")}


def test_a_user_without_registration_is_invited_to_register(client, site_pages):
    user = UserFactory()
    client.force_login(user)
    html = soup(client.get(my_path_url()))

    assert "pas encore rempli le questionnaire" in html.select_one("[data-testid=status-text]").text
    assert not [step for step in html.select(".path-steps > li") if step.get("aria-current")]


# --- Download my data --------------------------------------------------------------------------


def download(client):
    with translation.override("fr"):
        return client.get(reverse("registration:download_my_data"))


def test_data_download_holds_all_of_the_participants_data_and_nothing_of_anyone_else(
    client, site_pages, home_en
):
    mine = RegistrationFactory(
        complete=True, status=PipelineStatus.CONTACTED, user__email="amina@example.com"
    )
    EmailAddress.objects.create(user=mine.user, email=mine.user.email, verified=True, primary=True)
    theirs = RegistrationFactory(status=PipelineStatus.READY, user__email="autre@example.com")
    modules = site_pages["modules"]
    translate_page(site_pages["course"], title="Video application")
    translate_page(modules[0], title="Writing your pitch")
    complete(mine.user, modules[0])
    complete(theirs.user, modules[1], modules[2])
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
    assert data["module_completions"] == [
        {
            "module_key": str(modules[0].translation_key),
            "module_titles": {"fr": "Module 1", "en": "Writing your pitch"},
            "completed_at": data["module_completions"][0]["completed_at"],
        }
    ]
    raw = response.content.decode()
    assert "autre@example.com" not in raw
    assert str(modules[1].translation_key) not in raw
    assert "password" not in raw


def test_data_download_needs_to_be_logged_in(client):
    response = download(client)
    assert response.status_code == 302


def test_data_download_works_without_a_registration(client):
    client.force_login(UserFactory(email="staff@example.com"))
    data = json.loads(download(client).content)
    assert data["registration"] is None
    assert data["account"]["email"] == "staff@example.com"


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


def test_deletion_removes_the_account_its_answers_and_completions_and_logs_out(client, site_pages):
    registration = RegistrationFactory()
    other = RegistrationFactory()
    complete(registration.user, *site_pages["modules"])
    complete(other.user, site_pages["modules"][0])
    client.force_login(registration.user)

    response = client.post(delete_url(), {"password": PASSWORD}, follow=True)

    assert response.redirect_chain[0] == ("/fr/", 302)
    message = soup(response).select_one(".messages").text
    assert "Votre compte et tout ce qu'il contenait ont été supprimés" in message
    assert not User.objects.filter(pk=registration.user.pk).exists()
    assert not Registration.objects.filter(pk=registration.pk).exists()
    assert ModuleCompletion.objects.filter(user=other.user).count() == 1
    assert ModuleCompletion.objects.count() == 1
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
