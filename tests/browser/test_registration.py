"""Newcomers register, or are refused kindly, in headless Chromium; every state is accessible."""

import pytest
from allauth.account.models import EmailAddress

from registration.models import IneligibleAttempt, Registration, User
from tests.browser.axe import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "Tremplin-Montreal-2026"


@pytest.fixture
def demo_site(demo_content, site_server):
    return site_server


def group(page, name):
    return page.get_by_role("group", name=name)


def fill_questionnaire(page, labels, *, email, postal_code, status):
    page.get_by_label(labels["first_name"]).fill("Amina")
    page.get_by_label(labels["last_name"], exact=True).fill("Diallo")
    page.get_by_label(labels["phone"]).fill("514 872-0311")
    page.get_by_label(labels["postal_code"]).fill(postal_code)
    group(page, labels["status"]).get_by_label(status, exact=True).check()
    page.get_by_label(labels["arrival_year"]).fill("2021")
    group(page, labels["situation"]).get_by_role("radio").first.check()
    page.get_by_label(labels["field"]).fill("Génie civil")
    page.get_by_label(labels["years"]).fill("8")
    page.get_by_label(labels["education"]).select_option(index=4)
    group(page, labels["education_place"]).get_by_role("radio").last.check()
    group(page, labels["french"]).get_by_role("radio").last.check()
    group(page, labels["english"]).get_by_role("radio").nth(1).check()
    page.get_by_label(labels["email"], exact=True).fill(email)
    page.get_by_label(labels["password"], exact=True).fill(PASSWORD)
    page.get_by_label(labels["password_again"]).fill(PASSWORD)
    page.get_by_label(labels["consent"]).check()


FRENCH = {
    "first_name": "Prénom",
    "last_name": "Nom (obligatoire)",
    "phone": "Téléphone",
    "postal_code": "Code postal",
    "status": "Statut d'immigration",
    "arrival_year": "Année d'arrivée au Canada",
    "situation": "Situation d'emploi",
    "field": "Domaine d'expérience",
    "years": "Années d'expérience",
    "education": "Plus haut niveau d'études",
    "education_place": "Où ce diplôme a été obtenu",
    "french": "Niveau de français",
    "english": "Niveau d'anglais",
    "email": "Courriel (obligatoire)",
    "password": "Mot de passe (obligatoire)",
    "password_again": "Mot de passe (confirmation)",
    "consent": "J'accepte que la Chambre",
}
ENGLISH = {
    "first_name": "First name",
    "last_name": "Last name (required)",
    "phone": "Phone",
    "postal_code": "Postal code",
    "status": "Immigration status",
    "arrival_year": "Year of arrival in Canada",
    "situation": "Employment situation",
    "field": "Field of experience",
    "years": "Years of experience",
    "education": "Highest education",
    "education_place": "Where this education was obtained",
    "french": "French level",
    "english": "English level",
    "email": "E-mail (required)",
    "password": "Password (required)",
    "password_again": "Password (again)",
    "consent": "I agree that the Chamber",
}


def test_a_newcomer_registers_in_french_then_signs_in(demo_site, browser_page):
    page = browser_page
    page.goto(f"{demo_site}/fr/")
    page.get_by_role("navigation", name="Menu principal").get_by_role(
        "link", name="Inscription"
    ).click()
    page.wait_for_url("**/fr/inscription/")
    assert_accessible(page)

    page.get_by_role("button", name="Envoyer mon inscription").click()
    assert page.get_by_role("heading", name="Veuillez corriger les réponses suivantes").is_visible()
    assert_accessible(page)

    fill_questionnaire(
        page, FRENCH, email="amina@example.org", postal_code="h2x1y4", status="Résident permanent"
    )
    page.get_by_role("button", name="Envoyer mon inscription").click()
    page.wait_for_url("**/fr/inscription/merci/")
    assert page.get_by_role("heading", level=1).inner_text() == "Merci de votre inscription"
    assert "vous pouvez participer" in page.content()
    assert_accessible(page)
    registration = Registration.objects.get(user__email="amina@example.org")
    assert registration.postal_code == "H2X 1Y4"

    EmailAddress.objects.filter(email="amina@example.org").update(verified=True)
    page.goto(f"{demo_site}/fr/accounts/login/")
    assert_accessible(page)
    page.get_by_label("Courriel").fill("amina@example.org")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_load_state()
    assert page.get_by_role("button", name="Se déconnecter").is_visible()
    assert page.console_errors == []


def test_a_newcomer_registers_in_english_and_goes_to_an_advisor(demo_site, browser_page):
    page = browser_page
    page.goto(f"{demo_site}/en/register/")
    assert_accessible(page)
    fill_questionnaire(
        page, ENGLISH, email="li@example.org", postal_code="H3B 4W8", status="International student"
    )
    page.get_by_role("button", name="Send my registration").click()
    page.wait_for_url("**/en/register/thank-you/")
    assert "an advisor of the Talents and Diversity team will review" in page.content()
    assert User.objects.get(email="li@example.org").registration.eligibility == "to_review"
    assert page.console_errors == []


def test_a_visitor_from_laval_is_refused_with_an_explanation(demo_site, browser_page):
    page = browser_page
    page.goto(f"{demo_site}/fr/inscription/")
    fill_questionnaire(
        page, FRENCH, email="laval@example.org", postal_code="H7N 1A1", status="Résident permanent"
    )
    page.get_by_role("button", name="Envoyer mon inscription").click()
    page.wait_for_url("**/inscription/non-admissible/")
    assert "hors de l'île (Laval comprise)" in page.content()
    assert page.get_by_role("link", name="Services Québec").is_visible()
    assert_accessible(page)
    assert not User.objects.filter(email="laval@example.org").exists()
    assert IneligibleAttempt.objects.get().count == 1


@pytest.mark.parametrize("language", ["fr", "en"])
def test_account_pages_are_accessible(demo_site, browser_page, language):
    for path in (
        "accounts/login/",
        "accounts/password/reset/",
        "accounts/signup/",
        "accounts/confirm-email/",
    ):
        browser_page.goto(f"{demo_site}/{language}/{path}")
        assert browser_page.locator("h1").count() == 1, path
        assert_accessible(browser_page)


def test_answers_with_mistakes_put_the_focus_on_the_list_of_errors(demo_site, browser_page):
    page = browser_page
    page.goto(f"{demo_site}/fr/inscription/")
    page.get_by_label(FRENCH["first_name"]).fill("Amina")
    page.get_by_role("button", name="Envoyer mon inscription").click()
    page.wait_for_load_state()
    summary = page.locator("#error-summary")
    assert summary.is_visible()
    page.wait_for_function(
        "document.activeElement && document.activeElement.id === 'error-summary'"
    )
    radios = group(page, FRENCH["status"]).get_by_role("radio")
    assert radios.first.get_attribute("aria-invalid") == "true"
    assert_accessible(page)
    assert page.console_errors == []
