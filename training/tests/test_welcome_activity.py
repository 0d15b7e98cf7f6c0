import datetime

import pytest

from tests.translations import text_of, translated
from training.factories import WelcomeActivityPageFactory

# The sessions themselves are event pages: events/tests/test_pages.py checks how this page
# lists them.
pytestmark = pytest.mark.django_db


def test_welcome_activity_without_upcoming_session_says_what_happens_next(client, home_fr):
    WelcomeActivityPageFactory(parent=home_fr, slug="activite-accueil")

    html = text_of(client.get("/fr/activite-accueil/"))

    assert (
        translated(
            "New sessions will be announced soon. Your advisor will invite you to the next one."
        )
        in html
    )


def test_session_dates_and_times_read_naturally_in_each_language():
    from django.utils import translation

    from home.templatetags.dates import clock, long_date, short_date

    day, morning, evening = datetime.date(2026, 12, 1), datetime.time(9, 30), datetime.time(18, 0)
    with translation.override("fr"):
        assert (long_date(day), short_date(day)) == ("mardi 1er décembre 2026", "1er décembre")
        assert (clock(morning), clock(evening)) == ("9 h 30", "18 h")
    with translation.override("en"):
        assert (long_date(day), short_date(day)) == ("Tuesday, December 1, 2026", "December 1")
        assert (clock(morning), clock(evening)) == ("9:30 a.m.", "6 p.m.")
