"""Reads of the matching app for participants and recruiters."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.utils import timezone
from wagtail.models import Locale

from training.models import ModulePage

from .agendas import AgendaLine, lines
from .choices import FEEDBACK_MODULE_HINTS, FEEDBACK_THRESHOLD, FeedbackTag
from .models import Interview


def participant_agendas(user) -> list[tuple[object, list[AgendaLine]]]:
    """(event, agenda) of each published matching the participant has interviews in."""
    interviews = (
        Interview.objects.filter(participant=user, event__matching__published_at__isnull=False)
        .select_related("organisation", "event", "event__matching")
        .order_by("event__start", "slot")
    )
    by_event = defaultdict(list)
    for interview in interviews:
        by_event[interview.event].append(interview)
    return [(event, lines(event.matching, rows)) for event, rows in by_event.items()]


def organisation_agenda(*, organisation, event) -> list[AgendaLine]:
    interviews = Interview.objects.filter(
        organisation=organisation, event=event, event__matching__published_at__isnull=False
    ).select_related("participant", "event__matching")
    rows = list(interviews)
    return lines(event.matching, rows) if rows else []


def has_started(line: AgendaLine, *, now=None) -> bool:
    return (now or timezone.now()) >= line.start


@dataclass(frozen=True)
class Suggestion:
    tag: str
    count: int
    module: ModulePage | None

    @property
    def label(self) -> str:
        return FeedbackTag(self.tag).label


def feedback_suggestions(user) -> list[Suggestion]:
    """Recruiters' feedback on the participant, only the kinds given by at least
    FEEDBACK_THRESHOLD interviews with as many different organisations (so no single recruiter
    can be recognised, even one met at several events), each with the module to revisit in the
    active language."""
    givers = defaultdict(set)
    for organisation_id, tags in Interview.objects.filter(participant=user).values_list(
        "organisation_id", "feedback"
    ):
        for tag in tags or []:
            if tag in FeedbackTag.values:
                givers[tag].add(organisation_id)
    counts = Counter({tag: len(organisations) for tag, organisations in givers.items()})
    kept = [(tag, n) for tag, n in counts.most_common() if n >= FEEDBACK_THRESHOLD]
    if not kept:
        return []
    slugs = {FEEDBACK_MODULE_HINTS[tag] for tag, _n in kept}
    french = {
        page.slug: page
        for page in ModulePage.objects.live().filter(slug__in=slugs, locale=Locale.get_default())
    }
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        locale = Locale.get_default()
    localised = {
        page.translation_key: page
        for page in ModulePage.objects.live().filter(
            locale=locale, translation_key__in=[p.translation_key for p in french.values()]
        )
    }
    suggestions = []
    for tag, n in kept:
        source = french.get(FEEDBACK_MODULE_HINTS[tag])
        module = localised.get(source.translation_key, source) if source else None
        suggestions.append(Suggestion(tag, n, module))
    return suggestions
