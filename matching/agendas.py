"""Agendas: each participant's and each recruiter's interviews at an event, their `.ics`, their
e-mail, and publishing.

Publishing sends each person their agenda once: the agenda sent is remembered as a signature
(`AgendaNotice`); publishing again sends only to those whose agenda changed since (moved,
added, removed), and nothing at all when nothing changed.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event
from wagtail.users.models import UserProfile

from employers.models import Recruiter
from events.calendars import PRODID
from events.models import MONTREAL, EventPage
from home.emails import render_templated_email
from registration.selectors import preferred_language

from .models import AgendaNotice, EventMatching, Interview


def short_name(user) -> str:
    """How recruiters see a participant before a mutual « continue »: first name and the initial
    of the last name (no contact details, no full name)."""
    initial = f" {user.last_name.strip()[0]}." if user.last_name.strip() else ""
    return f"{user.first_name}{initial}".strip() or "—"


@dataclass(frozen=True)
class AgendaLine:
    interview: Interview
    start: object
    end: object

    @property
    def local_start(self):
        return timezone.localtime(self.start, MONTREAL)

    @property
    def local_end(self):
        return timezone.localtime(self.end, MONTREAL)

    @property
    def participant_name(self) -> str:
        return short_name(self.interview.participant)


def lines(matching: EventMatching, interviews) -> list[AgendaLine]:
    times = matching.slot_times()
    return [
        AgendaLine(interview, *times[interview.slot])
        for interview in sorted(interviews, key=lambda i: (i.slot, i.table))
        if interview.slot < len(times)
    ]


def _signature(agenda: list[AgendaLine]) -> str:
    text = "|".join(
        f"{line.interview.participant_id}:{line.interview.organisation_id}:{line.interview.table}:"
        f"{line.start.isoformat()}:{line.interview.room_link}"
        for line in agenda
    )
    return hashlib.sha256(text.encode()).hexdigest()


def _vevent(line: AgendaLine, *, for_recruiter: bool, event: EventPage) -> Event:
    interview = line.interview
    vevent = Event()
    host = settings.BASE_URL.split("://", 1)[-1].split("/", 1)[0]
    vevent.add("uid", f"interview-{interview.pk}@{host}")
    vevent.add("dtstamp", timezone.now())
    vevent.add("dtstart", line.local_start)
    vevent.add("dtend", line.local_end)
    who = short_name(interview.participant) if for_recruiter else interview.organisation.name
    vevent.add(
        "summary",
        _("Interview: %(who)s (table %(table)s)") % {"who": who, "table": interview.table},
    )
    if interview.room_link:
        vevent.add("location", interview.room_link)
        vevent.add("conference", interview.room_link, parameters={"VALUE": "URI"})
    else:
        vevent.add("location", ", ".join(p for p in (event.venue, event.address) if p))
    vevent.add("description", event.title)
    return vevent


def agenda_calendar(agenda: list[AgendaLine], *, for_recruiter: bool, event: EventPage) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", event.title)
    for line in agenda:
        calendar.add_component(_vevent(line, for_recruiter=for_recruiter, event=event))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def participant_feed_items(user) -> list[Event]:
    """The participant's interviews of published matchings, for their calendar feed."""
    interviews = (
        Interview.objects.filter(participant=user, event__matching__published_at__isnull=False)
        .select_related("organisation", "event", "event__matching", "participant")
        .order_by("event_id", "slot")
    )
    by_event = defaultdict(list)
    for interview in interviews:
        by_event[interview.event].append(interview)
    items = []
    for event, rows in by_event.items():
        for line in lines(event.matching, rows):
            items.append(_vevent(line, for_recruiter=False, event=event))
    return items


def _localised_event(event: EventPage, language: str) -> EventPage:
    page = (
        EventPage.objects.live()
        .filter(translation_key=event.translation_key, locale__language_code=language)
        .first()
    )
    return page or event


def _send(*, user, language, agenda, event, matching, for_recruiter, organisation, first) -> None:
    page = _localised_event(event, language)
    with translation.override(language):
        ics = agenda_calendar(agenda, for_recruiter=for_recruiter, event=page)
    context = {
        "event": page,
        "lines": agenda,
        "for_recruiter": for_recruiter,
        "organisation": organisation,
        "first": first,
        "recipient": user,
    }
    subject, text, html = render_templated_email("matching/emails/agenda", context, language)
    message = EmailMultiAlternatives(subject, text, to=[user.email])
    if html:
        message.attach_alternative(html, "text/html")
    message.attach("agenda.ics", ics, "text/calendar")
    message.send()


@transaction.atomic
def publish(*, event: EventPage) -> int:
    """Publish the grid: send their agenda to everyone whose agenda changed since they were last
    sent one (everyone, the first time). Returns how many e-mails went out."""
    matching = (
        EventMatching.objects.select_for_update()
        .select_related("event")
        .get(event=event.source_event)
    )
    event = matching.event
    interviews = list(
        Interview.objects.filter(event=event).select_related("participant", "organisation")
    )
    by_participant = defaultdict(list)
    by_organisation = defaultdict(list)
    for interview in interviews:
        by_participant[interview.participant].append(interview)
        by_organisation[interview.organisation_id].append(interview)
    recruiters = Recruiter.objects.filter(
        active=True,
        organisation__active=True,
        organisation__participations__event=event,
    ).select_related("user", "organisation")
    notices = {notice.user_id: notice for notice in AgendaNotice.objects.filter(event=event)}
    people = []  # (user, agenda, for_recruiter, organisation)
    for participant, rows in by_participant.items():
        people.append((participant, lines(matching, rows), False, None))
    for recruiter in recruiters:
        rows = by_organisation.get(recruiter.organisation_id, [])
        people.append((recruiter.user, lines(matching, rows), True, recruiter.organisation))
    # People who had an agenda and now have none are told too (their notice remains).
    listed = {user.pk for user, *_rest in people}
    for user in get_user_model().objects.filter(
        pk__in=[uid for uid in notices if uid not in listed]
    ):
        people.append((user, [], hasattr(user, "recruiter"), None))

    sent = 0
    for user, agenda, for_recruiter, organisation in people:
        signature = _signature(agenda)
        notice = notices.get(user.pk)
        if notice is not None and notice.signature == signature:
            continue
        if notice is None and not agenda:
            continue
        language = _language(user)
        _send(
            user=user,
            language=language,
            agenda=agenda,
            event=event,
            matching=matching,
            for_recruiter=for_recruiter,
            organisation=organisation,
            first=notice is None,
        )
        AgendaNotice.objects.update_or_create(
            event=event, user=user, defaults={"signature": signature}
        )
        sent += 1
    if matching.published_at is None:
        matching.published_at = timezone.now()
    matching.changed_since_publication = False
    matching.save(update_fields=["published_at", "changed_since_publication"])
    return sent


def _language(user) -> str:
    """The participant's questionnaire language; a recruiter's account language (French by
    default)."""
    profile = UserProfile.objects.filter(user=user).first()
    return preferred_language(user, default=(profile and profile.preferred_language) or "fr")
