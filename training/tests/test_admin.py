"""Editors work on the course in the Wagtail admin, in French and through the translation editor."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from training.models import ModulePage, WelcomeActivityPage

pytestmark = pytest.mark.django_db


def test_editor_opens_the_module_with_the_video_and_the_welcome_activity(
    admin_client, demo_content
):
    filming = ModulePage.objects.get(slug="tourner-cadrage-lumiere-son")
    welcome = WelcomeActivityPage.objects.get(locale__language_code="fr")

    module_form = admin_client.get(reverse("wagtailadmin_pages:edit", args=[filming.pk]))
    welcome_form = admin_client.get(reverse("wagtailadmin_pages:edit", args=[welcome.pk]))

    assert module_form.status_code == 200
    assert "Cadrage" in module_form.content.decode()
    assert welcome_form.status_code == 200
    # Sessions are event pages now (events app), not inline rows of this page.
    assert "sessions-TOTAL_FORMS" not in welcome_form.content.decode()


def test_english_module_opens_in_the_translation_editor_and_can_be_synced(
    admin_client, demo_content
):
    english = ModulePage.objects.get(slug="writing-your-elevator-pitch")
    french = english.get_translation(Locale.objects.get(language_code="fr"))
    source = TranslationSource.objects.get_for_instance(french)

    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    sync = admin_client.get(reverse("wagtail_localize:update_translations", args=[source.pk]))

    assert editor.status_code == 200
    assert "Write your 60-second pitch" in editor.content.decode()
    assert sync.status_code == 200
