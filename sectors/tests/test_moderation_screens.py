"""What representatives and moderators see: "Submit" in the English editor, the moderator's
comment on the edit screens, the parity panel on the dashboard."""

import pytest
from django.urls import reverse

from home.factories import publish
from home.translation import translate_page
from sectors.tests.test_moderation import act, submit
from tests.translations import text_of, translated

pytestmark = pytest.mark.django_db


@pytest.fixture
def it_sector_en(home_en, sector_index, it_sector):
    translate_page(sector_index, title="Sectors", slug="sectors")
    return translate_page(it_sector, title="Information technology", slug="it")


def test_the_english_editor_offers_a_representative_to_submit_and_shows_the_comment(
    client, representative, moderator, it_sector_en, django_capture_on_commit_callbacks
):
    client.force_login(representative)
    edit_url = reverse("wagtailadmin_pages:edit", args=[it_sector_en.id])

    html = text_of(client.get(edit_url))

    submit_label = translated("Submit to %(workflow)s") % {"workflow": "CCMM"}
    assert submit_label in html
    assert 'name="action" value="submit"' in html

    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url, {"action": "submit"})
    act(client, moderator, it_sector_en, "reject", "Add the 2025 hiring figures, please.")
    client.force_login(representative)

    html = text_of(client.get(edit_url))
    assert "Add the 2025 hiring figures, please." in html
    assert translated("Changes requested") in html


def test_the_french_editor_shows_the_moderators_comment(
    client, representative, moderator, it_sector
):
    submit(client, representative, it_sector, contact_role="Directrice")
    act(client, moderator, it_sector, "reject", "Précisez l'organisme.")
    client.force_login(representative)

    html = text_of(client.get(reverse("wagtailadmin_pages:edit", args=[it_sector.id])))

    assert "Précisez l'organisme." in html


def test_the_dashboard_lists_translations_behind_their_french_page(
    client, moderator, it_sector, it_sector_en
):
    it_sector.intro = "<p>Un secteur qui change.</p>"
    publish(it_sector)
    client.force_login(moderator)

    html = text_of(client.get(reverse("wagtailadmin_home")))

    assert translated("Translations behind their French page") in html
    assert "Technologies de l'information (" in html
