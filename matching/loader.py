"""Reads what the matching of an event needs, in a fixed number of queries whatever the number of
participants and organisations (tested), and turns it into the plain data of `scoring.py`."""

from django.db.models import Prefetch

from employers.models import EventParticipation, InterestMark, Opening, ParticipantInterest
from events.choices import SignUpStatus
from events.models import EventPage, SignUp
from profiles.choices import Availability
from profiles.models import Profile

from .scoring import EventData, OpeningData, OrganisationData, ParticipantData


def _sector_key(page) -> str:
    return str(page.translation_key) if page is not None else ""


def _opening(opening: Opening) -> OpeningData:
    return OpeningData(
        title=opening.title,
        sector=_sector_key(opening.sector),
        occupation=opening.occupation,
        skills=frozenset(opening.skills_list),
        french_level=opening.french_level,
        english_level=opening.english_level,
        work_mode=opening.work_mode,
    )


def _participant(signup: SignUp) -> ParticipantData:
    user = signup.user
    profile: Profile | None = getattr(user, "professional_profile", None)
    registration = getattr(user, "registration", None)
    if profile is None:
        return ParticipantData(
            id=user.pk,
            french_level=getattr(registration, "french_level", "") or "",
            english_level=getattr(registration, "english_level", "") or "",
            years_of_experience=getattr(registration, "years_of_experience", None),
            sectors=frozenset(
                _sector_key(s) for s in (registration.sectors.all() if registration else [])
            ),
        )
    modes = {mode for mode in ("on_site", "hybrid", "remote") if getattr(profile, mode, False)}
    return ParticipantData(
        id=user.pk,
        sectors=frozenset(_sector_key(s) for s in profile.sectors.all()),
        occupations=tuple(profile.occupations),
        skills=frozenset(tag.name for tag in profile.skills.all()),
        french_level=profile.french_level or getattr(registration, "french_level", ""),
        english_level=profile.english_level or getattr(registration, "english_level", ""),
        years_of_experience=(
            profile.years_of_experience
            if profile.years_of_experience is not None
            else getattr(registration, "years_of_experience", None)
        ),
        available_now=profile.availability == Availability.IMMEDIATELY,
        available_from=profile.available_from
        if profile.availability == Availability.FROM_DATE
        else None,
        work_modes=frozenset(modes),
    )


def load_event_data(event: EventPage, *, slots: int) -> tuple[EventData, dict[int, int]]:
    """The event's plain data (capacities = tables × `slots`) and each organisation's tables."""
    event = event.source_event
    signups = (
        SignUp.objects.filter(event=event, status=SignUpStatus.CONFIRMED, user__is_active=True)
        .select_related("user", "user__professional_profile", "user__registration")
        .prefetch_related(
            "user__professional_profile__sectors",
            "user__professional_profile__skills",
            "user__registration__sectors",
        )
    )
    participations = (
        EventParticipation.objects.filter(event=event, organisation__active=True)
        .select_related("organisation__sector")
        .prefetch_related(
            Prefetch(
                "openings",
                queryset=Opening.objects.filter(published=True).select_related("sector"),
            ),
        )
    )
    data = EventData(event_date=event.start.date())
    for signup in signups:
        data.participants[signup.user_id] = _participant(signup)
    tables = {}
    for participation in participations:
        organisation = participation.organisation
        tables[organisation.pk] = participation.tables_count
        data.organisations[organisation.pk] = OrganisationData(
            id=organisation.pk,
            sector=_sector_key(organisation.sector),
            openings=tuple(_opening(o) for o in participation.openings.all()),
            capacity=participation.tables_count * slots,
        )
    for participant_id, organisation_id, level in InterestMark.objects.filter(
        event=event
    ).values_list("participant_id", "organisation_id", "level"):
        if level:
            data.organisation_marks[(participant_id, organisation_id)] = level
    for participant_id, organisation_id, level in ParticipantInterest.objects.filter(
        event=event
    ).values_list("participant_id", "organisation_id", "level"):
        if level:
            data.participant_marks[(participant_id, organisation_id)] = level
    return data, tables
