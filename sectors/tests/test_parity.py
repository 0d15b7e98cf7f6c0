"""French/English parity: the report and the badge flip when the French page changes, and back
when the translation is published (issue #9, item 6)."""

import pytest
from django.urls import reverse

from home import parity
from home.factories import publish
from home.translation import translate_page
from tests.translations import text_of, translated

pytestmark = pytest.mark.django_db


@pytest.fixture
def it_sector_en(home_en, sector_index, it_sector):
    translate_page(sector_index, title="Sectors", slug="sectors")
    return translate_page(
        it_sector, title="Information technology", slug="it", intro="<p>A growing sector.</p>"
    )


def report(client, **params):
    return text_of(client.get(reverse("parity_report:index"), params))


def test_parity_flips_to_out_of_date_and_back(
    client, admin_user, it_sector, it_sector_en, locale_en
):
    client.force_login(admin_user)
    assert parity.parity(it_sector, locale_en).state == parity.UP_TO_DATE

    it_sector.intro = "<p>Un secteur en forte croissance.</p>"
    publish(it_sector)

    state = parity.parity(it_sector, locale_en)
    assert state.state == parity.OUT_OF_DATE
    assert state.to_translate == 1
    assert state.since >= it_sector.last_published_at
    html = report(client, state=parity.OUT_OF_DATE)
    assert "Technologies de l'information" in html
    badge = text_of(
        client.get(reverse("wagtailadmin_explore", args=[it_sector_en.get_parent().id]))
    )
    assert translated("Out of date") in badge

    translate_page(
        it_sector, title="Information technology", slug="it", intro="<p>A fast-growing sector.</p>"
    )

    assert parity.parity(it_sector, locale_en).state == parity.UP_TO_DATE
    assert "Technologies de l'information" not in report(client, state=parity.OUT_OF_DATE)
    assert "Technologies de l'information" in report(client, state=parity.UP_TO_DATE)


def test_missing_and_draft_only(home_en, sector_index, it_sector, health_sector, locale_en):
    translate_page(sector_index, title="Sectors", slug="sectors")
    english = translate_page(health_sector, title="Health", slug="health")
    english.unpublish()

    assert parity.parity(it_sector, locale_en).state == parity.MISSING
    assert parity.parity(health_sector, locale_en).state == parity.DRAFT_ONLY


def test_the_report_exports_as_csv(client, admin_user, it_sector, it_sector_en):
    client.force_login(admin_user)

    response = client.get(reverse("parity_report:index"), {"export": "csv"})

    body = response.getvalue().decode() if response.streaming else response.content.decode()
    assert "Technologies de l'information" in body
    assert translated("Up to date") in body


def test_the_public_english_page_says_when_it_lags(client, it_sector, it_sector_en):
    it_sector.intro = "<p>Un secteur en forte croissance.</p>"
    publish(it_sector)

    html = text_of(client.get(it_sector_en.url))
    assert "the French page has changed since" in html
    assert 'hreflang="fr"' in html

    translate_page(
        it_sector, title="Information technology", slug="it", intro="<p>Growing fast.</p>"
    )

    assert "the French page has changed since" not in text_of(client.get(it_sector_en.url))


def test_the_xlsx_export_names_its_sheet_in_the_admin_language(client, admin_user, it_sector_en):
    import io

    from openpyxl import load_workbook

    client.force_login(admin_user)

    response = client.get(reverse("parity_report:index"), {"export": "xlsx"})

    content = b"".join(response.streaming_content) if response.streaming else response.content
    workbook = load_workbook(io.BytesIO(content))
    assert workbook.sheetnames == [translated("Translations parity")]
    rows = [[cell.value for cell in row] for row in workbook.active.iter_rows()]
    assert any("Technologies de l'information" in str(row[0]) for row in rows[1:])


def test_the_french_editor_says_the_english_page_is_behind(
    client, admin_user, it_sector, it_sector_en
):
    it_sector.intro = "<p>Un secteur en forte croissance.</p>"
    publish(it_sector)
    client.force_login(admin_user)

    html = text_of(client.get(reverse("wagtailadmin_pages:edit", args=[it_sector.id])))

    assert translated("Translations:") in html
    assert (
        translated("Out of date since %(since)s, %(counter)s string to translate").split("%")[0]
        in html
    )


def test_wagtail_localize_report_gives_way_to_translations_parity(client, admin_user):
    client.force_login(admin_user)

    html = text_of(client.get(reverse("wagtailadmin_home")))

    assert reverse("parity_report:index") in html
    assert reverse("wagtail_localize:translations_report") not in html
