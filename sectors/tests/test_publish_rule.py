"""No unapproved change reaches a live page, whatever path it takes (issue #9, item 1).

Each test posts to the real admin URL, as the role's member would, and checks what a visitor
would see: the live English (or French) page, unchanged until a moderator approves.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from home.factories import publish
from home.roles import EDITORS, MODERATORS
from home.translation import translate_page
from sectors.tests.helpers import briefing_form_data
from tests.translations import translated

pytestmark = pytest.mark.django_db

REFUSAL = (
    "Only moderators may publish this page. Submit your changes for approval instead: "
    "they go live once a moderator approves them."
)


@pytest.fixture
def it_sector_en(home_en, sector_index, it_sector):
    translate_page(sector_index, title="Sectors", slug="sectors")
    return translate_page(it_sector, title="Information technology", slug="it")


@pytest.fixture
def french_change(it_sector, it_sector_en):
    """The French page changes and is published: the English page is now behind."""
    it_sector.intro = "<p>Nouvel aperçu du secteur.</p>"
    publish(it_sector)
    source = TranslationSource.objects.get(object_id=it_sector.translation_key)
    source.update_from_db()
    return source


def _user(django_user_model, email, group_name):
    user = django_user_model.objects.create_user(email=email, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def staff(django_user_model, representative):
    return {
        "representative": representative,
        "editor": _user(django_user_model, "editrice@example.org", EDITORS),
        "moderator": _user(django_user_model, "moderatrice@example.org", MODERATORS),
    }


def live_intro(page) -> str:
    return type(page.specific).objects.get(pk=page.pk).intro


def messages_of(response) -> list[str]:
    return [str(m) for m in response.wsgi_request._messages]


@pytest.mark.parametrize("role", ["editor", "representative"])
def test_sync_with_publish_immediately_leaves_the_live_english_page_alone(
    client, staff, role, it_sector_en, french_change, django_capture_on_commit_callbacks
):
    client.force_login(staff[role])
    before = live_intro(it_sector_en)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:update_translations", args=[french_change.id]),
            {"publish_translations": "on"},
        )

    assert live_intro(it_sector_en) == before
    assert "Nouvel aperçu" not in client.get(it_sector_en.url).content.decode()


def test_moderators_sync_and_publish_immediately(
    client, staff, it_sector_en, french_change, django_capture_on_commit_callbacks
):
    client.force_login(staff["moderator"])

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[french_change.id]),
            {"publish_translations": "on"},
        )

    assert response.status_code == 302
    assert "Nouvel aperçu" in live_intro(it_sector_en)


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_sync_without_publishing_keeps_the_live_page(
    client, staff, role, it_sector_en, french_change, django_capture_on_commit_callbacks
):
    client.force_login(staff[role])
    before = live_intro(it_sector_en)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtail_localize:update_translations", args=[french_change.id]), {})

    assert live_intro(it_sector_en) == before


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_translate_this_page_makes_a_draft_not_a_live_page_in_french(
    client, staff, role, home_en, sector_index, health_sector, django_capture_on_commit_callbacks
):
    translate_page(sector_index, title="Sectors", slug="sectors")
    client.force_login(staff[role])

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:submit_page_translation", args=[health_sector.id]),
            {"locales": [home_en.locale_id]},
        )

    english = Page.objects.get(translation_key=health_sector.translation_key, locale=home_en.locale)
    assert not english.live
    assert client.get("/en/sectors/sante/").status_code == 404


@pytest.mark.parametrize("role", ["editor", "representative"])
def test_convert_to_alias_is_refused_and_the_english_page_stays(
    client, staff, role, it_sector_en, french_change
):
    client.force_login(staff[role])
    before = live_intro(it_sector_en)

    response = client.post(reverse("wagtail_localize:convert_to_alias", args=[it_sector_en.id]))

    assert response.status_code == 302
    assert messages_of(response) == [translated(REFUSAL)]
    it_sector_en.refresh_from_db()
    assert it_sector_en.alias_of_id is None
    assert live_intro(it_sector_en) == before
    assert Translation.objects.filter(source=french_change, enabled=True).exists()


def test_the_editor_button_convert_to_alias_is_refused_to_a_representative(
    client, staff, it_sector_en, french_change
):
    client.force_login(staff["representative"])

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[it_sector_en.id]),
        {"localize-convert-to-alias": "1"},
    )

    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[it_sector_en.id])
    assert Translation.objects.filter(source=french_change, enabled=True).exists()


@pytest.mark.parametrize("role", ["editor", "representative"])
def test_stop_synchronising_is_refused(client, staff, role, it_sector_en, french_change):
    translation = Translation.objects.get(source=french_change)
    client.force_login(staff[role])

    client.post(
        reverse("wagtail_localize:stop_translation", args=[translation.id]), {"confirm": "yes"}
    )

    translation.refresh_from_db()
    assert translation.enabled


def test_stop_synchronising_asks_a_moderator_to_confirm(client, staff, it_sector_en, french_change):
    translation = Translation.objects.get(source=french_change)
    client.force_login(staff["moderator"])
    url = reverse("wagtail_localize:stop_translation", args=[translation.id])

    response = client.post(url)

    assert response.status_code == 200
    assert 'name="confirm" value="yes"' in response.content.decode()
    translation.refresh_from_db()
    assert translation.enabled

    client.post(url, {"confirm": "yes"})

    translation.refresh_from_db()
    assert not translation.enabled


@pytest.mark.parametrize("role", ["editor", "representative"])
def test_restart_synchronising_is_refused(client, staff, role, it_sector_en, french_change):
    Translation.objects.filter(source=french_change).update(enabled=False)
    client.force_login(staff[role])

    client.post(
        reverse("wagtailadmin_pages:edit", args=[it_sector_en.id]),
        {"localize-restart-translation": "1"},
    )

    assert not Translation.objects.get(source=french_change).enabled


@pytest.mark.parametrize("role", ["editor", "representative"])
def test_translation_editor_publish_submits_to_the_workflow(
    client, staff, role, it_sector_en, french_change, django_capture_on_commit_callbacks
):
    client.force_login(staff[role])
    before = live_intro(it_sector_en)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[it_sector_en.id]), {"action": "publish"}
        )

    assert response.status_code == 302
    assert live_intro(it_sector_en) == before
    state = WorkflowState.objects.get(object_id=str(it_sector_en.id))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    it_sector_en.refresh_from_db()
    assert "Nouvel aperçu" in it_sector_en.get_latest_revision_as_object().intro
    assert messages_of(response) == [
        translated("“%(title)s” was submitted to %(workflow)s for approval.")
        % {"title": "Information technology", "workflow": "CCMM"}
    ]


def test_translation_editor_publish_by_a_moderator_goes_live(
    client, staff, it_sector_en, french_change, django_capture_on_commit_callbacks
):
    client.force_login(staff["moderator"])

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtailadmin_pages:edit", args=[it_sector_en.id]), {"action": "publish"}
        )

    assert "Nouvel aperçu" in live_intro(it_sector_en)


# Wagtail's own paths: the page editor's publish (also what "revert" submits), unpublish, copy
# with "publish copies", bulk publish. Wagtail checks the publish permission itself; these
# tests keep it so, in both languages.


def _page(request, language):
    return request.getfixturevalue("it_sector" if language == "fr" else "it_sector_en")


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("role", ["editor", "representative"])
def test_unpublish_is_refused(client, staff, role, language, request, it_sector_en):
    page = _page(request, language)
    client.force_login(staff[role])

    client.post(reverse("wagtailadmin_pages:unpublish", args=[page.id]))

    page.refresh_from_db()
    assert page.live


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("role", ["editor", "representative"])
def test_bulk_publish_leaves_the_draft_a_draft(
    client, staff, role, language, request, it_sector_en
):
    page = _page(request, language).specific
    page.intro = "<p>Brouillon non approuvé.</p>"
    page.save_revision()
    client.force_login(staff[role])

    client.post(
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={page.id}"
    )

    assert "Brouillon non approuvé" not in live_intro(page)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("role", ["editor", "representative"])
def test_revert_then_publish_from_the_editor_is_not_live(
    client, staff, role, language, request, it_sector_en
):
    page = _page(request, language).specific
    old_revision = page.live_revision
    page.intro = "<p>Version publiée.</p>"
    page.save_revision().publish()
    client.force_login(staff[role])
    revert = client.get(
        reverse("wagtailadmin_pages:revisions_revert", args=[page.id, old_revision.id])
    )
    assert revert.status_code == 200

    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.id]),
        briefing_form_data(
            old_revision.as_object(), revision=str(old_revision.id), **{"action-publish": "1"}
        ),
    )

    assert live_intro(page) == "<p>Version publiée.</p>"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_copy_with_publish_copies_makes_no_live_page_for_an_editor(
    client, staff, language, request, it_sector_en
):
    page = _page(request, language)
    client.force_login(staff["editor"])

    client.post(
        reverse("wagtailadmin_pages:copy", args=[page.id]),
        {
            "new_title": "Copie",
            "new_slug": "copie",
            "new_parent_page": str(page.get_parent().id),
            "publish_copies": "on",
        },
    )

    copies = Page.objects.filter(slug="copie")
    assert not copies.filter(live=True).exists()
