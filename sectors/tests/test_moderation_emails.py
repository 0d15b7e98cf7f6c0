"""Moderation e-mails: moderators hear of an English translation to review; the representative
gets the outcome with the comment, in her admin language, with links from BASE_URL."""

import pytest
from django.test import override_settings
from django.urls import reverse
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource

from home.factories import publish
from home.translation import translate_page
from sectors.tests.test_moderation import act
from tests.translations import translated

pytestmark = pytest.mark.django_db


@pytest.fixture
def it_sector_en(home_en, sector_index, it_sector):
    translate_page(sector_index, title="Sectors", slug="sectors")
    return translate_page(it_sector, title="Information technology", slug="it")


def prefer(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def submit_english(client, representative, page, django_capture_on_commit_callbacks):
    client.force_login(representative)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.id]), {"action": "publish"}
        )
    assert response.status_code == 302


@override_settings(BASE_URL="http://127.0.0.1:9000", WAGTAILADMIN_BASE_URL="http://localhost:8000")
def test_moderators_are_told_an_english_translation_awaits_review(
    client,
    representative,
    moderator,
    it_sector,
    it_sector_en,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    prefer(moderator, "en")

    submit_english(client, representative, it_sector_en, django_capture_on_commit_callbacks)

    (email,) = [m for m in mailoutbox if m.to == [moderator.email]]
    assert email.subject == "To review: “Information technology” (English)"
    edit_url = "http://127.0.0.1:9000" + reverse("wagtailadmin_pages:edit", args=[it_sector_en.id])
    assert edit_url in email.body
    assert "localhost:8000" not in email.body
    assert not [m for m in mailoutbox if m.to == [representative.email]]


@override_settings(BASE_URL="http://127.0.0.1:9000")
def test_a_change_request_reaches_the_representative_with_the_comment_in_french(
    client,
    representative,
    moderator,
    it_sector,
    it_sector_en,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    submit_english(client, representative, it_sector_en, django_capture_on_commit_callbacks)
    mailoutbox.clear()

    act(client, moderator, it_sector_en, "reject", "Please cite the 2025 labour survey.")

    (email,) = mailoutbox
    assert email.to == [representative.email]
    assert email.subject == translated("Changes requested: “%(title)s” (%(language)s)") % {
        "title": "Information technology",
        "language": "anglais",
    }
    assert translated("Moderator's comment:") in email.body
    assert "Please cite the 2025 labour survey." in email.body
    assert "http://127.0.0.1:9000/admin/pages/" in email.body


def test_approval_publishes_the_english_page_and_carries_the_comment(
    client,
    representative,
    moderator,
    it_sector,
    it_sector_en,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    it_sector.intro = "<p>Nouvel aperçu.</p>"
    publish(it_sector)
    TranslationSource.objects.get(object_id=it_sector.translation_key).update_from_db()
    prefer(representative, "en")
    submit_english(client, representative, it_sector_en, django_capture_on_commit_callbacks)
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        act(client, moderator, it_sector_en, "approve", "Thanks, good to go.")

    (email,) = mailoutbox
    assert email.subject == "Approved and published: “Information technology” (English)"
    assert "Thanks, good to go." in email.body
    assert "Nouvel aperçu" in type(it_sector_en).objects.get(pk=it_sector_en.pk).intro
