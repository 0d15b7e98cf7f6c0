"""A sector representative edits their own sector's briefing, and nothing else."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission

from home.translation import translate_page
from sectors.models import SectorBriefingPage, SectorIndexPage, SectorRepresentativeGroup
from sectors.tests.helpers import assert_permission_denied, briefing_form_data

pytestmark = pytest.mark.django_db


def representative_group(page) -> Group:
    return SectorRepresentativeGroup.objects.get(translation_key=page.translation_key).group


def page_permissions(group) -> set[tuple[int, str]]:
    return set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "page_id", "permission__codename"
        )
    )


def test_creating_a_sector_page_creates_its_group_with_edit_rights_only(it_sector):
    group = representative_group(it_sector)

    assert group.name == "Représentants\u00a0: Technologies de l'information"
    assert list(group.permissions.values_list("codename", flat=True)) == ["access_admin"]
    assert page_permissions(group) == {(it_sector.id, "change_page")}


def test_representative_has_no_permission_on_registrations_users_or_settings(representative):
    permissions = representative.get_all_permissions()

    assert permissions == {"wagtailadmin.access_admin"}
    assert not any(p.startswith("registration.") for p in permissions)
    assert not Permission.objects.filter(
        group__in=representative.groups.all(), content_type__app_label="registration"
    ).exists()


def test_group_follows_a_rename_and_covers_the_english_translation(it_sector, locale_en, home_en):
    translate_page(it_sector.get_parent(), title="Sectors", slug="sectors")
    english = translate_page(
        it_sector,
        title="Information technology",
        slug="it",
        intro="<p>A sector that hires in Montreal.</p>",
        realities="<p>French is the normal language of work.</p>",
    )
    it_sector.title = "Technologies et numérique"
    it_sector.save_revision().publish()

    group = representative_group(it_sector)
    assert group.name == "Représentants\u00a0: Technologies et numérique"
    assert page_permissions(group) == {(it_sector.id, "change_page"), (english.id, "change_page")}
    assert SectorRepresentativeGroup.objects.count() == 1


def test_group_stays_right_when_the_page_moves(client, representative, it_sector, health_sector):
    it_sector.move(health_sector, pos="right")

    group = representative_group(it_sector)
    assert page_permissions(group) == {(it_sector.id, "change_page")}
    client.force_login(representative)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[it_sector.id]))
    assert response.status_code == 200


def test_deleting_the_sector_removes_its_group(it_sector, health_sector):
    group_id = representative_group(it_sector).id

    SectorBriefingPage.objects.get(id=it_sector.id).delete()

    assert not Group.objects.filter(id=group_id).exists()
    assert not SectorRepresentativeGroup.objects.filter(translation_key=it_sector.translation_key)
    assert SectorRepresentativeGroup.objects.filter(
        translation_key=health_sector.translation_key
    ).exists()


def test_deleting_the_whole_sectors_branch_removes_every_group(
    sector_index, it_sector, health_sector
):
    SectorIndexPage.objects.get(id=sector_index.id).delete()

    assert not SectorRepresentativeGroup.objects.exists()
    assert not Group.objects.filter(name__startswith="Représentants").exists()


def test_deleting_one_language_keeps_the_group_of_the_other(it_sector, locale_en, home_en):
    translate_page(it_sector.get_parent(), title="Sectors", slug="sectors")
    english = translate_page(it_sector, title="Information technology", slug="it")

    english.delete()

    assert page_permissions(representative_group(it_sector)) == {(it_sector.id, "change_page")}


def test_representative_edits_their_own_sector_and_saves_a_draft(client, representative, it_sector):
    client.force_login(representative)
    edit_url = reverse("wagtailadmin_pages:edit", args=[it_sector.id])

    assert client.get(edit_url).status_code == 200
    response = client.post(edit_url, briefing_form_data(it_sector, contact_role="Directrice RH"))

    assert response.status_code == 302
    it_sector.refresh_from_db()
    assert it_sector.get_latest_revision_as_object().contact_role == "Directrice RH"
    assert it_sector.contact_role == ""  # the live page is unchanged until approval


def test_representative_cannot_publish_their_own_sector(client, representative, it_sector):
    client.force_login(representative)

    client.post(
        reverse("wagtailadmin_pages:edit", args=[it_sector.id]),
        briefing_form_data(
            it_sector, contact_role="Publié sans approbation", **{"action-publish": "1"}
        ),
    )

    it_sector.refresh_from_db()
    assert it_sector.contact_role == ""
    assert it_sector.has_unpublished_changes


@pytest.mark.parametrize(
    ("url_name", "extra_args", "method"),
    [
        ("wagtailadmin_pages:edit", [], "get"),
        ("wagtailadmin_pages:preview_on_edit", [], "get"),
        ("wagtailadmin_pages:history", [], "get"),
        ("wagtailadmin_pages:revisions_index", [], "get"),
        ("wagtailadmin_pages:revisions_compare", ["earliest", "live"], "get"),
        ("wagtailadmin_pages:copy", [], "get"),
        ("wagtailadmin_pages:move", [], "get"),
        ("wagtailadmin_pages:delete", [], "get"),
        ("wagtailadmin_pages:unpublish", [], "get"),
        ("wagtailadmin_pages:lock", [], "post"),
        ("wagtail_localize:submit_page_translation", [], "get"),
    ],
)
def test_representative_is_denied_every_action_on_another_sector(
    client, representative, health_sector, url_name, extra_args, method
):
    client.force_login(representative)
    url = reverse(url_name, args=[health_sector.id, *extra_args])

    response = getattr(client, method)(url)
    if response.status_code == 302 and response["Location"] != reverse("wagtailadmin_home"):
        # Some views (revisions index) redirect to another view, which must then refuse.
        response = client.get(response["Location"])
    assert_permission_denied(response)


def test_another_sector_is_unchanged_after_forbidden_posts(client, representative, health_sector):
    client.force_login(representative)
    page_id = health_sector.id

    for url_name in ("edit", "delete", "unpublish", "copy"):
        client.post(
            reverse(f"wagtailadmin_pages:{url_name}", args=[page_id]),
            briefing_form_data(health_sector, title="Piraté", **{"action-publish": "1"}),
        )

    health_sector.refresh_from_db()
    assert health_sector.live and health_sector.title == "Santé et services sociaux"
    assert SectorBriefingPage.objects.filter(title="Santé et services sociaux").count() == 1


def test_representative_cannot_reach_users_groups_or_settings(client, representative):
    client.force_login(representative)

    for url_name in ("wagtailusers_users:index", "wagtailusers_groups:index", "wagtailsites:index"):
        assert_permission_denied(client.get(reverse(url_name)))


def test_dashboard_lists_the_representatives_own_sector_only(client, representative, it_sector):
    client.force_login(representative)

    response = client.get(reverse("wagtailadmin_home"))

    content = response.content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[it_sector.id]) in content
    assert "Votre fiche sectorielle" in content
    assert "Santé et services sociaux" not in content


def test_dashboard_of_staff_has_no_sector_panel(client, editor, it_sector):
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_home"))

    assert "represented-sectors" not in response.content.decode()


def test_editors_can_still_edit_every_sector(client, editor, it_sector, health_sector):
    client.force_login(editor)

    for page in (it_sector, health_sector):
        assert client.get(reverse("wagtailadmin_pages:edit", args=[page.id])).status_code == 200
