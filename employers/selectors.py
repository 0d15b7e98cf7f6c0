"""Reads of the employers app. The packet list runs a fixed number of queries, whatever the
number of participants (tested with 5 and 100)."""

import datetime

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone
from wagtail.models import Locale

from events.choices import EventKind, SignUpStatus
from events.models import EventPage, SignUp
from profiles.models import Profile

from .models import (
    EmployerEventSettings,
    EventParticipation,
    InterestMark,
    Opening,
    Organisation,
    ParticipantInterest,
)


def marks_deadline(event: EventPage) -> datetime.datetime:
    """Until when both sides mark their interest: the event's setting, else its start."""
    settings_row = EmployerEventSettings.objects.filter(event_id=event.pk).first()
    if settings_row and settings_row.marks_deadline:
        return settings_row.marks_deadline
    return event.start


def marks_open(event: EventPage, *, now=None) -> bool:
    return (now or timezone.now()) < marks_deadline(event)


def recruitment_events(*, now=None) -> QuerySet[EventPage]:
    """Upcoming live recruitment events (the French pages, which sign-ups are attached to) that
    are open to employers."""
    now = now or timezone.now()
    return (
        EventPage.objects.live()
        .filter(
            kind=EventKind.RECRUITMENT_EVENT,
            locale=Locale.get_default(),
            end__gte=now,
            is_cancelled=False,
        )
        .exclude(employer_settings__open_to_employers=False)
        .order_by("start", "pk")
    )


def translated(events, *, locale: Locale) -> dict[int, EventPage]:
    """Source event id → the same event in ``locale`` (or the source when not translated)."""
    events = list(events)
    keys = {event.translation_key: event for event in events}
    pages = {event.pk: event for event in events}
    for page in EventPage.objects.filter(translation_key__in=keys, locale=locale).live():
        pages[keys[page.translation_key].pk] = page
    return pages


def attended_event(*, organisation: Organisation, event_id) -> EventPage | None:
    """The event, only if the organisation attends it (a tampered id gives None)."""
    try:
        event_id = int(event_id)
    except (TypeError, ValueError):
        return None
    return (
        EventPage.objects.filter(pk=event_id, employer_participations__organisation=organisation)
        .live()
        .first()
    )


def attended_event_ids(organisation: Organisation) -> set[int]:
    return set(
        EventParticipation.objects.filter(organisation=organisation).values_list(
            "event_id", flat=True
        )
    )


def visible_profiles(*, event: EventPage) -> QuerySet[Profile]:
    """Participants confirmed for the event who share their packet: read on every request."""
    return Profile.objects.filter(
        shares_with_employers=True,
        user__is_active=True,
        user__event_signups__event=event,
        user__event_signups__status=SignUpStatus.CONFIRMED,
    )


def packet_rows(*, organisation: Organisation, event: EventPage, filters: dict) -> list[Profile]:
    """The packet list of an attended event, filtered; each row carries the organisation's own
    mark (``mark``) and nothing of another organisation."""
    queryset = visible_profiles(event=event)
    if filters.get("sector"):
        queryset = queryset.filter(sectors__translation_key=filters["sector"].translation_key)
    if filters.get("occupation"):
        queryset = queryset.filter(target_occupations__icontains=filters["occupation"])
    if filters.get("skill"):
        queryset = queryset.filter(skills__name__icontains=filters["skill"])
    if filters.get("french"):
        queryset = queryset.filter(french_level__in=filters["french"])
    if filters.get("english"):
        queryset = queryset.filter(english_level__in=filters["english"])
    if filters.get("experience") is not None:
        queryset = queryset.filter(years_of_experience__gte=filters["experience"])
    marks = InterestMark.objects.filter(organisation=organisation, event=event)
    rows = list(queryset.distinct().prefetch_related("skills", "sectors").order_by("pk"))
    by_user = {
        mark.participant_id: mark
        for mark in marks.filter(participant_id__in=[r.user_id for r in rows])
    }
    for row in rows:
        row.mark = by_user.get(row.user_id)
    return rows


def attending_organisations(*, event: EventPage, participant=None) -> list[EventParticipation]:
    """The organisations at an event with their published openings; with ``participant``, each
    carries that participant's own interest (``interest``), never the employer's mark."""
    participations = list(
        EventParticipation.objects.filter(event=event, organisation__active=True)
        .select_related("organisation", "organisation__logo")
        .prefetch_related(
            Prefetch("openings", queryset=Opening.objects.filter(published=True).order_by("title"))
        )
        .order_by("organisation__name")
    )
    if participant is not None:
        interests = dict(
            ParticipantInterest.objects.filter(participant=participant, event=event).values_list(
                "organisation_id", "level"
            )
        )
        for participation in participations:
            participation.interest = interests.get(participation.organisation_id, "")
    return participations


def confirmed_recruitment_events(*, user) -> list[EventPage]:
    """The participant's confirmed recruitment events that employers attend."""
    return list(
        EventPage.objects.filter(
            kind=EventKind.RECRUITMENT_EVENT,
            signups__user=user,
            signups__status=SignUpStatus.CONFIRMED,
        )
        .filter(Exists(EventParticipation.objects.filter(event=OuterRef("pk"))))
        .live()
        .order_by("start")
    )


def is_confirmed(*, user, event: EventPage) -> bool:
    return SignUp.objects.filter(user=user, event=event, status=SignUpStatus.CONFIRMED).exists()


def recruits_for_participant(*, organisation_id: int, participant_id: int) -> bool:
    """The hook's question: is the participant confirmed for an event this organisation attends?"""
    return SignUp.objects.filter(
        Q(user_id=participant_id, status=SignUpStatus.CONFIRMED),
        event__employer_participations__organisation_id=organisation_id,
    ).exists()
