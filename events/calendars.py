"""iCalendar (RFC 5545) files, built with the `icalendar` library: one event, or a participant's
feed. Times carry the America/Montreal time zone (with its VTIMEZONE); the meeting link is
written only for a confirmed participant."""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from home.links import absolute_url

from .models import MONTREAL, EventPage

PRODID = "-//Chambre de commerce du Montréal métropolitain//Passerelle sectorielle//FR"


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", str(MONTREAL))
    return calendar


def _vevent(event: EventPage, *, with_link: bool) -> Event:
    vevent = Event()
    host = settings.BASE_URL.split("://", 1)[-1].split("/", 1)[0]
    vevent.add("uid", f"event-{event.translation_key}@{host}")
    vevent.add("dtstamp", timezone.now())
    vevent.add("dtstart", event.local_start)
    vevent.add("dtend", event.local_end)
    vevent.add("summary", event.title)
    url = absolute_url(event.url) if event.url else ""
    if url:
        vevent.add("url", url)
    description = [event.summary] if event.summary else []
    if event.is_online:
        vevent.add("location", _("Online"))
        if with_link and event.meeting_link:
            description.append(_("Join: %(link)s") % {"link": event.meeting_link})
            vevent.add("conference", event.meeting_link, parameters={"VALUE": "URI"})
    else:
        vevent.add("location", ", ".join(part for part in (event.venue, event.address) if part))
    if url:
        description.append(url)
    vevent.add("description", "\n\n".join(description))
    vevent.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
    return vevent


def event_calendar(event: EventPage, *, with_link: bool) -> bytes:
    calendar = _calendar(event.title)
    calendar.add_component(_vevent(event, with_link=with_link))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def feed_calendar(events: list[tuple[EventPage, bool]], extra: list[Event] = ()) -> bytes:
    """A participant's events, each with or without its link, then `extra` components (the
    `events_calendar_feed_items` hook: e.g. their interviews at a recruitment event)."""
    calendar = _calendar(_("My Passerelle sectorielle events"))
    for event, with_link in events:
        calendar.add_component(_vevent(event, with_link=with_link))
    for component in extra:
        calendar.add_component(component)
    calendar.add_missing_timezones()
    return calendar.to_ical()
