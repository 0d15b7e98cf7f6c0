"""Staff reports: per-module completion and participants' progress, with a chart, a table, exports."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from wagtail import hooks

from home.translation import translate_page
from progress import selectors
from progress.factories import build_course, complete
from registration.choices import PipelineStatus
from registration.factories import RegistrationFactory, UserFactory
from registration.models import Registration

pytestmark = pytest.mark.django_db

MODULE_REPORT = "progress_reports:module_completion"
PARTICIPANTS_REPORT = "progress_reports:participant_progress"


@pytest.fixture
def known_data(home_fr, home_en):
    """7 registrations along the pipeline; 3 modules completed by 3, 1 and 0 participants."""
    course, modules = build_course(parent=home_fr, modules=3)
    translate_page(course, title="Video application")
    module_en = translate_page(modules[0], title="Writing your pitch")
    statuses = [
        PipelineStatus.NEW,
        PipelineStatus.CONTACTED,
        PipelineStatus.IN_PATH,
        PipelineStatus.IN_PATH,
        PipelineStatus.READY,
        PipelineStatus.EMPLOYED,
        PipelineStatus.WITHDRAWN,
    ]
    participants = [RegistrationFactory(status=status).user for status in statuses]
    complete(participants[0], modules[0], modules[1])
    complete(participants[1], module_en)  # done in English: the same module
    complete(participants[2], modules[0])
    complete(UserFactory(), modules[0], modules[2])  # an account without registration: not counted
    return modules


@pytest.fixture
def advisor(client):
    user = UserFactory(is_staff=False)
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_registration"),
    )
    client.force_login(user)
    return user


def test_module_completion_counts_on_a_known_data_set(known_data):
    with translation.override("fr"):
        rows = selectors.module_completion_counts()

    assert [(row.position, row.title, row.completed, row.percent) for row in rows] == [
        (1, "Module 1", 3, 43),
        (2, "Module 2", 1, 14),
        (3, "Module 3", 0, 0),
    ]
    assert {row.participants for row in rows} == {7}


def test_module_titles_follow_the_admin_language(known_data):
    with translation.override("en"):
        rows = selectors.module_completion_counts()

    assert rows[0].title == "Writing your pitch"
    assert rows[0].completed == 3


def test_advisor_reads_the_module_report_with_a_chart_and_a_table(client, known_data, advisor):
    response = client.get(reverse(MODULE_REPORT), HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    chart = html.select_one("svg[role=img]")
    assert chart.title.text.startswith("Participants ayant terminé chaque module")
    assert "1. Module 1, 3 (43 %)" in chart.title.text
    rows = [
        [cell.get_text(strip=True) for cell in row.select("td")]
        for row in html.select("table tbody tr")
    ]
    assert rows == [
        ["1", "Module 1", "3", "7", "43"],
        ["2", "Module 2", "1", "7", "14"],
        ["3", "Module 3", "0", "7", "0"],
    ]
    assert "dans l'une ou l'autre langue" in html.text


def test_module_report_exports_to_xlsx(client, known_data, advisor):
    from openpyxl import load_workbook

    response = client.get(reverse(MODULE_REPORT) + "?export=xlsx")

    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[1][1:3] == ["Module 1", 3]


def test_staff_without_the_registration_permission_cannot_see_the_reports(client, known_data):
    editor = UserFactory()
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)

    for name in (MODULE_REPORT, PARTICIPANTS_REPORT):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(MODULE_REPORT) not in menu
    assert reverse(PARTICIPANTS_REPORT) not in menu


def test_the_reports_appear_in_the_advisors_reports_menu(client, advisor):
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(MODULE_REPORT) in menu
    assert reverse(PARTICIPANTS_REPORT) in menu


def test_inspect_view_panel_shows_the_participants_progress(known_data):
    registration = Registration.objects.get(status=PipelineStatus.NEW)
    request = RequestFactory().get("/admin/")
    # Other apps add their own panels; this one is progress's.
    (panel,) = [
        hook
        for hook in hooks.get_hooks("registration_inspect_panels")
        if hook.__module__ == "progress.wagtail_hooks"
    ]

    with translation.override("fr"):
        html = BeautifulSoup(panel(registration=registration, request=request), "html.parser")

    assert html.h2.text == "Progression dans la formation"
    assert (html.progress["value"], html.progress["max"]) == ("2", "3")
    states = [item.get_text(" ", strip=True) for item in html.select("li")]
    assert states == ["Module 1 — Terminé", "Module 2 — Terminé", "Module 3 — À faire"]


def test_advisor_sees_each_participants_progress(client, known_data, advisor):
    response = client.get(reverse(PARTICIPANTS_REPORT))

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    rows = [
        [cell.get_text(strip=True) for cell in row.select("td")]
        for row in html.select("table tbody tr")
    ]
    assert len(rows) == 7
    done_by_status = sorted((row[2], row[3], row[4]) for row in rows)
    assert ("Nouvelle — à appeler", "2", "3") in done_by_status
    assert ("Contactée", "1", "3") in done_by_status
    assert sum(int(row[3]) for row in rows) == 4


def test_participants_report_exports_to_csv(client, known_data, advisor):
    response = client.get(reverse(PARTICIPANTS_REPORT) + "?export=csv")

    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0][:5] == [
        "Participant",
        "Courriel",
        "Statut",
        "Modules terminés",
        "Modules de la formation",
    ]
    assert len(rows) == 8


def test_registration_inspect_view_shows_the_participants_progress(client, known_data, advisor):
    registration = Registration.objects.get(status=PipelineStatus.NEW)

    response = client.get(f"/admin/registrations/inspect/{registration.pk}/")

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("#participant-progress-heading").text == "Progression dans la formation"
    bar = html.select_one("#participant-progress-bar")
    assert (bar["value"], bar["max"]) == ("2", "3")
