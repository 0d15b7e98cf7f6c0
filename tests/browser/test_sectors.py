"""A sector representative edits their briefing in the admin and submits it for approval."""

import pytest
from wagtail.models import WorkflowState

from sectors.models import SectorBriefingPage
from sectors.services import create_representative
from tests.browser.axe import assert_accessible
from tests.browser.staff import log_in_to_admin

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_representative_edits_their_sector_and_submits_it_for_moderation(
    site_server, demo_content, browser_page
):
    sector = SectorBriefingPage.objects.get(slug="genie")
    other = SectorBriefingPage.objects.get(slug="sante-et-services-sociaux")
    user, password = create_representative(
        email="rep.genie@example.org", sector_page=sector, preferred_language="fr"
    )
    page = browser_page

    log_in_to_admin(page, site_server, user, password)

    panel = page.locator("#represented-sectors-section")
    assert panel.get_by_role("link", name="Modifier « Health and social services »").count() == 0
    panel.get_by_role("link", name="Modifier « Génie »").click()
    page.wait_for_url(f"**/admin/pages/{sector.id}/edit/")
    page.fill("#id_contact_role", "Coordonnateur, comité génie et bâtiment")
    page.locator("footer [data-w-dropdown-target='toggle']").last.click()
    page.locator("button[name='action-submit']").click()
    page.wait_for_load_state()

    state = WorkflowState.objects.get(object_id=str(sector.id))
    assert state.status == "in_progress"
    sector.refresh_from_db()
    assert sector.contact_role == "Représentant sectoriel, génie"
    assert sector.get_latest_revision_as_object().contact_role == (
        "Coordonnateur, comité génie et bâtiment"
    )

    page.goto(f"{site_server}{sector.url}")
    assert page.get_by_text("comité génie et bâtiment").count() == 0
    assert_accessible(page)

    page.goto(f"{site_server}/admin/pages/{other.id}/edit/")
    page.wait_for_url(f"{site_server}/admin/")
    assert page.get_by_text("Désolé, vous n'avez pas les autorisations").count() == 1
