import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from home.roles import ADVISORS, EDITORS, MODERATORS
from registration.choices import PipelineStatus
from registration.factories import RegistrationFactory, UserFactory
from registration.models import AdvisorNote, RegistrationStatusChange
from registration.services import move_registration
from tests.translations import text_of, translated

pytestmark = pytest.mark.django_db

XSS = '"><img src=x onerror=alert(1)>'


def user_in(group_name: str, **kwargs):
    user = UserFactory(**kwargs)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def advisor():
    return user_in(ADVISORS, email="conseillere@example.org", first_name="Nadia")


@pytest.fixture
def sector_representative():
    group, _ = Group.objects.get_or_create(name="Sector representatives (test)")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    return user_in(group.name, email="representant@example.org")


@pytest.fixture
def registration():
    return RegistrationFactory(
        complete=True,
        user=UserFactory(
            email="amina@example.org", first_name="Amina", last_name="Diallo Bélanger"
        ),
    )


def urls(registration):
    pk = registration.pk
    return {
        "list": "/admin/registrations/",
        "inspect": f"/admin/registrations/inspect/{pk}/",
        "edit": f"/admin/registrations/edit/{pk}/",
        "export": "/admin/registrations/?export=csv",
        "history": f"/admin/registrations/history/{pk}/",
    }


@pytest.mark.parametrize("view", ["list", "inspect", "edit", "export", "history"])
@pytest.mark.parametrize("who", ["anonymous", "participant", "sector_representative", "editor"])
def test_only_advisors_reach_registrations(client, registration, sector_representative, who, view):
    users = {
        "anonymous": None,
        "participant": registration.user,
        "sector_representative": sector_representative,
        "editor": user_in(EDITORS, email="editrice@example.org"),
    }
    if users[who] is not None:
        client.force_login(users[who])
    response = client.get(urls(registration)[view])
    assert response.status_code in (302, 403)
    assert b"amina@example.org" not in response.content


@pytest.mark.parametrize("view", ["list", "inspect", "edit", "export", "history"])
def test_advisors_reach_every_registration_view(client, registration, advisor, view):
    client.force_login(advisor)
    response = client.get(urls(registration)[view])
    assert response.status_code == 200
    content = b"".join(response) if response.streaming else response.content
    assert b"Amina" in content
    assert "no-store" in response["Cache-Control"]


def test_advisors_cannot_add_or_delete_registrations(client, registration, advisor):
    client.force_login(advisor)
    assert client.get("/admin/registrations/add/").status_code == 302
    assert client.get(f"/admin/registrations/delete/{registration.pk}/").status_code == 302


def test_the_list_searches_and_filters(client, advisor):
    RegistrationFactory(user=UserFactory(email="amina@example.org", last_name="Diallo"))
    RegistrationFactory(
        user=UserFactory(email="li@example.org", last_name="Wei"),
        status=PipelineStatus.CONTACTED,
        eligibility="to_review",
        preferred_language="en",
    )
    client.force_login(advisor)
    found = client.get("/admin/registrations/", {"q": "diallo"}).content
    assert b"amina@example.org" in found and b"li@example.org" not in found
    for filters in (
        {"status": "contacted"},
        {"eligibility": "to_review"},
        {"preferred_language": "en"},
    ):
        listing = client.get("/admin/registrations/", filters).content
        assert b"li@example.org" in listing and b"amina@example.org" not in listing


def test_moving_along_the_pipeline_keeps_who_and_when(client, registration, advisor):
    client.force_login(advisor)
    response = client.post(
        f"/admin/registrations/edit/{registration.pk}/",
        {"status": PipelineStatus.CONTACTED, "note": "Appelée le 3 mars, disponible le soir."},
    )
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == PipelineStatus.CONTACTED
    change = RegistrationStatusChange.objects.get(registration=registration)
    assert (change.from_status, change.to_status, change.changed_by) == (
        "new",
        "contacted",
        advisor,
    )
    assert AdvisorNote.objects.get().author == advisor
    entry = ModelLogEntry.objects.get(object_id=str(registration.pk), user=advisor)
    assert "Amina" not in entry.label

    inspect = client.get(f"/admin/registrations/inspect/{registration.pk}/").content.decode()
    assert "Appelée le 3 mars" in inspect
    assert "Nadia" in inspect


def test_a_note_alone_is_saved_and_shows_as_a_change_in_the_history(client, registration, advisor):
    client.force_login(advisor)
    response = client.post(
        f"/admin/registrations/edit/{registration.pk}/",
        {"status": PipelineStatus.NEW, "note": "Rappeler lundi."},
    )
    assert response.status_code == 302
    assert AdvisorNote.objects.get(registration=registration).text == "Rappeler lundi."
    assert not RegistrationStatusChange.objects.filter(registration=registration).exists()
    entry = ModelLogEntry.objects.get(object_id=str(registration.pk), user=advisor)
    assert entry.content_changed is True
    history = client.get(f"/admin/registrations/history/{registration.pk}/").content.decode()
    assert "Nadia" in history


@pytest.mark.parametrize("section", ["registrations", "refused_questionnaires"])
def test_not_even_a_superuser_can_add_from_the_admin(client, section):
    client.force_login(UserFactory(email="admin@example.org", is_staff=True, is_superuser=True))
    add_url = f"/admin/{section}/add/"
    response = client.get(add_url)
    assert response.status_code in (302, 403)
    index = client.get(f"/admin/{section}/")
    assert index.status_code == 200
    assert add_url not in index.content.decode()


def test_moving_to_the_same_status_records_nothing(registration, advisor):
    assert move_registration(registration=registration, to_status="new", by=advisor) is None
    move_registration(registration=registration, to_status="withdrawn", by=advisor)
    assert RegistrationStatusChange.objects.count() == 1
    with pytest.raises(ValueError):
        move_registration(registration=registration, to_status="hired", by=advisor)


def test_the_csv_export_follows_the_filters_and_neutralises_formulas(client, advisor):
    RegistrationFactory(user=UserFactory(email="amina@example.org", first_name="=HYPERLINK(1)"))
    RegistrationFactory(user=UserFactory(email="li@example.org"), status=PipelineStatus.EMPLOYED)
    client.force_login(advisor)
    response = client.get("/admin/registrations/", {"export": "csv", "status": "new"})
    rows = list(csv.reader(io.StringIO(b"".join(response).decode("utf-8"))))
    assert len(rows) == 2
    assert rows[1][rows[0].index("Prénom")] == "'=HYPERLINK(1)"
    assert "amina@example.org" in rows[1]
    assert "inscriptions" in response["Content-Disposition"]


def test_exports_show_labels_in_the_advisors_language_not_codes(client, advisor):
    RegistrationFactory(complete=True, user=UserFactory(email="amina@example.org"))
    client.force_login(advisor)
    response = client.get("/admin/registrations/", {"export": "csv"})
    header, row = list(csv.reader(io.StringIO(b"".join(response).decode("utf-8"))))
    assert "Résident permanent" in row
    assert "Nouvelle — à appeler" in row
    assert "Oui" in row
    for code in (
        "permanent_resident",
        "new",
        "True",
        "employed_outside_field",
        "master",
        "abroad",
        "advanced",
        "organization",
    ):
        assert code not in row

    sheet = load_workbook(
        io.BytesIO(
            b"".join(client.get("/admin/registrations/", {"export": "xlsx"}).streaming_content)
        )
    ).active
    assert "Résident permanent" in [cell.value for cell in sheet[2]]


def test_the_xlsx_export_keeps_formulas_as_text(client, advisor):
    RegistrationFactory(user=UserFactory(email="amina@example.org", first_name="=1+1"))
    client.force_login(advisor)
    response = client.get("/admin/registrations/", {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [cell.value for cell in sheet[2]]
    assert "amina@example.org" in values
    first_name = sheet[2][[c.value for c in sheet[1]].index("Prénom")]
    assert first_name.data_type == "s"
    assert not str(first_name.value).startswith("=")


def test_a_hostile_name_is_shown_escaped_to_advisors(client, advisor):
    registration = RegistrationFactory(user=UserFactory(first_name=XSS, email="x@example.org"))
    client.force_login(advisor)
    for url in ("/admin/registrations/", f"/admin/registrations/inspect/{registration.pk}/"):
        html = client.get(url).content.decode()
        assert XSS not in html
        assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_editors_and_moderators_hold_no_registration_permission():
    for name in (EDITORS, MODERATORS):
        codenames = Group.objects.get(name=name).permissions.values_list(
            "content_type__app_label", flat=True
        )
        assert "registration" not in set(codenames)


def test_advisors_edit_the_partner_organizations_and_staff_address(client, advisor):
    client.force_login(advisor)
    response = client.get("/admin/settings/registration/intakesettings/", follow=True)
    assert response.status_code == 200
    assert translated("Partner employability organizations") in text_of(response)


def test_the_participant_is_told_the_admin_is_not_for_them(client, registration):
    client.force_login(registration.user)
    assert client.get("/admin/registrations/").status_code == 302


def test_other_apps_add_panels_to_the_inspect_view(client, registration, advisor):
    from django.utils.html import format_html
    from wagtail import hooks

    def progress(*, registration, request):
        return format_html("<section><h2>Progression</h2><p>{}</p></section>", registration.pk)

    client.force_login(advisor)
    with hooks.register_temporarily("registration_inspect_panels", progress):
        html = client.get(f"/admin/registrations/inspect/{registration.pk}/").content.decode()
    assert "<h2>Progression</h2>" in html


def test_the_list_filters_by_sector_and_date(client, advisor, home_fr):
    from sectors.models import SectorBriefingPage, SectorIndexPage

    index = home_fr.add_child(instance=SectorIndexPage(title="Secteurs", slug="secteurs"))
    finance = index.add_child(instance=SectorBriefingPage(title="Finance", slug="finance"))
    with_sector = RegistrationFactory(user=UserFactory(email="finance@example.org"))
    with_sector.sectors.add(finance)
    old = RegistrationFactory(user=UserFactory(email="ancienne@example.org"))
    type(old).objects.filter(pk=old.pk).update(created_at="2024-01-15T12:00:00Z")
    client.force_login(advisor)

    by_sector = client.get("/admin/registrations/", {"sectors": finance.pk}).content
    assert b"finance@example.org" in by_sector and b"ancienne@example.org" not in by_sector
    by_date = client.get(
        "/admin/registrations/", {"created_at_from": "2024-01-01", "created_at_to": "2024-01-31"}
    ).content
    assert b"ancienne@example.org" in by_date and b"finance@example.org" not in by_date


def test_advisors_see_refusals_counted_anonymously(client, advisor):
    from registration.services import record_ineligible_attempt

    record_ineligible_attempt(reason="off_island", language="fr")
    record_ineligible_attempt(reason="off_island", language="fr")
    client.force_login(advisor)
    response = client.get("/admin/refused_questionnaires/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Habite hors de l&#x27;île de Montréal" in html
    export = client.get("/admin/refused_questionnaires/", {"export": "csv"})
    exported = b"".join(export).decode("utf-8")
    assert "Habite hors de l'île de Montréal" in exported
    assert "off_island" not in exported
    editor = user_in(EDITORS, email="editeur@example.org")
    client.force_login(editor)
    assert client.get("/admin/refused_questionnaires/").status_code == 302


def test_each_name_in_the_list_opens_the_registration(client, registration, advisor):
    client.force_login(advisor)
    html = client.get("/admin/registrations/").content.decode()
    assert f'href="/admin/registrations/inspect/{registration.pk}/"' in html


def test_an_admin_deleting_a_registration_leaves_no_name_in_the_audit_log(client, registration):
    client.force_login(UserFactory(email="admin@example.org", is_staff=True, is_superuser=True))
    response = client.post(f"/admin/registrations/delete/{registration.pk}/")
    assert response.status_code == 302
    entry = ModelLogEntry.objects.get(action="wagtail.delete")
    assert entry.label == f"#{registration.pk}"
    assert "Amina" not in str(entry.data) and "Diallo" not in entry.label


def test_the_inspect_page_says_yes_or_no_in_the_admin_language(client, advisor):
    registration = RegistrationFactory(complete=True, shares_profile_with_employers=True)
    client.force_login(advisor)

    html = text_of(client.get(f"/admin/registrations/inspect/{registration.pk}/"))

    assert ">True<" not in html.replace(" ", "").replace("\n", "")
    assert translated("Yes") in html
