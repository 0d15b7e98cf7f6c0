import pytest
from django.core.cache import cache

from home.factories import publish
from home.translation import translate_page
from registration.factories import (
    PartnerOrganizationFactory,
    RegistrationPageFactory,
    translate_partner_organization,
)
from registration.models import IntakeSettings

PASSWORD = "Tremplin-Montreal-2026"


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits live in the cache: each test starts with none used."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def registration_page(home_fr):
    """The questionnaire in French, with a partner organization to suggest."""
    page = publish(RegistrationPageFactory(parent=home_fr))
    intake_settings = IntakeSettings.load()
    intake_settings.staff_notification_email = "talents-diversite@example.org"
    intake_settings.save()
    translate_partner_organization(
        PartnerOrganizationFactory(),
        name="Services Québec",
        description="Help with the job search everywhere in Québec, Laval included.",
    )
    return page


@pytest.fixture
def registration_page_en(registration_page, home_en):
    """Its English translation (the home page is translated first)."""
    return translate_page(
        registration_page,
        title="Register",
        slug="register",
        intro="<p>Registration is <b>free</b>.</p>",
        privacy_notice="<p>Only advisors see your answers.</p>",
        thank_you="<p>An advisor will call you.</p>",
    )


def answers(**overrides) -> dict:
    data = {
        "first_name": "Amina",
        "last_name": "Diallo",
        "email": "amina.diallo@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "phone": "514 872-0311",
        "preferred_language": "fr",
        "immigration_status": "permanent_resident",
        "postal_code": "h2x1y4",
        "arrival_year": "2021",
        "field_of_experience": "Génie civil",
        "years_of_experience": "8",
        "education_level": "master",
        "education_place": "abroad",
        "french_level": "advanced",
        "english_level": "intermediate",
        "employment_situation": "unemployed",
        "heard_about": "organization",
        "consent_program": "on",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
