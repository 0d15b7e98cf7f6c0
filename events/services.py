"""Sign-up and cancellation: every change of seats happens here, under a lock on the event row.

Two visitors (or two clicks) that change the same event's seats queue on
`select_for_update()` of the event page: the second one sees what the first one did, so no seat
is given twice and the waiting list keeps the order of arrival. The unique constraint on
(event, participant) is the last line of defence against a double click.
"""

import datetime
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from registration.choices import PipelineStatus
from registration.models import Registration, User

from .choices import SignUpStatus, WhoMaySignUp
from .models import CalendarFeed, EventInvitation, EventPage, SignUp, new_calendar_token


class SignUpError(Exception):
    """A refused sign-up or cancellation; `message` says why and what to do, in the visitor's
    language (it is lazy)."""

    def __init__(self, code: str, message):
        super().__init__(code)
        self.code = code
        self.message = message


NOT_FOUND = _("This event does not exist or is no longer open. Choose one from the list of events.")
PAST = _("This event has already taken place. Choose an upcoming event from the list.")
CANCELLED = _("This event has been cancelled. Choose another event from the list.")
NOT_OPEN = _("Sign-up for this event is not open yet. Come back on the opening date.")
CLOSED = _("Sign-up for this event is closed. Choose another event or ask your advisor.")
ALREADY = _("You are already signed up for this event: your place is kept.")
NOT_REGISTERED = _(
    "Signing up for events is for registered participants. Register for the program first."
)
NOT_READY = _(
    "This event is for participants ready for recruitment events. Your advisor will tell you "
    "when you are ready."
)
NOT_INVITED = _("This event is on invitation only. Ask your advisor if you wish to take part.")
NOT_SIGNED_UP = _("You are not signed up for this event.")
TOO_LATE_TO_CANCEL = _(
    "It is too late to cancel online. Please write to your advisor if you cannot come."
)


@dataclass(frozen=True)
class Outcome:
    signup: SignUp
    promoted: SignUp | None = None


def _locked_event(event_id) -> EventPage:
    try:
        event_id = int(event_id)
    except (TypeError, ValueError):
        raise SignUpError("not_found", NOT_FOUND) from None
    try:
        # Lock only the event's own row (not the joined page row): it is what orders sign-ups.
        event = EventPage.objects.select_for_update(of=("self",)).get(pk=event_id)
    except EventPage.DoesNotExist:
        raise SignUpError("not_found", NOT_FOUND) from None
    if not event.live:
        raise SignUpError("not_found", NOT_FOUND)
    if event.source_event.pk != event.pk:
        # An English page: its seats are the French page's.
        event = EventPage.objects.select_for_update(of=("self",)).get(pk=event.source_event.pk)
    return event


def eligibility_error(*, event: EventPage, user: User) -> SignUpError | None:
    """Why this participant may not sign up for this event, or None."""
    if not user.is_authenticated:
        return SignUpError("not_registered", NOT_REGISTERED)
    registration = Registration.objects.filter(user=user).only("status").first()
    if registration is None or registration.status == PipelineStatus.WITHDRAWN:
        return SignUpError("not_registered", NOT_REGISTERED)
    if event.who_may_sign_up == WhoMaySignUp.READY and registration.status not in (
        PipelineStatus.READY,
        PipelineStatus.EMPLOYED,
    ):
        return SignUpError("not_ready", NOT_READY)
    if (
        event.who_may_sign_up == WhoMaySignUp.INVITATION
        and not EventInvitation.objects.filter(event=event, user=user).exists()
    ):
        return SignUpError("not_invited", NOT_INVITED)
    return None


def timing_error(*, event: EventPage, now: datetime.datetime) -> SignUpError | None:
    if event.is_cancelled:
        return SignUpError("cancelled", CANCELLED)
    if event.start <= now:
        return SignUpError("past", PAST)
    if event.signup_opens and now < event.signup_opens:
        return SignUpError("not_open", NOT_OPEN)
    if now >= event.closes_at:
        return SignUpError("closed", CLOSED)
    return None


def sign_up(
    *,
    event_id,
    user: User,
    shares_first_name: bool = False,
    now: datetime.datetime | None = None,
) -> SignUp:
    """A confirmed place, or a place on the waiting list when the event is full."""
    now = now or timezone.now()
    with transaction.atomic():
        event = _locked_event(event_id)
        error = timing_error(event=event, now=now) or eligibility_error(event=event, user=user)
        if error:
            raise error
        existing = SignUp.objects.filter(event=event, user=user).first()
        if existing and existing.status != SignUpStatus.CANCELLED:
            raise SignUpError("already", ALREADY)
        full = event.signups.confirmed().count() >= event.capacity
        status = SignUpStatus.WAITING if full else SignUpStatus.CONFIRMED
        signup = existing or SignUp(event=event, user=user)
        signup.status = status
        # Arrival is the order in which sign-ups get the lock: the waiting list follows it.
        signup.queued_at = timezone.now()
        signup.shares_first_name = shares_first_name
        signup.cancelled_at = signup.promoted_at = None
        signup.confirmation_sent_at = signup.promotion_sent_at = None
        signup.day_before_sent_at = signup.hour_before_sent_at = None
        signup.notified_start = event.start
        try:
            with transaction.atomic():
                signup.save()
        except IntegrityError:
            raise SignUpError("already", ALREADY) from None
    return signup


def cancel(*, event_id, user: User, now: datetime.datetime | None = None) -> Outcome:
    """Cancel the participant's place; a freed seat goes to the first person waiting."""
    now = now or timezone.now()
    with transaction.atomic():
        event = _locked_event(event_id)
        signup = SignUp.objects.active().filter(event=event, user=user).first()
        if signup is None:
            raise SignUpError("not_signed_up", NOT_SIGNED_UP)
        if signup.status == SignUpStatus.CONFIRMED and now >= event.cancellation_deadline():
            raise SignUpError("too_late", TOO_LATE_TO_CANCEL)
        was_confirmed = signup.status == SignUpStatus.CONFIRMED
        signup.status = SignUpStatus.CANCELLED
        signup.cancelled_at = now
        signup.save(update_fields=["status", "cancelled_at"])
        promoted = promote_waiting(event=event, now=now) if was_confirmed else []
    return Outcome(signup=signup, promoted=promoted[0] if promoted else None)


def promote_waiting(*, event: EventPage, now: datetime.datetime) -> list[SignUp]:
    """Fill free seats from the waiting list, first come first served. Call with the event
    locked (inside `cancel`, or after an editor raised the capacity)."""
    free = event.capacity - event.signups.confirmed().count()
    if free <= 0:
        return []
    promoted = list(event.signups.waiting()[:free])
    for signup in promoted:
        signup.status = SignUpStatus.CONFIRMED
        signup.promoted_at = now
        signup.save(update_fields=["status", "promoted_at"])
    return promoted


def release_account(*, user: User, now: datetime.datetime | None = None) -> None:
    """An account is anonymised (retention) or deleted: its upcoming places are cancelled, each
    freed seat going to the first person waiting, and its invitations and calendar feed go."""
    now = now or timezone.now()
    with transaction.atomic():
        event_ids = list(
            SignUp.objects.active()
            .filter(user=user, event__start__gt=now)
            .order_by("event_id")  # always the same lock order
            .values_list("event_id", flat=True)
            .distinct()
        )
        for event_id in event_ids:
            event = EventPage.objects.select_for_update(of=("self",)).get(pk=event_id)
            signup = SignUp.objects.active().filter(event=event, user=user).first()
            if signup is None:
                continue
            was_confirmed = signup.status == SignUpStatus.CONFIRMED
            signup.status = SignUpStatus.CANCELLED
            signup.cancelled_at = now
            signup.save(update_fields=["status", "cancelled_at"])
            if was_confirmed and not event.is_cancelled:
                promote_waiting(event=event, now=now)
        EventInvitation.objects.filter(user=user).delete()
        CalendarFeed.objects.filter(user=user).delete()


def mark_attendance(*, signup: SignUp, attended: bool | None) -> SignUp:
    signup.attended = attended
    signup.save(update_fields=["attended"])
    return signup


def calendar_feed(*, user: User) -> CalendarFeed:
    feed, _created = CalendarFeed.objects.get_or_create(user=user)
    return feed


def revoke_calendar_feed(*, user: User) -> CalendarFeed:
    """A new secret: the old feed URL stops working at once."""
    feed = calendar_feed(user=user)
    feed.token = new_calendar_token()
    feed.save(update_fields=["token", "created_at"])
    return feed
