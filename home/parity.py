"""French/English parity: is each translated page behind its French source?

Computed from wagtail-localize's own records, no bookkeeping of our own:

- ``TranslationLog`` says when each translated revision was made from the source: the one
  behind the translation's live revision is when its live content was translated;
- the French page's publish log says when the French changed after that ("since");
- the French page's live strings (``extract_segments``) and the ``StringTranslation`` rows
  say how many strings have no translation yet, or one newer than the live translation.

States: up to date, out of date (since a date, with n strings to translate), missing (no
translation in that language), draft only (a translation exists but was never published).
"""

from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, PageLogEntry
from wagtail_localize.models import StringTranslation, TranslationLog, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

UP_TO_DATE = "up_to_date"
OUT_OF_DATE = "out_of_date"
MISSING = "missing"
DRAFT_ONLY = "draft_only"

STATE_LABELS = {
    UP_TO_DATE: _("Up to date"),
    OUT_OF_DATE: _("Out of date"),
    MISSING: _("Missing"),
    DRAFT_ONLY: _("Draft only"),
}


@dataclass
class Parity:
    source_page: Page
    locale: Locale
    state: str
    translated_page: Page | None = None
    since: datetime | None = None
    to_translate: int = 0
    translated_at: datetime | None = None

    @property
    def state_label(self) -> str:
        return str(STATE_LABELS[self.state])

    @property
    def language(self) -> str:
        return self.locale.get_display_name()

    @property
    def title(self) -> str:
        return self.source_page.get_admin_display_title()

    @property
    def is_behind(self) -> bool:
        return self.state != UP_TO_DATE


def source_locale() -> Locale:
    return Locale.get_default()


def _translated_at(source: TranslationSource, target: Page) -> datetime | None:
    """When the live content of ``target`` was translated from the source."""
    logs = TranslationLog.objects.filter(source=source, locale_id=target.locale_id)
    if target.live_revision_id:
        exact = logs.filter(revision_id=target.live_revision_id).first()
        if exact is not None:
            return exact.created_at
        logs = logs.filter(created_at__lte=target.live_revision.created_at)
    latest = logs.order_by("-created_at").first()
    return latest.created_at if latest else None


def _strings_behind(source_page: Page, locale: Locale, translated_at: datetime) -> tuple[int, int]:
    """(strings with no translation, strings translated after ``translated_at``)."""
    segments = [
        (segment.path, segment.string.data)
        for segment in extract_segments(source_page.specific)
        if isinstance(segment, StringSegmentValue)
    ]
    translations = {
        (path, data): updated_at
        for path, data, updated_at in StringTranslation.objects.filter(
            locale=locale, context__object_id=source_page.translation_key, has_error=False
        ).values_list("context__path", "translation_of__data", "updated_at")
    }
    missing = sum(1 for key in set(segments) if key not in translations)
    newer = sum(
        1 for key in set(segments) if key in translations and translations[key] > translated_at
    )
    return missing, newer


def parity(source_page: Page, locale: Locale) -> Parity:
    target = (
        Page.objects.filter(translation_key=source_page.translation_key, locale=locale)
        .select_related("live_revision")
        .first()
    )
    if target is None:
        return Parity(source_page, locale, MISSING)
    if target.alias_of_id:
        return Parity(source_page, locale, UP_TO_DATE, target)
    if target.live_revision_id is None:
        return Parity(source_page, locale, DRAFT_ONLY, target)
    source = TranslationSource.objects.filter(
        object_id=source_page.translation_key, locale_id=source_page.locale_id
    ).first()
    if source is None:
        return Parity(source_page, locale, UP_TO_DATE, target)
    translated_at = _translated_at(source, target)
    if translated_at is None:
        return Parity(source_page, locale, UP_TO_DATE, target)
    french_changes = PageLogEntry.objects.filter(
        page_id=source_page.id, action="wagtail.publish", timestamp__gt=translated_at
    ).order_by("timestamp")
    first_change = french_changes.first()
    if first_change is None:
        return Parity(source_page, locale, UP_TO_DATE, target)
    missing, newer = _strings_behind(source_page, locale, translated_at)
    if missing or newer or target.has_unpublished_changes:
        return Parity(
            source_page,
            locale,
            OUT_OF_DATE,
            target,
            since=first_change.timestamp,
            to_translate=missing,
            translated_at=translated_at,
        )
    # The French change touched only synchronised facts, which follow on their own.
    return Parity(source_page, locale, UP_TO_DATE, target)


def parity_of_translation(page: Page) -> Parity | None:
    """The parity of a translated page (``None`` for a page in the source language)."""
    default = source_locale()
    if page.locale_id == default.id:
        return None
    source_page = Page.objects.filter(
        translation_key=page.translation_key, locale=default, live=True
    ).first()
    if source_page is None:
        return None
    return parity(source_page, page.locale)


def all_parities(*, state: str = "", language: str = "") -> list[Parity]:
    """Every live French page (but the root) × every other language, in tree order."""
    default = source_locale()
    locales = list(Locale.objects.exclude(pk=default.pk).order_by("language_code"))
    if language:
        locales = [locale for locale in locales if locale.language_code == language]
    rows = []
    for page in Page.objects.filter(locale=default, live=True, depth__gt=1).order_by("path"):
        for locale in locales:
            row = parity(page, locale)
            if not state or row.state == state:
                rows.append(row)
    return rows
