"""Smaller stumbles of the participant's path (issue #10, item 9)."""

import re

import pytest

from home.factories import publish
from registration.factories import RegistrationFactory, RegistrationPageFactory
from tests.translations import text_of, translated

pytestmark = pytest.mark.django_db


@pytest.fixture
def registration_page(home_fr):
    page = RegistrationPageFactory(parent=home_fr, show_in_menus=True)
    return publish(page)


def main_menu(response) -> str:
    return re.search(r'<nav class="main-nav".*?</nav>', response.content.decode(), re.S)[0]


def test_signed_in_participants_see_my_path_instead_of_registration(client, registration_page):
    assert "Inscription" in main_menu(client.get("/fr/"))
    client.force_login(RegistrationFactory(complete=True).user)
    home = client.get("/fr/")
    assert "Inscription" not in main_menu(home)
    header = re.search(r'<header class="site-header".*?</header>', home.content.decode(), re.S)[0]
    assert 'href="/fr/mon-parcours/">Mon parcours</a>' in header
    questionnaire = client.get(registration_page.url).content.decode()
    assert 'name="postal_code"' not in questionnaire
    assert 'href="/fr/mon-parcours/"' in questionnaire


def test_the_home_page_leads_to_registration(client, registration_page):
    html = text_of(client.get("/fr/"))
    assert f'href="{registration_page.url}">{translated("Register for the program")}' in html
    client.force_login(RegistrationFactory().user)
    assert translated("Continue my path") in text_of(client.get("/fr/"))


def test_the_home_page_title_says_the_site_name_once(client, home_fr):
    home_fr.title = "Passerelle sectorielle"
    home_fr.save_revision().publish()
    title = re.search(r"<title>(.*?)</title>", client.get("/fr/").content.decode(), re.S)[1]
    assert title.count("Passerelle sectorielle") == 1


def test_development_shows_the_sites_translated_404(client, home_fr, settings):
    settings.DEBUG = True
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "passerelle.middleware.SiteNotFoundPageInDebug"]
    response = client.get("/fr/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert translated("Sorry, this page does not exist or has moved.") in text_of(response)
    assert "<main" in response.content.decode()


def test_development_settings_use_the_sites_404():
    from passerelle.settings import dev

    assert "passerelle.middleware.SiteNotFoundPageInDebug" in dev.MIDDLEWARE
