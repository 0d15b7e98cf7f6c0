"""The e-mails of events, sent outside requests by `manage.py send_event_messages`.

Each message has a sent-at marker on the sign-up: a message is due while its marker is empty, and
the marker is set in the same transaction that sends it, under a row lock that other runs skip.
Running the command every few minutes, or twice at once, sends each message once.
"""

import datetime
import logging
from collections import Counter
from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone, translation

from home.emails import send_templated_email
from home.links import absolute_url
from registration.selectors import preferred_language

from .choices import SignUpStatus
from .models import EventPage, SignUp
from .selectors import translated_event

logger = logging.getLogger(__name__)

DAY = datetime.timedelta(hours=24)
HOUR = datetime.timedelta(hours=1)
ACTIVE = [SignUpStatus.CONFIRMED, SignUpStatus.WAITING]


def _language(signup: SignUp) -> str:
    return preferred_language(signup.user, default="fr")


def message_context(signup: SignUp, language: str) -> dict:
    page = translated_event(signup.event, language=language)
    with translation.override(language):
        ics = reverse("events:event_ics", args=[page.pk])
    return {
        "first_name": signup.user.first_name,
        "event": page,
        "event_url": absolute_url(page.url or ""),
        "ics_url": absolute_url(ics),
        "meeting_link": signup.event.meeting_link
        if signup.status == SignUpStatus.CONFIRMED and signup.event.is_online
        else "",
        "signup": signup,
    }


def send(signup: SignUp, name: str) -> None:
    language = _language(signup)
    send_templated_email(
        f"events/emails/{name}",
        to=[signup.user.email],
        context=message_context(signup, language),
        language=language,
        # One message per sign-up, kind and event time, whoever enqueues it (the worker's key).
        # A cancelled sign-up taken again keeps its row but gets a new arrival time: its
        # messages are new ones, not repeats of those already sent.
        idempotency_key=(
            f"events:{name}:{signup.pk}:{signup.queued_at.isoformat()}:"
            f"{signup.event.start.isoformat()}"
        ),
    )


# name → (which sign-ups are due at `now`, the template for a sign-up, the fields to set)
def _due(now: datetime.datetime) -> list[tuple[str, Q]]:
    upcoming = Q(event__start__gt=now, event__is_cancelled=False)
    # Anonymised or deactivated accounts get nothing (their address may be gone).
    active = Q(user__is_active=True)
    due = [
        (
            "event_cancelled",
            Q(event__is_cancelled=True, event_cancelled_sent_at__isnull=True, status__in=ACTIVE)
            & Q(event__end__gt=now),
        ),
        (
            "promotion",
            upcoming
            & Q(status=SignUpStatus.CONFIRMED, promoted_at__isnull=False)
            & Q(promotion_sent_at__isnull=True),
        ),
        (
            "confirmation",
            upcoming & Q(status__in=ACTIVE, confirmation_sent_at__isnull=True, promoted_at=None),
        ),
        (
            "changed",
            upcoming
            & Q(status__in=ACTIVE, notified_start__isnull=False)
            & ~Q(notified_start=F("event__start")),
        ),
        (
            "hour_before",
            upcoming
            & Q(status=SignUpStatus.CONFIRMED, hour_before_sent_at__isnull=True)
            & Q(event__start__lte=now + HOUR),
        ),
        (
            "day_before",
            upcoming
            & Q(status=SignUpStatus.CONFIRMED, day_before_sent_at__isnull=True)
            & Q(event__start__lte=now + DAY, event__start__gt=now + HOUR),
        ),
    ]
    return [(kind, active & condition) for kind, condition in due]


def _template_and_markers(kind: str, signup: SignUp, now) -> tuple[str, dict]:
    if kind == "event_cancelled":
        return "event_cancelled", {"event_cancelled_sent_at": now}
    if kind == "promotion":
        return "promoted", {
            "promotion_sent_at": now,
            "confirmation_sent_at": now,
            "notified_start": signup.event.start,
        }
    if kind == "confirmation":
        name = "confirmed" if signup.status == SignUpStatus.CONFIRMED else "waiting"
        return name, {"confirmation_sent_at": now, "notified_start": signup.event.start}
    if kind == "changed":
        # New times: the reminders are due again for the new date.
        return "changed", {
            "notified_start": signup.event.start,
            "day_before_sent_at": None,
            "hour_before_sent_at": None,
        }
    if kind == "hour_before":
        return "hour_before", {"hour_before_sent_at": now, "day_before_sent_at": now}
    return "day_before", {"day_before_sent_at": now}


def send_due_messages(*, now: datetime.datetime | None = None) -> Counter:
    """Send every message that is due; returns how many of each kind went out."""
    now = now or timezone.now()
    sent = Counter()
    failed = Counter()
    for kind, condition in _due(now):
        ids = list(SignUp.objects.filter(condition).values_list("pk", flat=True))
        for pk in ids:
            with transaction.atomic():
                signup = (
                    SignUp.objects.select_for_update(skip_locked=True, of=("self",))
                    .select_related("event", "user", "user__registration")
                    .filter(condition, pk=pk)
                    .first()
                )
                if signup is None:  # sent by another run meanwhile, or no longer due
                    continue
                name, markers = _template_and_markers(kind, signup, now)
                try:
                    send(signup, name)
                except Exception as error:  # noqa: BLE001 - one refused address stops no one else
                    # Never the address: the sign-up's id and the kind of error only. The marker
                    # stays empty, so the next run tries again.
                    logger.warning(
                        "Event message %s for sign-up %s not sent (%s)",
                        kind,
                        pk,
                        type(error).__name__,
                    )
                    failed[kind] += 1
                    continue
                SignUp.objects.filter(pk=pk).update(**markers)
            sent[kind] += 1
    if sent:
        logger.info("Event messages sent: %s", dict(sent))  # counts only, never who
    if failed:
        logger.warning("Event messages not sent: %s", dict(failed))
    return sent


@dataclass(frozen=True)
class StaffMessageOutcome:
    sent: int  # participants who got the message now
    failed: int  # participants the mail server refused (tried again on a repeat)
    already: int  # participants who already had this message (a double click, a repeat)


# How long a message id is remembered: a repeat within it sends nothing twice.
MESSAGE_ID_TIMEOUT = 7 * 24 * 3600


def message_confirmed_participants(
    *, event: EventPage, subject: dict, body: dict, message_id: str = ""
) -> StaffMessageOutcome:
    """An advisor's message to every confirmed participant, each in their language.

    `subject` and `body` map a language code to the text in that language. With a `message_id`
    (one per form), each participant gets that message at most once: a double click or sending
    the form again reaches only those who did not get it yet (a refused address, for instance).
    One refused address stops no one else; the log names nobody."""
    signups = (
        event.source_event.signups.confirmed()
        .select_related("event", "user", "user__registration")
        .order_by("pk")
    )
    sent = failed = already = 0
    for signup in signups:
        key = f"events:staff-message:{message_id}:{signup.pk}" if message_id else ""
        if key and not cache.add(key, True, MESSAGE_ID_TIMEOUT):
            already += 1
            continue
        language = _language(signup)
        if language not in body or not body[language]:
            language = "fr" if body.get("fr") else "en"
        try:
            send_templated_email(
                "events/emails/staff_message",
                to=[signup.user.email],
                context={
                    **message_context(signup, language),
                    "subject": subject.get(language) or subject.get("fr") or "",
                    "body": body[language],
                },
                language=language,
                # Stored with the task, in the database: a repeat sends nothing even when the
                # shared cache was unreachable or evicted the key above.
                idempotency_key=key,
            )
        except Exception as error:  # noqa: BLE001 - the others still get the message
            if key:
                cache.delete(key)  # a repeat tries this participant again
            logger.warning(
                "Advisor message for sign-up %s not sent (%s)", signup.pk, type(error).__name__
            )
            failed += 1
            continue
        sent += 1
    return StaffMessageOutcome(sent=sent, failed=failed, already=already)
