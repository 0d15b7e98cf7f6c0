import pytest
from django.core.cache import cache

from home.demo import add_bilingual_page
from registration.demo import build_registration_page, load_partner_organizations

PASSWORD = "Tremplin-Montreal-2026"


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits live in the cache: each test starts with none used."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def registration_page(home_fr, home_en):
    page = add_bilingual_page(home_fr, build_registration_page)
    load_partner_organizations()
    return page


@pytest.fixture
def registration_page_en(registration_page, locale_en):
    return registration_page.get_translation(locale_en)


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
