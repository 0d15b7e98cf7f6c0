import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import Translation

from home.models import SiteIdentity


@pytest.mark.django_db
def test_demo_content_is_bilingual_and_loading_it_twice_creates_nothing_twice(demo_content):
    counts = Page.objects.count(), SiteIdentity.objects.count()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (Page.objects.count(), SiteIdentity.objects.count()) == counts

    # Published pages: the outcomes demo's unpublished « Archive démo » events (#17), which only
    # give its generated history past dates, are never shown and not translated.
    french = Page.objects.live().filter(locale__language_code="fr", depth__gte=2)
    english = Page.objects.live().filter(locale__language_code="en", depth__gte=2)
    assert french.count() == english.count() > 1
    assert set(english.values_list("translation_key", flat=True)) == set(
        french.values_list("translation_key", flat=True)
    )


@pytest.mark.django_db
def test_english_demo_pages_are_synced_wagtail_localize_translations(demo_content):
    english = Page.objects.filter(locale__language_code="en", depth__gte=2)
    translated_keys = set(
        Translation.objects.filter(target_locale__language_code="en", enabled=True).values_list(
            "source__object_id", flat=True
        )
    )
    assert set(english.values_list("translation_key", flat=True)) <= translated_keys
    assert english.filter(live=False).count() == 0


@pytest.mark.django_db
def test_site_identity_is_edited_per_language(client, demo_content):
    assert "Your bridge to Montreal employers" in client.get("/en/").content.decode()
    assert "Le tremplin vers les employeurs montréalais" in client.get("/fr/").content.decode()
