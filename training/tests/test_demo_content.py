"""The demo course: French source, English translation synced through wagtail-localize."""

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import Translation

from training.models import CoursePage, ModulePage, WelcomeActivityPage

pytestmark = pytest.mark.django_db


def test_demo_has_the_welcome_activity_and_a_course_of_at_least_five_modules(demo_content):
    for language in ("fr", "en"):
        assert (
            WelcomeActivityPage.objects.filter(locale__language_code=language, live=True).count()
            == 1
        )
        course = CoursePage.objects.get(locale__language_code=language)
        modules = course.get_modules()
        assert len(modules) >= 5
        assert all(len(module.body) >= 3 and module.summary for module in modules)
    # Its sessions are event pages: events/tests/test_demo.py checks them.


def test_translated_module_shows_english_content_under_en(client, demo_content):
    response = client.get("/en/video-application/writing-your-elevator-pitch/")

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "<h1>Writing your elevator pitch</h1>" in html
    assert "Write your 60-second pitch" in html
    assert "Module 2 of 6" in html
    assert "Rédigez votre argumentaire" not in html


def test_english_modules_are_synced_translations_an_editor_can_update(demo_content):
    english = ModulePage.objects.filter(locale__language_code="en")
    for module in english:
        source = Page.objects.get(
            translation_key=module.translation_key, locale__language_code="fr"
        )
        assert Translation.objects.filter(
            source__object_id=source.translation_key, target_locale=module.locale, enabled=True
        ).exists()


def test_the_filming_module_plays_the_sample_video_with_captions_in_both_languages(
    client, demo_content
):
    for url, default_track in (
        (
            "/fr/candidature-video/tourner-cadrage-lumiere-son/",
            'srclang="fr" label="Français" default',
        ),
        (
            "/en/video-application/filming-framing-light-sound/",
            'srclang="en" label="English" default',
        ),
    ):
        html = client.get(url).content.decode()
        assert '<source src="/media/media/tournage-essentiel' in html
        assert default_track in html

    response = client.get("/fr/candidature-video/tourner-cadrage-lumiere-son/")
    assert response.status_code == 200


def test_loading_the_demo_twice_adds_no_file_twice(demo_content):
    from wagtail.documents import get_document_model
    from wagtailmedia.models import get_media_model

    counts = get_media_model().objects.count(), get_document_model().objects.count()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (get_media_model().objects.count(), get_document_model().objects.count()) == counts


def test_every_paragraph_and_list_item_keeps_its_own_english_text(client, demo_content):
    # Items of one rich text share a segment path in wagtail-localize; each must still get
    # its own translation rather than the last one repeated.
    html = client.get("/en/welcome-activity/").content.decode()
    assert "A group session of 90 minutes to 2 hours" in html
    assert "A round of introductions" in html
    assert "Your up-to-date résumé" in html
    assert html.count("Time for questions about the Montreal job market") == 1

    english_course = CoursePage.objects.get(locale__language_code="en")
    assert "In a few minutes of video" in english_course.intro
    assert "Take the modules in order" in english_course.intro
