"""Calendar files parsed back with the icalendar library, as a calendar application would."""

import datetime
import zoneinfo

import pytest
from icalendar import Calendar

from events import services
from events.choices import Attendance
from events.factories import CalendarFeedFactory, EventPageFactory, in_days
from registration.factories import PASSWORD

pytestmark = pytest.mark.django_db

LINK = "https://meet.example.org/passerelle-secret-42"


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def only_event(calendar: Calendar):
    (event,) = calendar.walk("VEVENT")
    return event


def test_the_ics_has_montreal_times_and_the_link_only_for_confirmed_participants(
    client, participant
):
    event = EventPageFactory(full=True, start=in_days(20, 18, 30))
    url = f"/fr/evenements/{event.pk}/calendrier.ics"

    anonymous = parse(client.get(url))
    vevent = only_event(anonymous)
    assert vevent.decoded("dtstart") == event.start
    assert str(vevent["dtstart"].dt.tzinfo) == "America/Montreal"
    assert vevent["dtstart"].params["TZID"] == "America/Montreal"
    assert vevent.decoded("dtstart").hour == 18 and vevent.decoded("dtstart").minute == 30
    assert [tz["tzid"] for tz in anonymous.walk("VTIMEZONE")] == ["America/Montreal"]
    assert str(vevent["summary"]) == event.title
    assert str(vevent["url"]) == f"http://testserver{event.url}"
    assert LINK not in response_text(client.get(url))

    assert client.login(email=participant.email, password=PASSWORD)
    services.sign_up(event_id=event.pk, user=participant)
    confirmed = only_event(parse(client.get(url)))
    assert LINK in str(confirmed["description"])
    assert str(confirmed["conference"]) == LINK


def response_text(response) -> str:
    return response.content.decode()


def test_an_in_person_event_has_its_address_as_location(client):
    event = EventPageFactory(
        attendance=Attendance.IN_PERSON,
        meeting_link="",
        venue="Chambre de commerce",
        address="380, rue Saint-Antoine Ouest, Montréal",
    )
    vevent = only_event(parse(client.get(f"/en/events/{event.pk}/calendar.ics")))
    assert str(vevent["location"]) == "Chambre de commerce, 380, rue Saint-Antoine Ouest, Montréal"


def test_the_personal_feed_lists_the_participants_events_until_revoked(client, participant):
    mine = EventPageFactory(title="Ma séance", start=in_days(3, 9, 30))
    waiting = EventPageFactory(title="Complet", capacity=0)
    EventPageFactory(title="Pas la mienne")
    services.sign_up(event_id=mine.pk, user=participant)
    services.sign_up(event_id=waiting.pk, user=participant)
    feed = CalendarFeedFactory(user=participant)
    url = f"/fr/evenements/calendrier/{feed.token}.ics"

    calendar = parse(client.get(url))
    events = {str(vevent["summary"]): vevent for vevent in calendar.walk("VEVENT")}
    assert set(events) == {"Ma séance", "Complet"}
    assert LINK in str(events["Ma séance"]["description"])
    assert LINK not in str(events["Complet"]["description"])
    start = events["Ma séance"].decoded("dtstart")
    assert start.astimezone(zoneinfo.ZoneInfo("America/Montreal")).time() == datetime.time(9, 30)

    assert client.login(email=participant.email, password=PASSWORD)
    client.post("/fr/mon-parcours/calendrier/nouvelle-adresse/")
    assert client.get(url).status_code == 404
    feed.refresh_from_db()
    assert client.get(f"/fr/evenements/calendrier/{feed.token}.ics").status_code == 200


def test_the_ics_file_name_keeps_its_accents_in_an_rfc_6266_header(client):
    """Finding 10: the header is built by Django, the accented slug encoded, not sent raw."""
    event = EventPageFactory(full=True, slug="séance-accueil-été")

    response = client.get(f"/fr/evenements/{event.pk}/calendrier.ics")

    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''s%C3%A9ance-accueil-%C3%A9t%C3%A9.ics"
    )
