"""Reading events: lists with filters, a visitor's state on an event page, a participant's events.

Each function runs a fixed number of queries, whatever the number of events, hosts and sign-ups.
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from sectors.models import SectorBriefingPage

from .choices import STEP_OF_KIND, Attendance, EventKind, SignUpStatus
from .models import EventPage, SignUp
from .services import eligibility_error, timing_error


class EventFilterForm(forms.Form):
    step = forms.TypedChoiceField(
        label=_("Step"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[
            ("", _("All steps")),
            (1, _("Step 1: welcome sessions")),
            (2, _("Step 2: sector activities")),
            (3, _("Step 3: recruitment events")),
        ],
    )
    sector = forms.ModelChoiceField(
        label=_("Sector"), required=False, queryset=SectorBriefingPage.objects.none()
    )
    attendance = forms.ChoiceField(
        label=_("Format"),
        required=False,
        choices=[("", _("Online or in person")), *Attendance.choices],
    )
    month = forms.DateField(
        label=_("Month"),
        required=False,
        input_formats=["%Y-%m"],
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
    )

    def __init__(self, *args, locale: Locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sector"].queryset = (
            SectorBriefingPage.objects.live().filter(locale=locale).order_by("title")
        )


@dataclass
class EventFilters:
    form: EventFilterForm
    cleaned: dict


def event_filters(data, *, locale: Locale) -> EventFilters:
    form = EventFilterForm(data or None, locale=locale)
    cleaned = {}
    if form.is_bound and form.is_valid():
        cleaned = {key: value for key, value in form.cleaned_data.items() if value}
    return EventFilters(form=form, cleaned=cleaned)


def _events(locale_id=None) -> QuerySet[EventPage]:
    queryset = EventPage.objects.live().select_related("locale")
    if locale_id is not None:
        queryset = queryset.filter(locale_id=locale_id)
    return queryset.prefetch_related(
        Prefetch("sectors", queryset=SectorBriefingPage.objects.only("id", "title", "url_path"))
    ).order_by("start", "pk")


def events_under(
    *,
    index_page: Page,
    step: int | None = None,
    sector: SectorBriefingPage | None = None,
    attendance: str | None = None,
    month: datetime.date | None = None,
    now: datetime.datetime | None = None,
) -> list[EventPage]:
    """Upcoming live events of an index (in its language), soonest first, filtered."""
    now = now or timezone.now()
    queryset = _events().child_of(index_page).filter(end__gte=now)
    if step:
        queryset = queryset.filter(
            kind__in=[kind for kind, number in STEP_OF_KIND.items() if number == step]
        )
    if sector is not None:
        # Sectors are synchronised from the French page: an English event lists French sectors.
        queryset = queryset.filter(sectors__translation_key=sector.translation_key)
    if attendance:
        queryset = queryset.filter(attendance=attendance)
    if month:
        queryset = queryset.filter(start__year=month.year, start__month=month.month)
    return list(queryset.distinct())


def upcoming_events(
    *,
    locale: Locale,
    kinds: list[str] | None = None,
    sector: Page | None = None,
    limit: int | None = None,
    now: datetime.datetime | None = None,
) -> list[EventPage]:
    """The next live events in a language: for the home page, the welcome activity, a sector."""
    now = now or timezone.now()
    queryset = _events(locale.pk).filter(end__gte=now, is_cancelled=False)
    if kinds:
        queryset = queryset.filter(kind__in=kinds)
    if sector is not None:
        queryset = queryset.filter(sectors__translation_key=sector.translation_key)
    queryset = queryset.distinct()
    return list(queryset[:limit] if limit else queryset)


@dataclass(frozen=True)
class EventPageState:
    """What the event page says about seats and the visitor's place."""

    confirmed: int
    waiting: int
    seats_left: int
    signup: SignUp | None
    position: int | None  # on the waiting list, from 1
    blocker: str  # why signing up is not possible now ("" when it is)
    blocker_message: str
    can_cancel: bool

    @property
    def is_confirmed(self) -> bool:
        return bool(self.signup) and self.signup.status == SignUpStatus.CONFIRMED

    @property
    def is_waiting(self) -> bool:
        return bool(self.signup) and self.signup.status == SignUpStatus.WAITING

    @property
    def is_full(self) -> bool:
        return self.seats_left <= 0


def event_page_state(*, event: EventPage, user, now: datetime.datetime | None = None):
    now = now or timezone.now()
    source = event.source_event
    counts = source.signups.counts()
    signup = None
    position = None
    if user.is_authenticated:
        signup = (
            SignUp.objects.active().filter(event=source, user=user).first()
            if user.is_authenticated
            else None
        )
        if signup and signup.status == SignUpStatus.WAITING:
            position = (
                source.signups.waiting()
                .filter(queued_at__lte=signup.queued_at)
                .exclude(queued_at=signup.queued_at, pk__gt=signup.pk)
                .count()
            )
    error = timing_error(event=source, now=now)
    if error is None and signup is None and user.is_authenticated:
        error = eligibility_error(event=source, user=user)
    return EventPageState(
        confirmed=counts["confirmed"],
        waiting=counts["waiting"],
        seats_left=max(source.capacity - counts["confirmed"], 0),
        signup=signup,
        position=position,
        blocker=error.code if error else "",
        blocker_message=str(error.message) if error else "",
        can_cancel=bool(signup)
        and (signup.status == SignUpStatus.WAITING or now < source.cancellation_deadline()),
    )


def participant_signups(*, user, statuses=None) -> list[SignUp]:
    """A participant's sign-ups with their events (the source pages), soonest first."""
    queryset = SignUp.objects.filter(user=user).select_related("event", "event__locale")
    if statuses:
        queryset = queryset.filter(status__in=statuses)
    return list(queryset.order_by("event__start", "pk"))


def translated_events(events: list[EventPage], *, locale: Locale) -> dict[int, EventPage]:
    """The live translation of each event in `locale` (by source page id), in one query."""
    keys = {event.translation_key: event.pk for event in events}
    translations = EventPage.objects.live().filter(translation_key__in=keys, locale=locale)
    found = {keys[page.translation_key]: page for page in translations.select_related("locale")}
    return {event.pk: found.get(event.pk, event) for event in events}


def translated_event(event: EventPage, *, language: str) -> EventPage:
    """The live translation of one event in `language`, else the event itself."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None or locale.pk == event.locale_id:
        return event
    return translated_events([event], locale=locale)[event.pk]


def attended_steps(*, user) -> set[int]:
    kinds = set(
        SignUp.objects.filter(user=user, attended=True).values_list("event__kind", flat=True)
    )
    return {STEP_OF_KIND[kind] for kind in kinds if kind in STEP_OF_KIND}


def suggested_events(
    *, user, locale: Locale, exclude_ids: set[int], limit: int | None = 3, now=None
) -> list[EventPage]:
    """Upcoming sector activities in the participant's sectors of interest."""
    from registration.selectors import registration_for_user

    registration = registration_for_user(user=user)
    if registration is None:
        return []
    keys = list(registration.sectors.values_list("translation_key", flat=True))
    if not keys:
        return []
    now = now or timezone.now()
    events = (
        _events(locale.pk)
        .filter(
            kind=EventKind.SECTOR_ACTIVITY,
            end__gte=now,
            is_cancelled=False,
            sectors__translation_key__in=keys,
        )
        .exclude(
            translation_key__in=EventPage.objects.filter(pk__in=exclude_ids).values(
                "translation_key"
            )
        )
        .distinct()
    )
    return list(events[:limit] if limit else events)
