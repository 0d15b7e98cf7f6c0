"""The participant's path on a 375 px phone, in each language, counting what the person does
(issue #10): home page → registered → e-mail confirmed → signed in → first module complete.

The number of interactions is in the README ("The participant's path"); keep them in step.
"""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.browser.axe import assert_accessible_wcag22
from tests.browser.test_registration import ENGLISH, FRENCH

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "Tremplin-Montreal-2026"
PHONE = {"width": 375, "height": 667}
# Interactions from the home page to the first module marked complete (README).
INTERACTIONS = 24

WORDS = {
    "fr": {
        **FRENCH,
        "register": "M’inscrire au programme",
        "send": "Envoyer mon inscription",
        "errors": "Veuillez corriger les réponses suivantes",
        "thanks_path": "/fr/inscription/merci/",
        "confirm": "Confirmer mon adresse",
        "my_path": "/fr/mon-parcours/",
        "start": re.compile("Commencer la formation"),
        "complete": "Marquer ce module comme terminé",
        "done": "Vous avez terminé ce module.",
        "situation_choice": "Sans emploi",
        "status_choice": "Résident permanent",
    },
    "en": {
        **ENGLISH,
        "register": "Register for the program",
        "send": "Send my registration",
        "errors": "Please correct the following answers",
        "thanks_path": "/en/register/thank-you/",
        "confirm": "Confirm my address",
        "my_path": "/en/my-path/",
        "start": re.compile("Start the course"),
        "complete": "Mark this module complete",
        "done": "You have completed this module.",
        "situation_choice": "Unemployed",
        "status_choice": "Permanent resident",
    },
}


class Person:
    """Does what a person does on the page, and counts it: one tap, one typed answer, one choice."""

    def __init__(self, page):
        self.page = page
        self.interactions = 0

    def goto(self, url):
        self.interactions += 1
        self.page.goto(url)

    def tap(self, locator):
        self.interactions += 1
        locator.click()

    def type(self, locator, text):
        self.interactions += 1
        locator.fill(text)

    def choose(self, locator):
        self.interactions += 1
        locator.check()

    def pick(self, locator, **option):
        self.interactions += 1
        locator.select_option(**option)


def in_viewport(page, locator) -> bool:
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def answer_the_questionnaire(person, words, email):
    page = person.page

    def group(name):
        return page.get_by_role("group", name=name)

    person.type(page.get_by_label(words["first_name"]), "Amina")
    person.type(page.get_by_label(words["last_name"], exact=True), "Diallo-Bélanger")
    person.type(page.get_by_label(words["phone"]), "514 872-0311")
    person.type(page.get_by_label(words["postal_code"]), "h2x 1y4")
    person.choose(group(words["status"]).get_by_label(words["status_choice"], exact=True))
    person.type(page.get_by_label(words["arrival_year"]), "2021")
    person.choose(group(words["situation"]).get_by_role("radio").first)
    person.type(page.get_by_label(words["field"]), "Génie civil")
    person.type(page.get_by_label(words["years"]), "8")
    person.pick(page.get_by_label(words["education"]), index=4)
    person.choose(group(words["education_place"]).get_by_role("radio").last)
    person.choose(group(words["french"]).get_by_role("radio").last)
    person.choose(group(words["english"]).get_by_role("radio").nth(1))
    person.type(page.get_by_label(words["email"], exact=True), email)
    person.type(page.get_by_label(words["password"], exact=True), PASSWORD)
    person.type(page.get_by_label(words["password_again"]), PASSWORD)
    person.choose(page.get_by_label(words["consent"]))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_from_the_home_page_to_a_first_completed_module_on_a_phone(
    demo_content, site_server, browser, django_capture_on_commit_callbacks, language
):
    words = WORDS[language]
    email = f"amina.{language}@example.org"
    context = browser.new_context(viewport=PHONE, locale="fr-CA" if language == "fr" else "en-CA")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    person = Person(page)

    person.goto(f"{site_server}/{language}/")
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= PHONE["height"] / 4, "the header takes too much of the screen"
    assert_accessible_wcag22(page)
    person.tap(page.get_by_role("link", name=words["register"]))
    assert_accessible_wcag22(page)

    # An empty submit: the error summary's heading is on screen, focus on the summary.
    page.get_by_role("button", name=words["send"]).click()
    heading = page.get_by_role("heading", name=words["errors"])
    page.wait_for_function(
        "document.activeElement && document.activeElement.id === 'error-summary'"
    )
    assert in_viewport(page, heading)
    assert_accessible_wcag22(page)

    answer_the_questionnaire(person, words, email)
    with django_capture_on_commit_callbacks(execute=True):
        person.tap(page.get_by_role("button", name=words["send"]))
        page.wait_for_url(f"**{words['thanks_path']}")
    expect(page.locator(".thanks__email")).to_have_text(email)
    assert_accessible_wcag22(page)

    verification = next(m for m in mail.outbox if m.to == [email])
    link = re.search(r"https?://\S+/confirm-email/\S+/", verification.body)[0]
    path = link.split("://", 1)[1].split("/", 1)[1]
    person.goto(f"{site_server}/{path}")
    assert_accessible_wcag22(page)
    person.tap(page.get_by_role("button", name=words["confirm"]))
    page.wait_for_url(f"**{words['my_path']}")
    signed_in_header = page.locator(".site-header").bounding_box()
    assert signed_in_header["height"] <= PHONE["height"] / 4
    assert_accessible_wcag22(page)

    person.tap(page.get_by_role("link", name=words["start"]))
    page.wait_for_load_state()
    person.tap(page.get_by_role("button", name=words["complete"]))
    page.wait_for_load_state()
    expect(page.get_by_text(words["done"])).to_be_visible()
    bar = page.locator("progress#module-course-progress")
    expect(bar).to_have_attribute("value", "1")
    assert in_viewport(page, bar), "the progress bar is off screen after marking complete"
    assert_accessible_wcag22(page)

    assert person.interactions == INTERACTIONS
    assert errors == []
    context.close()


PAGE_TYPES = {
    "fr": [
        "/fr/foire-aux-questions/",
        "/fr/activite-accueil/",
        "/fr/candidature-video/",
        "/fr/candidature-video/ce-que-recherchent-les-recruteurs/",
        "/fr/secteurs/",
        "/fr/secteurs/genie/",
        "/fr/search/?q=vid%C3%A9o",
        "/fr/accounts/login/",
        "/fr/accounts/password/reset/",
        "/fr/module-termine/",
        "/fr/cette-page-n-existe-pas/",
    ],
    "en": [
        "/en/faq/",
        "/en/welcome-activity/",
        "/en/video-application/",
        "/en/video-application/what-recruiters-look-for/",
        "/en/sectors/",
        "/en/sectors/engineering/",
        "/en/search/?q=video",
        "/en/accounts/login/",
        "/en/accounts/password/reset/",
        "/en/module-completion/",
        "/en/this-page-does-not-exist/",
    ],
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_page_type_meets_wcag_2_2_on_a_phone(demo_content, site_server, browser, language):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    for path in PAGE_TYPES[language]:
        response = page.goto(f"{site_server}{path}")
        assert response.status in {200, 404, 405}, path
        assert page.locator("h1").count() == 1, path
        assert_accessible_wcag22(page)
    context.close()
