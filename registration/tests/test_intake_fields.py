"""The questionnaire's one field list: every answer asked is saved and reaches the advisors."""

import csv
import html
import io

import pytest
from django.contrib.auth.models import Group

from home.roles import ADVISORS
from registration.factories import UserFactory
from registration.forms import INTAKE_FIELDS
from registration.models import Registration
from sectors.models import SectorBriefingPage, SectorIndexPage

from .conftest import answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def finance(home_fr):
    index = home_fr.add_child(instance=SectorIndexPage(title="Secteurs", slug="secteurs"))
    return index.add_child(
        instance=SectorBriefingPage(title="Finance et assurances", slug="finance")
    )


@pytest.fixture
def registered(client, registration_page, finance, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            registration_page.url,
            answers(
                field_of_experience="Génie civil — ouvrages d'art",
                heard_about="friend",
                sectors=[finance.pk],
                consent_sharing="on",
            ),
        )
    assert response.status_code == 302
    return Registration.objects.get(user__email="amina.diallo@example.org")


def test_every_answer_of_the_questionnaire_is_saved(registered, finance):
    saved = {
        "phone": registered.phone.as_e164,
        "preferred_language": registered.preferred_language,
        "postal_code": registered.postal_code,
        "immigration_status": registered.immigration_status,
        "arrival_year": registered.arrival_year,
        "employment_situation": registered.employment_situation,
        "field_of_experience": registered.field_of_experience,
        "years_of_experience": registered.years_of_experience,
        "education_level": registered.education_level,
        "education_place": registered.education_place,
        "french_level": registered.french_level,
        "english_level": registered.english_level,
        "sectors": list(registered.sectors.all()),
        "heard_about": registered.heard_about,
    }
    assert set(saved) == set(INTAKE_FIELDS)
    assert saved == {
        "phone": "+15148720311",
        "preferred_language": "fr",
        "postal_code": "H2X 1Y4",
        "immigration_status": "permanent_resident",
        "arrival_year": 2021,
        "employment_situation": "unemployed",
        "field_of_experience": "Génie civil — ouvrages d'art",
        "years_of_experience": 8,
        "education_level": "master",
        "education_place": "abroad",
        "french_level": "advanced",
        "english_level": "intermediate",
        "sectors": [finance],
        "heard_about": "friend",
    }
    assert registered.shares_profile_with_employers is True
    assert (registered.user.first_name, registered.user.last_name) == ("Amina", "Diallo")


def test_advisors_read_and_export_every_answer(client, registered):
    advisor = UserFactory(email="conseillere@example.org")
    advisor.groups.add(Group.objects.get(name=ADVISORS))
    client.force_login(advisor)

    inspect = html.unescape(
        client.get(f"/admin/registrations/inspect/{registered.pk}/").content.decode()
    )
    export = client.get("/admin/registrations/", {"export": "csv"})
    header, row = list(csv.reader(io.StringIO(b"".join(export).decode("utf-8"))))
    for name in INTAKE_FIELDS:
        label = str(Registration._meta.get_field(name).verbose_name)
        assert label.lower() in inspect.lower(), name
        assert label.lower() in [heading.lower() for heading in header], name
    for typed in ("Génie civil — ouvrages d'art", "H2X 1Y4", "2021", "Finance et assurances"):
        assert typed in row
        assert typed in inspect
