"""Compatibility scores of participant × organisation pairs at a recruitment event.

`score_pair` is a pure function on plain data (the dataclasses below): it returns the score and
its parts, each a code, its points and a sentence in plain words (rendered in the active
language when shown). `load_event_data` (in `loader.py`) reads the database in a fixed number
of queries and builds the dataclasses.

Hard rules exclude a pair whatever its score: the organisation marked the participant "none",
the participant marked the organisation "none" (they declined), or no opening of the
organisation at the event has its language requirements met by the participant.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass, field
from typing import NamedTuple

from django.utils.translation import gettext, ngettext

HIGH, SOME, NONE = "high", "some", "none"
LEVELS = {"": 0, "beginner": 1, "intermediate": 2, "advanced": 3, "fluent": 4}

# Who may read a part: advisors see every part; a part that would reveal one side's private
# interest mark is hidden from the other side.
EVERYONE = "everyone"
ADVISORS_AND_ORGANISATION = "organisation"
ADVISORS_AND_PARTICIPANT = "participant"
ADVISORS = "advisors"


@dataclass(frozen=True)
class Weights:
    """Points of each part; defaults documented in the README ("Matching")."""

    mutual_high: int = 40
    mutual: int = 25
    organisation_high: int = 15
    organisation_some: int = 8
    participant_high: int = 15
    participant_some: int = 8
    same_sector: int = 10
    occupation: int = 10
    skills: int = 20
    languages: int = 5
    experience: int = 5
    experience_full_years: int = 10
    availability: int = 5
    work_mode: int = 5


@dataclass(frozen=True)
class OpeningData:
    title: str = ""
    sector: str = ""
    occupation: str = ""
    skills: frozenset[str] = frozenset()
    french_level: str = ""
    english_level: str = ""
    work_mode: str = ""

    # Derived once per object, not per pair (cached_property writes the instance's __dict__
    # directly, which a frozen dataclass allows).
    @functools.cached_property
    def norm_occupation(self) -> str:
        return _normalise(self.occupation or self.title)

    @functools.cached_property
    def norm_skills(self) -> frozenset[str]:
        return _normalised_set(self.skills)

    @functools.cached_property
    def levels(self) -> tuple[int, int]:
        return LEVELS.get(self.french_level, 0), LEVELS.get(self.english_level, 0)


@dataclass(frozen=True)
class OrganisationData:
    id: int
    sector: str = ""
    openings: tuple[OpeningData, ...] = ()
    capacity: int = 0

    @functools.cached_property
    def sector_keys(self) -> frozenset[str]:
        return frozenset({self.sector, *(o.sector for o in self.openings)} - {""})


@dataclass(frozen=True)
class ParticipantData:
    id: int
    sectors: frozenset[str] = frozenset()
    occupations: tuple[str, ...] = ()
    skills: frozenset[str] = frozenset()
    french_level: str = ""
    english_level: str = ""
    years_of_experience: int | None = None
    available_from: datetime.date | None = None
    available_now: bool = False
    work_modes: frozenset[str] = frozenset()

    @functools.cached_property
    def norm_skills(self) -> frozenset[str]:
        return _normalised_set(self.skills)

    @functools.cached_property
    def norm_occupations(self) -> frozenset[str]:
        return _normalised_set(frozenset(self.occupations))

    @functools.cached_property
    def levels(self) -> tuple[int, int]:
        return LEVELS.get(self.french_level, 0), LEVELS.get(self.english_level, 0)


class ScorePart(NamedTuple):
    # A named tuple: tens of thousands are built per event (see the benchmark).
    code: str
    points: int
    audience: str = EVERYONE
    params: tuple[tuple[str, object], ...] = ()

    def label(self) -> str:
        return _LABELS[self.code](dict(self.params))

    def visible_to(self, audience: str) -> bool:
        return audience == ADVISORS or self.audience in (EVERYONE, audience)


@dataclass(frozen=True)
class Score:
    total: int
    parts: tuple[ScorePart, ...] = ()
    excluded: str = ""
    """Empty when the pair is allowed, else the code of the hard rule that excludes it."""

    @property
    def allowed(self) -> bool:
        return not self.excluded

    def parts_for(self, audience: str) -> list[ScorePart]:
        return [part for part in self.parts if part.visible_to(audience)]

    def exclusion_label(self) -> str:
        return _EXCLUSIONS[self.excluded]() if self.excluded else ""


_LABELS = {
    "mutual_high": lambda p: gettext("both very interested"),
    "mutual": lambda p: gettext("both interested"),
    "organisation_interest": lambda p: gettext("the organisation is interested"),
    "participant_interest": lambda p: gettext("the participant is interested"),
    "same_sector": lambda p: gettext("same sector"),
    "occupation": lambda p: gettext("target occupation matches an opening (%(title)s)") % p,
    "skills": lambda p: (
        ngettext(
            "%(matched)s of %(count)s key skill", "%(matched)s of %(count)s key skills", p["count"]
        )
        % p
    ),
    "languages": lambda p: gettext("language levels met"),
    "experience": lambda p: (
        ngettext("%(years)s year of experience", "%(years)s years of experience", p["years"]) % p
    ),
    "availability": lambda p: gettext("available for the start"),
    "work_mode": lambda p: gettext("work mode wanted"),
}

_EXCLUSIONS = {
    "organisation_declined": lambda: gettext("the organisation marked no interest"),
    "participant_declined": lambda: gettext("the participant declined this organisation"),
    "language": lambda: gettext("a required language level is not met"),
}


@functools.lru_cache(maxsize=4096)
def _normalise(text: str) -> str:
    return " ".join(text.casefold().split())


@functools.lru_cache(maxsize=4096)
def _normalised_set(texts: frozenset[str]) -> frozenset[str]:
    return frozenset(_normalise(t) for t in texts if t.strip())


def languages_met(participant: ParticipantData, opening: OpeningData) -> bool:
    (french, english), (needs_french, needs_english) = participant.levels, opening.levels
    return french >= needs_french and english >= needs_english


def score_pair(
    participant: ParticipantData,
    organisation: OrganisationData,
    *,
    organisation_interest: str = "",
    participant_interest: str = "",
    event_date: datetime.date | None = None,
    weights: Weights = Weights(),  # noqa: B008 (frozen, never mutated)
) -> Score:
    if organisation_interest == NONE:
        return Score(0, excluded="organisation_declined")
    if participant_interest == NONE:
        return Score(0, excluded="participant_declined")
    openings = organisation.openings
    suitable = [o for o in openings if languages_met(participant, o)]
    if openings and not suitable:
        return Score(0, excluded="language")

    parts: list[ScorePart] = []

    def add(code, points, audience=EVERYONE, **params):
        if points > 0:
            parts.append(ScorePart(code, int(points), audience, tuple(params.items())))

    # Interest marks: a mutual interest weighs most. The mutual part reveals both sides' marks:
    # advisors only.
    if organisation_interest and participant_interest:
        if organisation_interest == HIGH and participant_interest == HIGH:
            add("mutual_high", weights.mutual_high, ADVISORS)
        else:
            add("mutual", weights.mutual, ADVISORS)
    else:
        if organisation_interest:
            points = (
                weights.organisation_high
                if organisation_interest == HIGH
                else weights.organisation_some
            )
            add("organisation_interest", points, ADVISORS_AND_ORGANISATION)
        if participant_interest:
            points = (
                weights.participant_high
                if participant_interest == HIGH
                else weights.participant_some
            )
            add("participant_interest", points, ADVISORS_AND_PARTICIPANT)

    if not participant.sectors.isdisjoint(organisation.sector_keys):
        add("same_sector", weights.same_sector)

    # Occupation and skills: the best suitable opening (openings the languages rule out count
    # for nothing).
    candidates = suitable or [OpeningData()]
    wanted = participant.norm_occupations
    occupation_title = ""
    participant_skills = participant.norm_skills
    skill_sets = []
    for opening in candidates:
        occupation = opening.norm_occupation
        if (
            occupation
            and not occupation_title
            and any(w in occupation or occupation in w for w in wanted)
        ):
            occupation_title = opening.title or opening.occupation
        skills = opening.norm_skills
        if skills:
            skill_sets.append((len(skills & participant_skills), len(skills)))
    best_skills = max(skill_sets, key=lambda mc: (mc[0] / mc[1], mc[0]), default=(0, 0))
    if occupation_title:
        add("occupation", weights.occupation, title=occupation_title)
    matched, count = best_skills
    if matched:
        add("skills", round(weights.skills * matched / count), matched=matched, count=count)

    if openings and any(o.french_level or o.english_level for o in suitable):
        add("languages", weights.languages)

    years = participant.years_of_experience or 0
    if years:
        full = max(weights.experience_full_years, 1)
        add("experience", round(weights.experience * min(years, full) / full), years=years)

    if participant.available_now or (
        participant.available_from and event_date and participant.available_from <= event_date
    ):
        add("availability", weights.availability)

    modes = {o.work_mode for o in suitable if o.work_mode}
    if modes and participant.work_modes & modes:
        add("work_mode", weights.work_mode)

    return Score(sum(p.points for p in parts), tuple(parts))


@dataclass
class EventData:
    """Everything the matching of one event needs, as plain data."""

    participants: dict[int, ParticipantData] = field(default_factory=dict)
    organisations: dict[int, OrganisationData] = field(default_factory=dict)
    organisation_marks: dict[tuple[int, int], str] = field(default_factory=dict)
    participant_marks: dict[tuple[int, int], str] = field(default_factory=dict)
    event_date: datetime.date | None = None


def score_event(data: EventData, weights: Weights = Weights()) -> dict[tuple[int, int], Score]:  # noqa: B008
    """Every (participant id, organisation id) pair of the event with its score."""
    return {
        (p.id, o.id): score_pair(
            p,
            o,
            organisation_interest=data.organisation_marks.get((p.id, o.id), ""),
            participant_interest=data.participant_marks.get((p.id, o.id), ""),
            event_date=data.event_date,
            weights=weights,
        )
        for p in data.participants.values()
        for o in data.organisations.values()
    }
