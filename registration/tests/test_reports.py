"""The pipeline funnel report: a chart, a table with its definition, exports; advisors only."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import translation

from registration import selectors
from registration.choices import PipelineStatus
from registration.factories import RegistrationFactory, UserFactory

pytestmark = pytest.mark.django_db

FUNNEL_REPORT = "registration_reports:pipeline_funnel"


@pytest.fixture
def known_data(db):
    """7 registrations along the pipeline, one of them withdrawn."""
    statuses = [
        PipelineStatus.NEW,
        PipelineStatus.CONTACTED,
        PipelineStatus.IN_PATH,
        PipelineStatus.IN_PATH,
        PipelineStatus.READY,
        PipelineStatus.EMPLOYED,
        PipelineStatus.WITHDRAWN,
    ]
    return [RegistrationFactory(status=status) for status in statuses]


@pytest.fixture
def advisor(client):
    user = UserFactory(is_staff=False)
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_registration"),
    )
    client.force_login(user)
    return user


def test_pipeline_funnel_on_a_known_data_set(known_data):
    with translation.override("en"):
        funnel = selectors.pipeline_funnel()

    assert [(step.label, step.count, step.percent) for step in funnel] == [
        ("Registered", 7, 100),
        ("Contacted", 5, 71),
        ("In the path", 4, 57),
        ("Ready for recruitment events", 2, 29),
        ("Employed", 1, 14),
    ]


def test_funnel_of_an_empty_program_is_all_zeros(db):
    assert [step.count for step in selectors.pipeline_funnel()] == [0, 0, 0, 0, 0]


def test_advisor_reads_the_funnel_report_with_its_definition(client, known_data, advisor):
    response = client.get(reverse(FUNNEL_REPORT))

    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("svg[role=img] title") is not None
    counts = [row.select("td")[1].get_text(strip=True) for row in html.select("table tbody tr")]
    assert counts == ["7", "5", "4", "2", "1"]
    assert "Les inscriptions retirées ne comptent que parmi les inscrits" in html.text


def test_funnel_report_exports_to_csv(client, known_data, advisor):
    response = client.get(reverse(FUNNEL_REPORT) + "?export=csv")

    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0] == ["Étape", "Inscriptions", "Pourcentage des inscriptions"]
    assert rows[1:] == [
        ["Inscrits", "7", "100"],
        ["Contactés", "5", "71"],
        ["Dans le parcours", "4", "57"],
        ["Prêts pour les événements de recrutement", "2", "29"],
        ["En emploi", "1", "14"],
    ]


def test_staff_without_the_registration_permission_cannot_see_the_funnel(client, known_data):
    editor = UserFactory()
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)

    response = client.get(reverse(FUNNEL_REPORT))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert reverse(FUNNEL_REPORT) not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_funnel_keeps_its_address_in_the_advisors_reports_menu(client, advisor):
    menu = client.get(reverse("wagtailadmin_home")).content.decode()

    assert reverse(FUNNEL_REPORT) == "/admin/reports/progress/pipeline-funnel/"
    assert reverse(FUNNEL_REPORT) in menu
