"""What changes outcomes data: the follow-up scheduler (`send_followups`), answers by link or by
phone, unsubscribing, and the employers' questionnaire.

Sending follows events/notifications.py: each e-mail has a marker on its row, set in the same
transaction that sends it, under a row lock other runs skip. Running the command every few
minutes, or twice at once, sends each e-mail once. Logs carry ids and counts, never a person.
"""

import datetime
import logging
from collections import Counter

from dateutil.relativedelta import relativedelta
from django.db import transaction
from django.db.models import F, Min, Q, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone, translation

from employers.models import EventParticipation
from events.choices import EventKind
from events.models import SignUp
from home.emails import send_templated_email
from home.links import absolute_url
from registration.selectors import preferred_language

from . import tokens
from .choices import Answer
from .models import Checkpoint, EmployerFollowUp, FollowUpSettings

logger = logging.getLogger(__name__)

MAX_REMINDERS = 2
# A checkpoint first seen long after its date (the feature switched on, offsets changed) is not
# e-mailed out of the blue: it waits in the advisors' "did not answer" list instead.
SEND_WINDOW = datetime.timedelta(days=60)


# --- Scheduling ----------------------------------------------------------------------------------


def path_completions() -> dict[int, datetime.date]:
    """Participant id → the day they completed the path: their first attended recruitment event
    (step 3 of « Mon parcours » is done when its event is attended)."""
    rows = (
        SignUp.objects.filter(attended=True, event__kind=EventKind.RECRUITMENT_EVENT)
        .values("user_id")
        .annotate(first=Min("event__start"))
        .values_list("user_id", "first")
    )
    return {user_id: timezone.localdate(first) for user_id, first in rows}


def create_checkpoints(*, offsets: list[int] | None = None) -> int:
    """One checkpoint per participant and offset, once they completed the path; idempotent."""
    offsets = offsets or FollowUpSettings.load().offsets
    completions = path_completions()
    if not completions:
        return 0
    stopped = set(
        Checkpoint.objects.filter(unsubscribed_at__isnull=False).values_list(
            "participant_id", flat=True
        )
    )
    existing = set(Checkpoint.objects.values_list("participant_id", "months"))
    new = [
        Checkpoint(participant_id=user_id, months=months, due_on=day + relativedelta(months=months))
        for user_id, day in completions.items()
        if user_id not in stopped
        for months in offsets
        if (user_id, months) not in existing
    ]
    Checkpoint.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


# --- Links -----------------------------------------------------------------------------------------


def checkpoint_token(checkpoint: Checkpoint) -> str:
    return tokens.make(
        tokens.CHECKPOINT_ANSWER, object_id=checkpoint.pk, owner_id=checkpoint.participant_id
    )


def unsubscribe_token(checkpoint: Checkpoint) -> str:
    return tokens.make(
        tokens.UNSUBSCRIBE, object_id=checkpoint.pk, owner_id=checkpoint.participant_id
    )


def employer_token(followup: EmployerFollowUp) -> str:
    return tokens.make(
        tokens.EMPLOYER_FOLLOWUP,
        object_id=followup.pk,
        owner_id=followup.participation.organisation_id,
    )


def checkpoint_links(checkpoint: Checkpoint, language: str) -> dict:
    token = checkpoint_token(checkpoint)
    with translation.override(language):
        return {
            "answers": [
                (
                    label,
                    absolute_url(
                        reverse("outcomes:answer", kwargs={"token": token, "answer": value})
                    ),
                )
                for value, label in Answer.choices
            ],
            "page": absolute_url(reverse("outcomes:checkpoint", kwargs={"token": token})),
            "unsubscribe": absolute_url(
                reverse("outcomes:unsubscribe", kwargs={"token": unsubscribe_token(checkpoint)})
            ),
        }


# --- Participants' e-mails -------------------------------------------------------------------------


def _reachable() -> Q:
    # Deactivated or anonymised accounts get nothing; a deleted account took its checkpoints.
    return Q(
        participant__is_active=True,
        participant__registration__anonymised_at__isnull=True,
        answered_at__isnull=True,
        unsubscribed_at__isnull=True,
    )


def _send_checkpoint(checkpoint: Checkpoint, *, reminder: bool) -> None:
    participant = checkpoint.participant
    language = preferred_language(participant, default="fr")
    links = checkpoint_links(checkpoint, language)
    send_templated_email(
        "outcomes/emails/checkpoint",
        to=[participant.email],
        context={
            "first_name": participant.first_name,
            "checkpoint": checkpoint,
            "links": links,
            "reminder": reminder,
            "valid_days": FollowUpSettings.load().link_valid_days,
        },
        language=language,
        headers={"List-Unsubscribe": f"<{links['unsubscribe']}>"},
    )


def _send_each(kind: str, condition: Q, markers, counts: Counter, failed: Counter) -> None:
    ids = list(Checkpoint.objects.filter(condition).values_list("pk", flat=True))
    for pk in ids:
        with transaction.atomic():
            checkpoint = (
                Checkpoint.objects.select_for_update(skip_locked=True, of=("self",))
                .select_related("participant", "participant__registration")
                .filter(condition, pk=pk)
                .first()
            )
            if checkpoint is None:  # sent by another run meanwhile, or no longer due
                continue
            try:
                _send_checkpoint(checkpoint, reminder=kind == "reminder")
            except Exception as error:  # noqa: BLE001 - one refused address stops no one else
                logger.warning(
                    "Follow-up %s for checkpoint %s not sent (%s)", kind, pk, type(error).__name__
                )
                failed[kind] += 1
                continue
            Checkpoint.objects.filter(pk=pk).update(**markers)
        counts[kind] += 1


def send_checkpoint_emails(*, now: datetime.datetime, counts: Counter, failed: Counter) -> None:
    today = timezone.localdate(now)
    settings = FollowUpSettings.load()
    first = _reachable() & Q(
        sent_at__isnull=True, due_on__lte=today, due_on__gte=today - SEND_WINDOW
    )
    _send_each("checkpoint", first, {"sent_at": now}, counts, failed)
    since = now - datetime.timedelta(days=settings.reminder_after_days)
    reminder = (
        _reachable()
        & Q(sent_at__lte=since, reminders_sent__lt=MAX_REMINDERS)
        & (Q(last_reminder_at__isnull=True) | Q(last_reminder_at__lte=since))
    )
    _send_each(
        "reminder",
        reminder,
        {"reminders_sent": F("reminders_sent") + 1, "last_reminder_at": now},
        counts,
        failed,
    )


# --- Employers' questionnaire ------------------------------------------------------------------


def _employer_recipients(participation: EventParticipation) -> list[str]:
    organisation = participation.organisation
    if organisation.contact_email:
        return [organisation.contact_email]
    return sorted(
        {
            recruiter.user.email
            for recruiter in organisation.recruiters.filter(active=True).select_related("user")
            if recruiter.user.is_active
        }
    )


def send_employer_followups(*, now: datetime.datetime, counts: Counter, failed: Counter) -> None:
    months = FollowUpSettings.load().employer_followup_months
    after = now - relativedelta(months=months)
    due = EventParticipation.objects.filter(
        event__kind=EventKind.RECRUITMENT_EVENT,
        event__is_cancelled=False,
        event__start__lte=after,
        event__start__gte=after - SEND_WINDOW,
        followup__isnull=True,
    )
    EmployerFollowUp.objects.bulk_create(
        [EmployerFollowUp(participation_id=pk) for pk in due.values_list("pk", flat=True)],
        ignore_conflicts=True,
    )
    for pk in EmployerFollowUp.objects.filter(sent_at__isnull=True).values_list("pk", flat=True):
        with transaction.atomic():
            followup = (
                EmployerFollowUp.objects.select_for_update(skip_locked=True, of=("self",))
                .select_related("participation__organisation", "participation__event")
                .filter(pk=pk, sent_at__isnull=True)
                .first()
            )
            if followup is None:
                continue
            recipients = _employer_recipients(followup.participation)
            if recipients:
                try:
                    send_employer_questionnaire(followup, to=recipients)
                except Exception as error:  # noqa: BLE001
                    logger.warning("Employer follow-up %s not sent (%s)", pk, type(error).__name__)
                    failed["employer"] += 1
                    continue
            EmployerFollowUp.objects.filter(pk=pk).update(sent_at=now)
        counts["employer"] += 1


def employer_links(followup: EmployerFollowUp) -> dict[str, str]:
    token = employer_token(followup)
    links = {}
    for language in ("fr", "en"):
        with translation.override(language):
            links[language] = absolute_url(
                reverse("outcomes:employer_followup", kwargs={"token": token})
            )
    return links


def send_employer_questionnaire(followup: EmployerFollowUp, *, to: list[str]) -> None:
    """One bilingual message (French, then English), each part with its own link."""
    send_templated_email(
        "outcomes/emails/employer_followup",
        to=to,
        context={
            "organisation": followup.participation.organisation,
            "event": followup.participation.event,
            "links": employer_links(followup),
            "valid_days": FollowUpSettings.load().link_valid_days,
        },
        language="fr",
    )


def send_followups(*, now: datetime.datetime | None = None) -> Counter:
    """Everything the scheduler does, in order; returns how many e-mails of each kind went out."""
    now = now or timezone.now()
    counts, failed = Counter(), Counter()
    create_checkpoints()
    send_checkpoint_emails(now=now, counts=counts, failed=failed)
    send_employer_followups(now=now, counts=counts, failed=failed)
    if counts:
        logger.info("Follow-up e-mails sent: %s", dict(counts))  # counts only, never who
    if failed:
        logger.warning("Follow-up e-mails not sent: %s", dict(failed))
    return counts


# --- Answers -----------------------------------------------------------------------------------


def record_answer(
    *, checkpoint: Checkpoint, answer: str, by_phone=None, now: datetime.datetime | None = None
) -> bool:
    """Record (or change) an answer; the same answer again changes nothing. Returns whether it
    changed. ``by_phone`` is the advisor who took it during a call."""
    if answer not in Answer.values:
        raise ValueError(answer)
    by_phone_id = by_phone.pk if by_phone is not None else None
    if checkpoint.answer == answer and checkpoint.answered_by_phone_id == by_phone_id:
        return False
    checkpoint.answer = answer
    checkpoint.answered_at = now or timezone.now()
    checkpoint.answered_by_phone = by_phone
    checkpoint.save(update_fields=["answer", "answered_at", "answered_by_phone"])
    return True


def record_details(
    *, checkpoint: Checkpoint, employer_type: str, sector, from_connection, may_contact
) -> None:
    checkpoint.employer_type = employer_type or ""
    checkpoint.sector = sector
    checkpoint.from_connection = from_connection
    checkpoint.may_contact = may_contact
    checkpoint.save(update_fields=["employer_type", "sector", "from_connection", "may_contact"])


def unsubscribe(*, participant_id: int, now: datetime.datetime | None = None) -> int:
    """No more follow-up e-mails for this person (their answers stay); again is harmless."""
    return Checkpoint.objects.filter(
        participant_id=participant_id, unsubscribed_at__isnull=True
    ).update(unsubscribed_at=now or timezone.now())


def record_employer_answer(
    *, followup: EmployerFollowUp, hires, match_quality: str, would_return
) -> None:
    followup.hires = hires
    followup.match_quality = match_quality or ""
    followup.would_return = would_return
    followup.answered_at = timezone.now()
    followup.save(update_fields=["hires", "match_quality", "would_return", "answered_at"])


def anonymise(*, participant_id: int) -> None:
    """For the retention job: keep the answers (counted, now nameless), drop the rest."""
    Checkpoint.objects.filter(participant_id=participant_id).update(
        may_contact=None,
        sector=None,
        employer_type="",
        unsubscribed_at=Coalesce("unsubscribed_at", Value(timezone.now())),
    )
