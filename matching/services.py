"""What changes the matching: running it, the advisors' edits of the grid, publishing agendas and
recording outcomes.

Every edit of an event's grid locks the event's `EventMatching` row and checks the version the
advisor's grid was drawn from: two advisors editing at once are serialised, and the second gets
"the schedule changed meanwhile" instead of a conflict. The unique constraints of `Interview`
are the last line (a participant or a table twice in one slot cannot be stored at all).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from connections.choices import ConnectionOrigin
from connections.services import connect
from employers.models import EventParticipation
from events.models import EventPage

from .choices import FeedbackTag, Outcome
from .loader import load_event_data
from .models import EventMatching, Interview, MatchingWeights
from .scheduling import schedule
from .scoring import score_event
from .solver import Problem, solve


class ScheduleError(Exception):
    """An edit refused, with a message for the advisor in their language."""


@dataclass(frozen=True)
class RunSummary:
    interviews: int
    participants_served: int
    participants_with_pair: int
    total_score: int
    slots_used: int


def matching_for(event: EventPage) -> EventMatching:
    matching, _created = EventMatching.objects.get_or_create(event=event.source_event)
    return matching


def _locked(event: EventPage, version: int | None) -> EventMatching:
    matching_for(event)
    matching = (
        EventMatching.objects.select_for_update()
        .select_related("event")
        .get(event=event.source_event)
    )
    if version is not None and matching.version != version:
        raise ScheduleError(
            _("The schedule changed meanwhile (another advisor?): here it is as it is now.")
        )
    return matching


def _changed(matching: EventMatching) -> None:
    matching.version += 1
    if matching.published_at:
        matching.changed_since_publication = True
    matching.save(update_fields=["version", "changed_since_publication"])


def event_scores(event: EventPage, *, slots: int):
    data, tables = load_event_data(event, slots=slots)
    scores = score_event(data, MatchingWeights.load().as_weights())
    return data, tables, scores


@transaction.atomic
def run_matching(*, event: EventPage, user, version: int | None = None) -> RunSummary:
    """Choose the interviews (exact optimum with the fairness floor) and give them tables and
    slots; replaces the event's previous grid."""
    matching = _locked(event, version)
    if (
        Interview.objects.filter(event=matching.event)
        .exclude(organisation_outcome="", participant_outcome="")
        .exists()
    ):
        raise ScheduleError(_("Outcomes are already recorded: the matching cannot run again."))
    data, tables, scores = event_scores(matching.event, slots=matching.slots)
    allowed = {pair: score.total for pair, score in scores.items() if score.allowed}
    solution = solve(
        Problem(
            scores=allowed,
            capacities={o.id: o.capacity for o in data.organisations.values()},
            max_per_participant=min(matching.max_interviews, matching.slots),
        )
    )
    slotted, slots_used = schedule(solution.pairs, tables)
    organisations = {
        p.organisation_id: p.organisation
        for p in EventParticipation.objects.filter(event=matching.event).select_related(
            "organisation"
        )
    }
    Interview.objects.filter(event=matching.event).delete()
    Interview.objects.bulk_create(
        Interview(
            event=matching.event,
            participant_id=s.participant,
            organisation_id=s.organisation,
            table=s.table,
            slot=s.slot,
            score=allowed[(s.participant, s.organisation)],
            room_link=matching.room_link(organisations[s.organisation], s.table),
        )
        for s in slotted
    )
    matching.ran_at = timezone.now()
    matching.ran_by = user
    matching.total_score = solution.total_score
    matching.save(update_fields=["ran_at", "ran_by", "total_score"])
    _changed(matching)
    return RunSummary(
        interviews=len(slotted),
        participants_served=solution.participants_served,
        participants_with_pair=len({p for (p, o) in allowed if data.organisations[o].capacity > 0}),
        total_score=solution.total_score,
        slots_used=slots_used,
    )


def _check_place(matching: EventMatching, *, organisation_id: int, table: int, slot: int) -> None:
    tables = (
        EventParticipation.objects.filter(event=matching.event, organisation_id=organisation_id)
        .values_list("tables_count", flat=True)
        .first()
    )
    if tables is None:
        raise ScheduleError(_("This organisation does not attend the event."))
    if not 1 <= table <= tables:
        raise ScheduleError(
            _("This organisation has tables 1 to %(count)s only.") % {"count": tables}
        )
    if not 0 <= slot < matching.slots:
        raise ScheduleError(_("The event has %(count)s slots only.") % {"count": matching.slots})


def _check_free(
    matching: EventMatching,
    *,
    participant_id: int,
    organisation_id: int,
    table: int,
    slot: int,
    ignore: tuple[int, ...] = (),
) -> None:
    others = Interview.objects.filter(event=matching.event, slot=slot).exclude(pk__in=ignore)
    if others.filter(participant_id=participant_id).exists():
        raise ScheduleError(_("The participant already has an interview in this slot."))
    if others.filter(organisation_id=organisation_id, table=table).exists():
        raise ScheduleError(_("This table already holds an interview in this slot."))


def _save(interview: Interview) -> None:
    try:
        with transaction.atomic():
            interview.save()
    except IntegrityError as error:
        raise ScheduleError(_("This change would create a conflict: it was not made.")) from error


@transaction.atomic
def move_interview(*, interview: Interview, table: int, slot: int, version: int) -> Interview:
    matching = _locked(interview.event, version)
    interview = Interview.objects.get(pk=interview.pk)
    _check_place(matching, organisation_id=interview.organisation_id, table=table, slot=slot)
    _check_free(
        matching,
        participant_id=interview.participant_id,
        organisation_id=interview.organisation_id,
        table=table,
        slot=slot,
        ignore=(interview.pk,),
    )
    interview.table, interview.slot = table, slot
    interview.room_link = matching.room_link(interview.organisation, table)
    _save(interview)
    _changed(matching)
    return interview


@transaction.atomic
def swap_slots(*, first: Interview, second: Interview, version: int) -> None:
    """Exchange the slots of two interviews (each keeps its table)."""
    matching = _locked(first.event, version)
    first = Interview.objects.get(pk=first.pk)
    second = Interview.objects.get(pk=second.pk, event=first.event)
    pair = (first.pk, second.pk)
    for interview, slot in ((first, second.slot), (second, first.slot)):
        _check_free(
            matching,
            participant_id=interview.participant_id,
            organisation_id=interview.organisation_id,
            table=interview.table,
            slot=slot,
            ignore=pair,
        )
    first_slot, second_slot = second.slot, first.slot
    # Park the first one out of the grid so the unique constraints hold at every step.
    first.slot = 1000 + first.pk % 30000
    _save(first)
    second.slot = second_slot
    _save(second)
    first.slot = first_slot
    _save(first)
    _changed(matching)


@transaction.atomic
def add_interview(
    *, event: EventPage, participant, organisation, table: int, slot: int, version: int
) -> Interview:
    matching = _locked(event, version)
    _check_place(matching, organisation_id=organisation.pk, table=table, slot=slot)
    if Interview.objects.filter(
        event=matching.event, participant=participant, organisation=organisation
    ).exists():
        raise ScheduleError(_("This participant already meets this organisation."))
    _check_free(
        matching,
        participant_id=participant.pk,
        organisation_id=organisation.pk,
        table=table,
        slot=slot,
    )
    _data, _tables, scores = event_scores(matching.event, slots=matching.slots)
    score = scores.get((participant.pk, organisation.pk))
    interview = Interview(
        event=matching.event,
        participant=participant,
        organisation=organisation,
        table=table,
        slot=slot,
        score=score.total if score else 0,
        room_link=matching.room_link(organisation, table),
    )
    _save(interview)
    _changed(matching)
    return interview


@transaction.atomic
def remove_interview(*, interview: Interview, version: int) -> None:
    matching = _locked(interview.event, version)
    Interview.objects.filter(pk=interview.pk).delete()
    _changed(matching)


# --- Outcomes ----------------------------------------------------------------------------------


def _connect_if_mutual(interview: Interview) -> None:
    if (
        interview.organisation_outcome == Outcome.CONTINUE
        and interview.participant_outcome == Outcome.CONTINUE
    ):
        connect(
            interview.participant,
            interview.organisation,
            origin=ConnectionOrigin.INTERVIEW,
            event=interview.event,
        )


@transaction.atomic
def record_organisation_outcome(
    *, interview: Interview, outcome: str, note: str = "", feedback: list[str] = ()
) -> Interview:
    interview = Interview.objects.select_for_update().get(pk=interview.pk)
    interview.organisation_outcome = outcome
    interview.organisation_note = note
    interview.feedback = sorted({tag for tag in feedback if tag in FeedbackTag.values})
    interview.save(
        update_fields=["organisation_outcome", "organisation_note", "feedback", "updated_at"]
    )
    _connect_if_mutual(interview)
    return interview


@transaction.atomic
def record_participant_outcome(*, interview: Interview, outcome: str) -> Interview:
    interview = Interview.objects.select_for_update().get(pk=interview.pk)
    interview.participant_outcome = outcome
    interview.save(update_fields=["participant_outcome", "updated_at"])
    _connect_if_mutual(interview)
    return interview
