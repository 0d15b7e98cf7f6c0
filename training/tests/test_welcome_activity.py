import datetime

import pytest
from django.utils import timezone

from tests.translations import text_of, translated
from training.factories import WelcomeActivityPageFactory, WelcomeSessionFactory
from training.models import WelcomeSession

pytestmark = pytest.mark.django_db


def test_welcome_activity_lists_upcoming_sessions_only(client, home_fr):
    page = WelcomeActivityPageFactory(
        parent=home_fr,
        slug="activite-accueil",
        what_to_prepare="<p>Votre CV à jour.</p>",
    )
    today = timezone.localdate()
    WelcomeSessionFactory(
        page=page,
        date=today + datetime.timedelta(days=3),
        start_time=datetime.time(18, 0),
        duration_minutes=90,
        online_link="https://passerelle.example.org/soir",
    )
    WelcomeSessionFactory(
        page=page,
        date=today + datetime.timedelta(days=10),
        session_format=WelcomeSession.Format.IN_PERSON,
        online_link="",
        place="380, rue Saint-Antoine Ouest, Montréal",
    )
    WelcomeSessionFactory(
        page=page,
        date=today - datetime.timedelta(days=1),
        online_link="https://passerelle.example.org/passee",
    )

    html = client.get("/fr/activite-accueil/").content.decode()

    assert 'href="https://passerelle.example.org/soir"' in html
    assert "90 minutes" in html
    assert "380, rue Saint-Antoine Ouest, Montréal" in html
    assert "passee" not in html
    assert "Votre CV à jour." in html
    assert f'datetime="{(today + datetime.timedelta(days=3)).isoformat()}T18:00"' in html


def test_welcome_activity_without_upcoming_session_says_what_happens_next(client, home_fr):
    WelcomeActivityPageFactory(parent=home_fr, slug="activite-accueil")

    html = text_of(client.get("/fr/activite-accueil/"))

    assert (
        translated(
            "New sessions will be announced soon. Your advisor will invite you to the next one."
        )
        in html
    )


def test_english_sessions_follow_the_french_ones_when_an_editor_syncs(home_fr, home_en):
    from wagtail_localize.models import Translation, TranslationSource

    from home.translation import translate_page
    from training.models import WelcomeActivityPage

    french = WelcomeActivityPageFactory(parent=home_fr, slug="activite-accueil")
    first = WelcomeSessionFactory(page=french, start_time=datetime.time(9, 30))
    french.save_revision().publish()
    english = translate_page(
        french,
        WelcomeActivityPage(
            title="Welcome activity", slug="welcome", intro="<p>Meet the team.</p>"
        ),
    )
    assert [s.start_time for s in english.sessions.all()] == [datetime.time(9, 30)]

    # The editor moves the session to the evening and adds one, then syncs the translation.
    first.start_time = datetime.time(18, 0)
    first.save()
    WelcomeSessionFactory(page=french, date=first.date + datetime.timedelta(days=7))
    french.refresh_from_db()
    french.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(french)
    source.update_from_db()
    Translation.objects.get(source=source, target_locale=english.locale).save_target(publish=False)
    english = WelcomeActivityPage.objects.get(pk=english.pk)
    english.get_latest_revision().publish()

    english = WelcomeActivityPage.objects.get(pk=english.pk)
    assert [s.start_time for s in english.sessions.all()] == [
        datetime.time(18, 0),
        datetime.time(9, 30),
    ]
    assert english.title == "Welcome activity"


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
