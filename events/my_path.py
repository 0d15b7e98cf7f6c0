"""Events in « My path »: each step's events with their real state, the next events, suggestions
and the personal calendar feed. One bundle of queries per request, shared by the sections."""

from dataclasses import dataclass, field

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from home.links import absolute_url
from registration.choices import PipelineStatus
from registration.my_path import MyPathSection

from . import selectors
from .choices import STEP_OF_KIND, EventKind, SignUpStatus
from .models import CalendarFeed, EventPage, SignUp
from .services import eligibility_error, timing_error


@dataclass
class MyEvents:
    signups: list[SignUp]
    pages: dict[int, EventPage]  # source event id → the page in the visitor's language
    suggestions: list[EventPage]
    feed: CalendarFeed | None
    by_step: dict[int, list[SignUp]] = field(default_factory=dict)
    # Steps 1 and 3: the next events to sign up for in one click, while the step has none.
    offers: dict[int, list[EventPage]] = field(default_factory=dict)

    @property
    def feed_url(self) -> str:
        if self.feed is None:
            return ""
        return absolute_url(reverse("events:calendar_feed", args=[self.feed.token]))

    def upcoming(self) -> list[SignUp]:
        now = timezone.now()
        return [
            signup
            for signup in self.signups
            if signup.status != SignUpStatus.CANCELLED and signup.event.end >= now
        ]


def _open_to(user, events: list[EventPage], *, limit: int = 3) -> list[EventPage]:
    """The events this participant could sign up for now: who may sign up, the sign-up window,
    not started, not cancelled (the same rules as the sign-up itself)."""
    now = timezone.now()
    open_events = []
    for event in events:
        source = event.source_event
        if (
            timing_error(event=source, now=now) is None
            and eligibility_error(event=source, user=user) is None
        ):
            open_events.append(event)
            if len(open_events) == limit:
                break
    return open_events


def my_events(*, user, request: HttpRequest) -> MyEvents:
    cached = getattr(request, "_my_events", None)
    if cached is not None and cached[0] == user.pk:
        return cached[1]
    locale = Locale.get_active()
    signups = selectors.participant_signups(user=user)
    pages = selectors.translated_events([signup.event for signup in signups], locale=locale)
    for signup in signups:
        signup.page = pages[signup.event.pk]
    suggestions = _open_to(
        user,
        selectors.suggested_events(
            user=user,
            locale=locale,
            exclude_ids={signup.event_id for signup in signups if signup.status != "cancelled"},
            limit=None,
        ),
    )
    result = MyEvents(
        signups=signups,
        pages=pages,
        suggestions=suggestions,
        feed=CalendarFeed.objects.filter(user=user).first(),
    )
    for signup in signups:
        if signup.status != SignUpStatus.CANCELLED or signup.attended:
            result.by_step.setdefault(STEP_OF_KIND[signup.event.kind], []).append(signup)
    status = getattr(getattr(user, "registration", None), "status", None)
    offered_kinds = {1: EventKind.WELCOME_SESSION}
    if status in (PipelineStatus.READY, PipelineStatus.EMPLOYED):
        offered_kinds[3] = EventKind.RECRUITMENT_EVENT
    for step, kind in offered_kinds.items():
        if not result.by_step.get(step):
            result.offers[step] = _open_to(
                user, selectors.upcoming_events(locale=locale, kinds=[kind])
            )
    request._my_events = (user.pk, result)
    return result


def step_section(*, step: int, user, request: HttpRequest) -> MyPathSection | None:
    if not user.is_authenticated or not hasattr(user, "registration"):
        return None
    events = my_events(user=user, request=request)
    in_step = events.by_step.get(step, [])
    attended = any(signup.attended for signup in in_step)
    return MyPathSection(
        template="events/my_path_step.html",
        context={
            "step_signups": in_step,
            "step_attended": attended,
            "step_offers": events.offers.get(step, []),
        },
        order=20,
        step=step,
        done=True if attended else (False if in_step else None),
    )


def next_events_section(*, user, request: HttpRequest) -> MyPathSection | None:
    if not user.is_authenticated or not hasattr(user, "registration"):
        return None
    events = my_events(user=user, request=request)
    return MyPathSection(
        template="events/my_path_next_events.html",
        context={"my_events": events},
        order=5,
    )
