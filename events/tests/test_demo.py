"""The demo events: every kind in both languages, past ones with attendance, one full."""

import pytest
from django.utils import timezone

from events.choices import EventKind, RecruitmentFormat, SignUpStatus
from events.models import EventPage, SignUp
from tests.translations import text_of

pytestmark = pytest.mark.django_db


def test_demo_has_every_kind_of_event_in_french_and_english(client, demo_content):
    french = EventPage.objects.live().filter(locale__language_code="fr")
    english = EventPage.objects.live().filter(locale__language_code="en")
    assert french.count() == english.count() >= 10
    assert {e.translation_key for e in french} == {e.translation_key for e in english}
    assert set(french.values_list("kind", flat=True)) == set(EventKind.values)
    assert set(
        french.exclude(recruitment_format="").values_list("recruitment_format", flat=True)
    ) == set(RecruitmentFormat.values)
    now = timezone.now()
    assert french.filter(start__lt=now).exists() and french.filter(start__gt=now).exists()
    for event in english:
        assert client.get(event.url).status_code == 200


def test_demo_has_past_attendance_and_a_full_event_with_a_waiting_list(client, demo_content):
    assert SignUp.objects.filter(attended=True).exists()
    assert SignUp.objects.filter(attended=False).exists()
    full = EventPage.objects.get(slug="seance-accueil-matin")
    assert full.signups.confirmed().count() == full.capacity
    assert full.signups.filter(status=SignUpStatus.WAITING).count() == 2
    english = full.get_translation(EventPage.objects.get(slug="morning-welcome-session").locale)
    html = text_of(client.get(english.url))
    assert "0 places left" in html and "2 people waiting" in html
    welcome = text_of(client.get("/en/welcome-activity/"))
    assert "Morning welcome session" in welcome
    sector = text_of(client.get("/en/sectors/engineering/"))
    assert "Information session: the engineering permit" in sector
    assert "Engineering" in text_of(client.get("/en/events/engineering-permit-session/"))
