"""Partner organizations: a translatable snippet, shown to refused visitors in their language."""

import io

import polib
import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Locale
from wagtail_localize.models import Translation

from home.factories import publish
from home.roles import ADVISORS, EDITORS
from home.translation import translate_page
from registration.factories import RegistrationPageFactory, UserFactory
from registration.models import IntakeSettings, PartnerOrganization

from .conftest import answers

BEFORE = [("registration", "0005_move_module_completion_to_progress")]
LIST_URL = "/admin/snippets/registration/partnerorganization/"


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def refusal_pages(client, page, page_en) -> tuple[str, str]:
    """The refusal explanation as a French and as an English visitor read it."""
    pages = []
    for questionnaire in (page, page_en):
        response = client.post(questionnaire.url, answers(postal_code="H7N 1A1"))
        pages.append(client.get(response["Location"]).content.decode())
    return pages[0], pages[1]


def user_in(group_name: str, email: str):
    user = UserFactory(email=email)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_each_row_before_becomes_a_french_organization_and_its_english_translation(client, home_en):
    old_apps = migrate(BEFORE)
    try:
        settings = old_apps.get_model("registration", "IntakeSettings").objects.create()
        OldOrganization = old_apps.get_model("registration", "PartnerOrganization")
        quebec = OldOrganization.objects.create(
            settings=settings,
            sort_order=0,
            name_fr="Services Québec — Laval",
            name_en="Services Québec (Laval office)",
            description_fr="Aide à la recherche d'emploi à Laval.",
            description_en="Job search help in Laval.",
            url="https://www.quebec.ca/emploi",
        )
        carrefour = OldOrganization.objects.create(
            settings=settings,
            sort_order=1,
            name_fr="Carrefour jeunesse-emploi de l'Île-Bizard",
            name_en="Île-Bizard youth employment centre",
            description_fr="",
            description_en="",
            url="",
        )
    finally:
        migrate(latest())

    assert PartnerOrganization.objects.count() == 4
    french = Locale.objects.get(language_code="fr")
    english = Locale.objects.get(language_code="en")
    for old, name_fr, name_en, description_fr, description_en in (
        (
            quebec,
            "Services Québec — Laval",
            "Services Québec (Laval office)",
            "Aide à la recherche d'emploi à Laval.",
            "Job search help in Laval.",
        ),
        (
            carrefour,
            "Carrefour jeunesse-emploi de l'Île-Bizard",
            "Île-Bizard youth employment centre",
            "",
            "",
        ),
    ):
        source = PartnerOrganization.objects.get(pk=old.pk)
        assert (source.locale, source.name, source.description) == (
            french,
            name_fr,
            description_fr,
        )
        translation = source.get_translation(english)
        assert translation.pk != source.pk
        assert (translation.name, translation.description, translation.url) == (
            name_en,
            description_en,
            old.url,
        )
        assert translation.position == source.position == old.sort_order

    page = publish(RegistrationPageFactory(parent=home_en.get_translation(french)))
    page_en = translate_page(page, title="Register", slug="register")
    french_page, english_page = refusal_pages(client, page, page_en)
    assert "Services Québec — Laval" in french_page
    assert "Carrefour jeunesse-emploi de l&#x27;Île-Bizard" in french_page
    assert "Services Québec (Laval office)" not in french_page
    assert "Services Québec (Laval office)" in english_page
    assert "Job search help in Laval." in english_page
    assert "Île-Bizard youth employment centre" in english_page
    assert "Aide à la recherche" not in english_page
    assert english_page.index("Services Québec") < english_page.index("Île-Bizard youth")

    advisor = user_in(ADVISORS, "conseillere@example.org")
    assert all(
        advisor.has_perm(f"registration.{action}_partnerorganization")
        for action in ("add", "change", "delete", "view")
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_going_back_folds_the_english_translation_into_the_french_row(home_en):
    french = Locale.objects.get(language_code="fr")
    source = PartnerOrganization.objects.create(
        locale=french, name="Accueil Montréal", description="Premier emploi.", position=3
    )
    translation = source.copy_for_translation(Locale.objects.get(language_code="en"))
    translation.name, translation.description = "Welcome Montreal", "First job."
    translation.save()
    try:
        old_apps = migrate(BEFORE)
        rows = old_apps.get_model("registration", "PartnerOrganization").objects.all()
        assert [
            (row.pk, row.name_fr, row.name_en, row.description_fr, row.description_en)
            for row in rows
        ] == [(source.pk, "Accueil Montréal", "Welcome Montreal", "Premier emploi.", "First job.")]
        assert rows[0].sort_order == 3
    finally:
        migrate(latest())


@pytest.fixture
def advisor(db):
    return user_in(ADVISORS, "conseillere@example.org")


def test_advisors_find_them_in_the_settings_menu_and_from_the_intake_settings(client, advisor):
    client.force_login(advisor)
    dashboard = client.get("/admin/").content.decode()
    assert LIST_URL in dashboard
    settings_page = client.get("/admin/settings/registration/intakesettings/", follow=True)
    assert f'href="{LIST_URL}"' in settings_page.content.decode()
    assert client.get(LIST_URL).status_code == 200

    saved = client.post(
        settings_page.wsgi_request.path,
        {"staff_notification_email": "Equipe.Talents@example.org", "retention_months": "24"},
    )
    assert saved.status_code == 302
    assert IntakeSettings.load().staff_notification_email == "Equipe.Talents@example.org"


def test_an_organization_created_and_translated_as_snippets_shows_in_each_language(
    client, advisor, registration_page, registration_page_en, django_capture_on_commit_callbacks
):
    english = Locale.objects.get(language_code="en")
    client.force_login(advisor)
    created = client.post(
        f"{LIST_URL}add/?locale=fr",
        {
            "name": "Maison d'Haïti",
            "description": "Accompagnement des personnes immigrantes à Saint-Michel.",
            "url": "https://www.mhaiti.org/",
            "position": "0",
        },
    )
    assert created.status_code == 302
    source = PartnerOrganization.objects.get(name="Maison d'Haïti")
    assert source.locale.language_code == "fr"

    listing = client.get(LIST_URL, {"locale": "fr"}).content.decode()
    submit_url = f"/admin/localize/submit/snippet/registration/partnerorganization/{source.pk}/"
    assert submit_url in listing
    with django_capture_on_commit_callbacks(execute=True):
        submitted = client.post(submit_url, {"locales": [english.pk]})
    assert submitted.status_code == 302
    translation = Translation.objects.get(source__object_id=source.translation_key)

    po = polib.pofile(
        client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/").content.decode()
    )
    english_texts = {
        "Maison d'Haïti": "Maison d'Haïti (Haitian House)",
        "Accompagnement des personnes immigrantes à Saint-Michel.": (
            "Support for immigrants in Saint-Michel."
        ),
    }
    for entry in po:
        entry.msgstr = english_texts[entry.msgid]
    upload = io.BytesIO(str(po).encode())
    upload.name = "maison-haiti.po"
    client.post(f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": upload})
    target = source.get_translation(english)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{LIST_URL}edit/{target.pk}/", {"action": "publish"})
    target.refresh_from_db()
    assert target.name == "Maison d'Haïti (Haitian House)"

    french_page, english_page = refusal_pages(client, registration_page, registration_page_en)
    assert "Maison d&#x27;Haïti" in french_page
    assert "Saint-Michel." in french_page and "Accompagnement" in french_page
    assert "Maison d&#x27;Haïti (Haitian House)" in english_page
    assert "Support for immigrants in Saint-Michel." in english_page
    assert "Accompagnement" not in english_page
    assert 'href="https://www.mhaiti.org/"' in english_page


def test_an_organization_not_translated_yet_shows_in_french_to_english_visitors(
    client, registration_page, registration_page_en
):
    PartnerOrganization.objects.create(
        locale=Locale.objects.get(language_code="fr"), name="Collectif Bienvenue", position=9
    )
    french_page, english_page = refusal_pages(client, registration_page, registration_page_en)
    assert "Collectif Bienvenue" in french_page
    assert "Collectif Bienvenue" in english_page
    assert english_page.index("Services Québec") < english_page.index("Collectif Bienvenue")


def test_editors_cannot_translate_or_change_partner_organizations(client, registration_page):
    source = PartnerOrganization.objects.filter(locale__language_code="fr").first()
    lonely = PartnerOrganization.objects.create(locale=source.locale, name="Sans traduction")
    client.force_login(user_in(EDITORS, "editrice@example.org"))
    for url in (
        LIST_URL,
        f"{LIST_URL}edit/{source.pk}/",
        f"/admin/localize/submit/snippet/registration/partnerorganization/{lonely.pk}/",
    ):
        assert client.get(url).status_code in (302, 403), url
    english = Locale.objects.get(language_code="en")
    response = client.post(
        f"/admin/localize/submit/snippet/registration/partnerorganization/{lonely.pk}/",
        {"locales": [english.pk]},
    )
    assert response.status_code in (302, 403)
    assert (
        not PartnerOrganization.objects.filter(translation_key=lonely.translation_key)
        .exclude(pk=lonely.pk)
        .exists()
    )
