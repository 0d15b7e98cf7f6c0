"""The data migration: the welcome activity's inline sessions and the sector briefings' activity
blocks become event pages under a new events index."""

import datetime
import importlib

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from events.choices import Attendance, EventKind
from events.models import MONTREAL, EventIndexPage, EventPage
from home.factories import publish
from sectors.factories import SectorBriefingPageFactory, SectorIndexPageFactory
from tests.translations import text_of
from training.factories import WelcomeActivityPageFactory, WelcomeSessionFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module(
    "events.migrations.0002_sessions_and_sector_activities_become_events"
)


def test_sessions_and_activities_become_live_event_pages(home_fr, client):
    welcome = WelcomeActivityPageFactory(parent=home_fr, slug="activite-accueil")
    day = datetime.date(2030, 3, 5)
    WelcomeSessionFactory(
        page=welcome,
        date=day,
        start_time=datetime.time(18, 0),
        duration_minutes=120,
        online_link="https://passerelle.example.org/soir",
    )
    WelcomeSessionFactory(
        page=welcome,
        date=day,
        start_time=datetime.time(9, 30),
        session_format="in_person",
        online_link="",
        place="380, rue Saint-Antoine Ouest, Montréal",
    )
    sectors = SectorIndexPageFactory(parent=home_fr)
    genie = publish(
        SectorBriefingPageFactory(
            parent=sectors,
            title="Génie",
            slug="genie",
            activities=[
                (
                    "activity",
                    {
                        "title": "Séance sur le permis d'exercice",
                        "date": datetime.date(2030, 4, 1),
                        "format": "online",
                        "how_to_join": "<p>Inscrivez-vous.</p>",
                    },
                )
            ],
        )
    )

    # The historical models, as `migrate` gives them (no Wagtail save logic, no clean()).
    migration.forwards(MigrationLoader(connection).project_state().apps, None)

    index = EventIndexPage.objects.get()
    assert index.get_parent().pk == home_fr.pk and index.live
    events = list(EventPage.objects.order_by("start", "path"))
    assert [(e.kind, e.local_start) for e in events] == [
        (EventKind.WELCOME_SESSION, datetime.datetime(2030, 3, 5, 9, 30, tzinfo=MONTREAL)),
        (EventKind.WELCOME_SESSION, datetime.datetime(2030, 3, 5, 18, 0, tzinfo=MONTREAL)),
        (EventKind.SECTOR_ACTIVITY, datetime.datetime(2030, 4, 1, 12, 0, tzinfo=MONTREAL)),
    ]
    morning, evening, activity = events
    assert morning.attendance == Attendance.IN_PERSON
    assert morning.address == "380, rue Saint-Antoine Ouest, Montréal"
    assert evening.meeting_link == "https://passerelle.example.org/soir"
    assert evening.end - evening.start == datetime.timedelta(minutes=120)
    assert morning.slug != evening.slug
    assert activity.title == "Séance sur le permis d'exercice"
    assert list(activity.sectors.all()) == [genie]
    for event in events:
        assert client.get(event.url).status_code == 200
    assert "Séance sur le permis d'exercice" in text_of(client.get(genie.url))
