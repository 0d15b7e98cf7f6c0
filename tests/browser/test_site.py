"""The whole site in headless Chromium: language switching and accessibility of every page."""

import pytest
from wagtail.models import Page

from tests.browser.axe import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# Views that are not Wagtail pages, checked in both languages.
NON_PAGE_PATHS = ["search/", "search/?q=programme", "accounts/login/", "accounts/password/reset/"]


@pytest.fixture
def demo_site(demo_content, site_server):
    return site_server


def test_visitor_switches_to_english_and_back_on_the_same_page(demo_site, browser_page):
    page = browser_page
    page.goto(f"{demo_site}/fr/a-propos/")
    assert page.locator("html").get_attribute("lang") == "fr"

    page.get_by_role("navigation", name="Langue").get_by_role("link", name="English").click()
    page.wait_for_url("**/en/about/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "About the program"

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Français").click()
    page.wait_for_url("**/fr/a-propos/")
    assert page.get_by_role("heading", level=1).inner_text() == "À propos du programme"
    assert page.console_errors == []


def test_home_page_in_french_then_english_without_console_errors(demo_site, browser_page):
    page = browser_page
    page.goto(f"{demo_site}/")
    page.wait_for_url("**/fr/")
    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/")
    assert page.get_by_role("heading", level=1).count() == 1
    page.get_by_role("link", name="Français").click()
    page.wait_for_url("**/fr/")
    assert page.console_errors == []


def test_every_page_type_in_both_languages_has_no_serious_accessibility_violation(
    demo_site, browser_page
):
    pages = Page.objects.live().filter(depth__gte=2).specific().select_related("locale")
    checked_types = {"fr": set(), "en": set()}
    for wagtail_page in pages:
        browser_page.goto(f"{demo_site}{wagtail_page.url}")
        assert browser_page.locator("h1").count() == 1, wagtail_page.url
        assert_accessible(browser_page)
        checked_types[wagtail_page.locale.language_code].add(type(wagtail_page).__name__)
    for language in ("fr", "en"):
        for path in NON_PAGE_PATHS:
            browser_page.goto(f"{demo_site}/{language}/{path}")
            assert_accessible(browser_page)

    assert checked_types["fr"] == checked_types["en"]
    assert browser_page.console_errors == []
