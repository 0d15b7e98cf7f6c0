"""Reads: the sectors other apps and templates list."""

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import QuerySet
from wagtail.models import Locale

from .models import SectorBriefingPage, SectorIndexPage


def live_sectors(*, locale: Locale | None = None) -> QuerySet[SectorBriefingPage]:
    """Published sector briefings, in ``locale`` (the active language when omitted)."""
    locale = locale or Locale.get_active()
    return SectorBriefingPage.objects.live().filter(locale=locale).order_by("title")


def sectors_under(*, index_page: SectorIndexPage) -> QuerySet[SectorBriefingPage]:
    return SectorBriefingPage.objects.live().public().child_of(index_page).order_by("title")


def sectors_represented_by(*, user: AbstractBaseUser) -> QuerySet[SectorBriefingPage]:
    """The sector pages ``user`` may edit as a representative, in every language."""
    if not user.is_authenticated:
        return SectorBriefingPage.objects.none()
    return (
        SectorBriefingPage.objects.filter(
            translation_key__in=user.groups.filter(sector_representation__isnull=False).values(
                "sector_representation__translation_key"
            )
        )
        .select_related("locale")
        .order_by("title", "locale__language_code")
    )
