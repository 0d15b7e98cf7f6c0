"""Reads: who may see a packet, the profile with everything shown beside it, the packet itself.

The apps that bring employers (events, employers) tell this one who is an employer of an event
the participant is in, without this app importing them: each registers a function under the
``profiles_packet_audiences`` Wagtail hook::

    @hooks.register("profiles_packet_audiences")
    def employers_of_my_events(*, user, profile) -> bool:
        return ...  # True when ``user`` recruits at an event ``profile.user`` signed up for

``can_view_packet`` asks them only while the participant shares the packet, on every request:
a withdrawal takes effect at once, also for employers who saw the packet before.
"""

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Prefetch, Q
from wagtail import hooks

from registration.models import Registration, User
from registration.selectors import registration_for_user
from security.access import needs_second_factor

from .choices import PITCH_PARTS, WORDS_PER_MINUTE, PitchPart
from .models import AdvisorComment, PacketView, PitchVersion, Profile, VideoApplication

PACKET_AUDIENCES_HOOK = "profiles_packet_audiences"
ADVISOR_VIEW_PERMISSION = "registration.view_registration"
ADVISOR_CHANGE_PERMISSION = "registration.change_registration"


def is_advisor(user: User | None) -> bool:
    """Staff who follow participants; like the admin, they need a second factor first when
    ``STAFF_MFA_REQUIRED`` is on (security's rule)."""
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and user.has_perm(ADVISOR_VIEW_PERMISSION)
        and not needs_second_factor(user)
    )


def is_employer_of(*, user: User, profile: Profile) -> bool:
    return any(
        audience(user=user, profile=profile) for audience in hooks.get_hooks(PACKET_AUDIENCES_HOOK)
    )


def can_view_packet(user: User | None, profile: Profile) -> bool:
    """The owner and advisors always; an employer of one of the participant's events only while
    the participant shares the packet (read from the database, so a withdrawal counts at once)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.pk == profile.user_id or is_advisor(user):
        return True
    sharing = Profile.objects.filter(pk=profile.pk, shares_with_employers=True).exists()
    return sharing and is_employer_of(user=user, profile=profile)


def profile_for(*, user: User) -> Profile | None:
    """The profile with its skills, sectors, video and comments: a fixed number of queries."""
    return (
        Profile.objects.select_related("video", "ready_by")
        .prefetch_related(
            "skills",
            "sectors",
            Prefetch("comments", queryset=AdvisorComment.objects.select_related("author")),
        )
        .annotate(
            view_count=Count("packet_views", distinct=True),
            # Each employer once; a view whose employer account was deleted since counts alone.
            viewer_count=Count("packet_views__viewer", distinct=True)
            + Count("packet_views", filter=Q(packet_views__viewer__isnull=True), distinct=True),
        )
        .filter(user=user)
        .first()
    )


def pitch_versions(*, profile: Profile, limit: int = 50) -> list[PitchVersion]:
    return list(profile.pitch_versions.all()[:limit])


def packet_views(*, profile: Profile, limit: int = 50) -> list[PacketView]:
    return list(profile.packet_views.all()[:limit])


def video_of(profile: Profile) -> VideoApplication | None:
    try:
        return profile.video
    except VideoApplication.DoesNotExist:
        return None


def word_count(text: str) -> int:
    return len(text.split())


def speaking_seconds(words: int, *, language: str) -> int:
    return round(words * 60 / WORDS_PER_MINUTE.get(language, WORDS_PER_MINUTE["en"]))


@dataclass(frozen=True)
class PacketPitchPart:
    part: PitchPart
    text: str


@dataclass(frozen=True)
class Packet:
    """What an employer sees: nothing else of the profile or the registration goes in."""

    headline: str
    occupations: list[str]
    sectors: list[str]
    years_of_experience: int | None
    education: dict[str, str]
    languages: dict[str, str]
    skills: list[str]
    regulated_profession: str
    credential_status: str
    professional_link: str
    availability: str
    available_from: Any
    work_preferences: list[str]
    pitch: list[PacketPitchPart]
    video: VideoApplication | None
    modules: list[dict[str, Any]] = field(default_factory=list)
    ready_at: Any = None


WORK_PREFERENCES = ("full_time", "part_time", "contract", "on_site", "hybrid", "remote")


def packet(*, profile: Profile, language: str, modules: list[dict[str, Any]]) -> Packet:
    """The readiness packet of ``profile`` (fetched with ``profile_for``), in ``language``'s
    labels. ``modules`` are the completed modules (title in that language, date)."""
    opts = profile._meta
    from sectors.models import SectorBriefingPage

    sectors = list(profile.sectors.all())
    localized = dict(
        SectorBriefingPage.objects.filter(
            translation_key__in=[sector.translation_key for sector in sectors],
            locale__language_code=language,
        ).values_list("translation_key", "title")
    )
    sector_titles = [localized.get(sector.translation_key, sector.title) for sector in sectors]
    return Packet(
        headline=profile.headline,
        occupations=profile.occupations,
        sectors=sector_titles,
        years_of_experience=profile.years_of_experience,
        education={
            "level": profile.get_education_level_display(),
            "field": profile.education_field,
            "institution": profile.education_institution,
            "place": profile.get_education_place_display(),
        },
        languages={
            "french": profile.get_french_level_display(),
            "english": profile.get_english_level_display(),
            "other": profile.other_languages,
        },
        skills=sorted((skill.name for skill in profile.skills.all()), key=str.casefold),
        regulated_profession=profile.regulated_profession,
        credential_status=profile.get_credential_status_display(),
        professional_link=profile.professional_link,
        availability=profile.get_availability_display(),
        available_from=profile.available_from if profile.availability == "from_date" else None,
        work_preferences=[
            str(opts.get_field(name).verbose_name)
            for name in WORK_PREFERENCES
            if getattr(profile, name)
        ],
        pitch=[
            PacketPitchPart(part=part, text=getattr(profile, f"pitch_{part.name}"))
            for part in PITCH_PARTS
        ],
        video=video_of(profile),
        modules=modules,
        ready_at=profile.ready_at,
    )


def completed_modules(*, user: User, language: str) -> list[dict[str, Any]]:
    """The course modules the participant completed, with their date (two queries)."""
    from progress.selectors import personal_data

    rows = personal_data(user=user)["module_completions"]
    return [
        {
            "title": row["module_titles"].get(language)
            or next(iter(row["module_titles"].values()), ""),
            "completed_at": row["completed_at"],
        }
        for row in rows
        if row["module_titles"]
    ]


def registration_of(user: User) -> Registration | None:
    return registration_for_user(user=user)


def suggested_skills(*, limit: int = 200) -> list[str]:
    """Skills other profiles use, most used first: the suggestions of the skills field."""
    from .models import Skill

    return list(
        Skill.objects.annotate(uses=Count("profile_skills"))
        .filter(uses__gt=0)
        .order_by("-uses", "name")
        .values_list("name", flat=True)[:limit]
    )


def _list_items(html: str) -> list[str]:
    import re
    from html import unescape

    from django.utils.html import strip_tags

    return [
        text
        for item in re.findall(r"<li[^>]*>(.*?)</li>", html or "", re.DOTALL)
        if (text := unescape(strip_tags(item)).strip())
    ]


def sector_suggestions(*, language: str | None = None) -> dict[str, list[str]]:
    """The in-demand occupations and regulated professions the live sector briefings list, in
    the active language: suggestions for the profile's fields."""
    from wagtail.models import Locale

    from sectors.models import SectorBriefingPage

    pages = SectorBriefingPage.objects.live()
    try:
        locale = (
            Locale.get_active() if language is None else Locale.objects.get(language_code=language)
        )
        pages = pages.filter(locale=locale)
    except Locale.DoesNotExist:
        pass
    occupations: list[str] = []
    professions: list[str] = []
    for page in pages.only("in_demand_occupations", "regulated_professions"):
        occupations += _list_items(page.in_demand_occupations)
        professions += [
            f"{block.value['profession']} — {block.value['regulator']}"
            for block in page.regulated_professions
        ]
    return {
        "occupations": sorted(set(occupations), key=str.casefold),
        "professions": sorted(set(professions), key=str.casefold),
    }
