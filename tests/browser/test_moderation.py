"""Issue #9, "Must show": a representative edits and submits her sector in French and in
English; a moderator approves the English page with a comment; the representative sees it.
The English page is live, the French draft is not."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import WorkflowState

from home.factories import publish
from home.roles import MODERATORS
from home.translation import translate_page
from sectors.factories import SectorBriefingPageFactory, SectorIndexPageFactory
from sectors.models import SectorBriefingPage
from sectors.services import create_representative
from tests.browser.axe import assert_accessible
from tests.browser.staff import log_in_to_admin

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def sign_in(page, server, email, password):
    log_in_to_admin(page, server, get_user_model().objects.get(email=email), password)


def test_both_languages_go_through_moderation_and_the_comment_comes_back(
    site_server, home_en, browser, browser_page, django_user_model
):
    index = publish(SectorIndexPageFactory(parent=_home_fr(home_en)))
    translate_page(index, title="Sectors", slug="sectors")
    sector = publish(
        SectorBriefingPageFactory(
            parent=index,
            title="Génie",
            slug="genie",
            contact_role="Représentant sectoriel, génie",
        )
    )
    english = translate_page(
        sector, title="Engineering", slug="engineering", contact_role="Sector representative"
    )
    representative, password = create_representative(
        email="rep.genie@example.org", sector_page=sector, preferred_language="fr"
    )
    moderator = django_user_model.objects.create_user(
        email="moderatrice@example.org", password="Mod-2026-passerelle", first_name="Lina"
    )
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    page = browser_page

    # The representative: French first, through Wagtail's editor and its "Submit" action.
    sign_in(page, site_server, representative.email, password)
    page.goto(f"{site_server}/admin/pages/{sector.id}/edit/")
    page.fill("#id_contact_role", "Coordonnatrice, comité génie")
    page.locator("footer [data-w-dropdown-target='toggle']").last.click()
    page.locator("button[name='action-submit']").click()
    page.wait_for_load_state()

    # Then English, in the translation editor: one string, then « Soumettre à CCMM ».
    page.goto(f"{site_server}/admin/pages/{english.id}/edit/")
    segment = page.locator("li", has_text="Représentant sectoriel, génie").last
    segment.wait_for()
    # What the server refuses her is not offered: no "convert to alias", no "stop syncing".
    assert not page.locator("a[href*='/convert_to_alias/']").is_visible()
    assert not page.locator("[data-w-action-url-value$='/disable/']").is_visible()
    segment.get_by_role("button", name=re.compile(r"^(Modifier|Edit)$")).click()
    segment.locator("textarea").fill("Engineering committee coordinator")
    segment.get_by_role("button", name=re.compile(r"^(Enregistrer|Save)$")).click()
    page.get_by_text("Engineering committee coordinator").first.wait_for()
    page.get_by_role("button", name="Soumettre à CCMM").click()
    page.wait_for_load_state()
    assert WorkflowState.objects.get(object_id=str(english.id)).status == "in_progress"
    assert WorkflowState.objects.get(object_id=str(sector.id)).status == "in_progress"

    # The moderator approves the English page, with a comment, from her dashboard.
    moderator_page = browser.new_context(locale="fr-CA").new_page()
    sign_in(moderator_page, site_server, moderator.email, "Mod-2026-passerelle")
    row = moderator_page.locator("tr", has_text="Engineering")
    row.locator("[data-w-dropdown-target='toggle']").click()
    row.get_by_role("button", name="Approuver avec un commentaire").click()
    moderator_page.locator(".modal textarea[name='comment']").fill(
        "Merci ! Pensez à la version française."
    )
    moderator_page.locator(".modal form button[type='submit']").click()
    moderator_page.wait_for_load_state()
    moderator_page.wait_for_timeout(500)
    assert WorkflowState.objects.get(object_id=str(english.id)).status == "approved"

    # The representative sees the comment on her English edit screen.
    page.goto(f"{site_server}/admin/pages/{english.id}/edit/")
    assert page.get_by_text("Merci ! Pensez à la version française.").count() == 1

    # English is live with her translation; the French change is still a draft.
    page.goto(f"{site_server}{english.url}")
    assert page.get_by_text("Engineering committee coordinator").count() >= 1
    assert_accessible(page)
    page.goto(f"{site_server}{sector.url}")
    assert page.get_by_text("Coordonnatrice, comité génie").count() == 0
    assert SectorBriefingPage.objects.get(pk=sector.pk).contact_role == (
        "Représentant sectoriel, génie"
    )


def _home_fr(home_en):
    return home_en.get_translation(home_en.locale.get_default()).specific
