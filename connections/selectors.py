"""Reads of the connections app: who is in the pool, which organisations may search it, each
side's connections and requests. Pending requests past their date are expired first
(``services.expire_due``) wherever requests are read, so a late request never looks pending."""

from django.db.models import Case, Exists, IntegerField, OuterRef, QuerySet, Value, When
from django.utils import timezone

from employers.models import EventParticipation, Opening, Organisation
from events.choices import EventKind
from events.models import SignUp
from profiles.models import Profile
from registration.models import Registration

from .choices import RequestStatus
from .models import Connection, ConnectionRequest, PoolConsent

_PENDING_FIRST = Case(
    When(status=RequestStatus.PENDING, then=Value(0)), default=Value(1), output_field=IntegerField()
)


def attended_recruitment_event(*, user) -> bool:
    return SignUp.objects.filter(
        user=user, attended=True, event__kind=EventKind.RECRUITMENT_EVENT
    ).exists()


def active_consent(*, user) -> PoolConsent | None:
    return PoolConsent.objects.filter(participant=user, withdrawn_at__isnull=True).first()


def is_participant(user) -> bool:
    return bool(
        user is not None
        and user.is_authenticated
        and Registration.objects.filter(user_id=user.pk).exists()
    )


def in_pool(*, user) -> bool:
    """Attended a recruitment event, consents to stay in the pool and shares the packet (read on
    every request, so a withdrawal counts at once)."""
    return pool_profiles().filter(user_id=user.pk).exists()


def pool_profiles() -> QuerySet[Profile]:
    """Packets organisations may find in the pool: the participant attended a recruitment event,
    consents to the pool, and shares the packet (the packet rule of ``profiles``)."""
    attended = SignUp.objects.filter(
        user_id=OuterRef("user_id"), attended=True, event__kind=EventKind.RECRUITMENT_EVENT
    )
    consenting = PoolConsent.objects.filter(
        participant_id=OuterRef("user_id"), withdrawn_at__isnull=True
    )
    return Profile.objects.filter(
        Exists(attended), Exists(consenting), shares_with_employers=True, user__is_active=True
    )


def search_pool(*, filters: dict) -> list[Profile]:
    queryset = pool_profiles()
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
    return list(queryset.distinct().prefetch_related("skills").order_by("-updated_at", "pk"))


def may_search_pool(organisation: Organisation, *, now=None) -> bool:
    """Organisations that took part in a recruitment event that has begun: the pool continues
    the exchanges of the events, it is not a public CV bank."""
    return EventParticipation.objects.filter(
        organisation=organisation,
        organisation__active=True,
        event__kind=EventKind.RECRUITMENT_EVENT,
        event__start__lte=now or timezone.now(),
    ).exists()


def pool_organisations(*, now=None) -> QuerySet[Organisation]:
    return Organisation.objects.filter(
        active=True,
        participations__event__kind=EventKind.RECRUITMENT_EVENT,
        participations__event__start__lte=now or timezone.now(),
    ).distinct()


def pool_openings(*, now=None) -> QuerySet[Opening]:
    """Published openings a pool member may ask about."""
    return (
        Opening.objects.filter(published=True, organisation__in=pool_organisations(now=now))
        .select_related("organisation", "sector")
        .order_by("organisation__name", "title")
    )


def organisation_may_open(*, organisation_id: int, participant_id: int) -> bool:
    """The packet audience of the pool: a pool member, for an organisation that may search the
    pool, or a participant the organisation is connected with or was asked by."""
    organisation = Organisation.objects.filter(pk=organisation_id, active=True).first()
    if organisation is None:
        return False
    if Connection.objects.filter(
        organisation_id=organisation_id, participant_id=participant_id
    ).exists():
        return True
    if ConnectionRequest.objects.filter(
        organisation_id=organisation_id,
        participant_id=participant_id,
        status=RequestStatus.PENDING,
        expires_at__gt=timezone.now(),
    ).exists():
        return True
    return may_search_pool(organisation) and pool_profiles().filter(user_id=participant_id).exists()


def participant_connections(*, user) -> list[Connection]:
    return list(
        Connection.objects.filter(participant=user)
        .select_related("organisation")
        .order_by("-created_at")
    )


def organisation_connections(*, organisation: Organisation) -> list[Connection]:
    return list(
        Connection.objects.filter(organisation=organisation, participant__is_active=True)
        .select_related("participant", "participant__professional_profile")
        .order_by("-created_at")
    )


def requests_of_participant(*, user) -> list[ConnectionRequest]:
    return list(
        ConnectionRequest.objects.filter(participant=user)
        .select_related("organisation", "opening")
        .order_by(_PENDING_FIRST, "-created_at")
    )


def requests_of_organisation(*, organisation: Organisation) -> list[ConnectionRequest]:
    return list(
        ConnectionRequest.objects.filter(organisation=organisation, participant__is_active=True)
        .select_related("opening", "participant__professional_profile")
        .order_by(_PENDING_FIRST, "-created_at")
    )


def pending_employment() -> QuerySet[Connection]:
    """Connections set to "hired" whose participant an advisor has not yet moved to employed."""
    return Connection.objects.filter(
        employment_proposed_at__isnull=False, employment_confirmed_at__isnull=True
    )
