import re

import pytest
from django.test import Client

from home.factories import ContentPageFactory, publish
from home.translation import translate_page


def html_lang(response) -> str:
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


def switcher_links(response) -> dict[str, str]:
    """The language switcher's links, by language code."""
    nav = re.search(
        r'<nav class="language-switcher".*?</nav>', response.content.decode(), re.S
    ).group(0)
    return {code: href for href, code in re.findall(r'<a href="([^"]+)" lang="(\w+)"', nav)}


@pytest.fixture
def about_fr(home_fr):
    return publish(
        ContentPageFactory(
            parent=home_fr, title="À propos du programme", slug="a-propos", intro="Le programme."
        )
    )


def translate_about(about_fr):
    return translate_page(about_fr, title="About the program", slug="about", intro="The program.")


@pytest.mark.django_db
class TestRouting:
    @pytest.mark.parametrize(
        ("accept_language", "expected"),
        [
            ("en-CA,en;q=0.9", "/en/"),
            ("fr-CA,fr;q=0.9", "/fr/"),
            ("es-MX,es;q=0.9", "/fr/"),
            ("", "/fr/"),
        ],
    )
    def test_root_redirects_by_browser_language_with_french_as_default(
        self, client, home_en, accept_language, expected
    ):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
        assert response.status_code == 302
        assert response["Location"] == expected

    def test_each_language_renders_with_its_own_lang_attribute(self, client, home_en):
        french = client.get("/fr/")
        english = client.get("/en/")
        assert (french.status_code, english.status_code) == (200, 200)
        assert html_lang(french) == "fr"
        assert html_lang(english) == "en"
        assert "Un programme" not in english.content.decode()
        assert "A <b>free</b> program" in english.content.decode()


@pytest.mark.django_db
class TestLanguageSwitcher:
    def test_switcher_leads_to_the_same_page_in_the_other_language(self, client, home_en, about_fr):
        translate_about(about_fr)
        links = switcher_links(client.get("/fr/a-propos/"))
        assert links == {"fr": "/fr/a-propos/", "en": "/en/about/"}
        assert switcher_links(client.get("/en/about/"))["fr"] == "/fr/a-propos/"

    def test_switcher_falls_back_to_the_home_page_without_a_translation(
        self, client, home_en, about_fr
    ):
        links = switcher_links(client.get("/fr/a-propos/"))
        assert links["en"] == "/en/"

    def test_hreflang_alternates_list_only_existing_translations(self, client, home_en, about_fr):
        html = client.get("/fr/a-propos/").content.decode()
        assert 'hreflang="fr" href="http://testserver/fr/a-propos/"' in html
        assert '<link rel="alternate" hreflang="en"' not in html
        translate_about(about_fr)
        html = client.get("/fr/a-propos/").content.decode()
        assert '<link rel="alternate" hreflang="en" href="http://testserver/en/about/">' in html

    def test_switcher_on_a_non_page_view_keeps_the_path(self, client, home_en):
        links = switcher_links(client.get("/fr/search/?q=emploi"))
        assert links["en"].startswith("/en/search/")


@pytest.mark.django_db
def test_interface_strings_are_translated(client, home_en):
    french = client.get("/fr/").content.decode()
    english = client.get("/en/").content.decode()
    assert "Aller au contenu principal" in french
    assert "Skip to main content" in english


@pytest.mark.django_db
def test_admin_is_offered_in_french_and_english(admin_user):
    from wagtail.users.models import UserProfile

    client = Client()
    client.force_login(admin_user)
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "fr"
    profile.save()
    assert "Tableau de bord" in client.get("/admin/").content.decode()
    profile.preferred_language = "en"
    profile.save()
    assert "Dashboard" in client.get("/admin/").content.decode()
