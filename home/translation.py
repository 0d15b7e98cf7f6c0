"""Translate pages the way editors do, through wagtail-localize.

The one way the demo loader and the tests create a translated page: the texts of the
translation come from an unsaved page of the same structure (the demo builds it from its data
file) or from the source page with some fields changed (``title="Video application"``). They
are paired with the French segments in extraction order and imported into the wagtail-localize
translation, exactly as if an editor had uploaded a PO file. The translated page therefore
stays a synced translation that editors can update in the translation editor.
"""

from django.db import transaction
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def _string_segments(instance) -> list[StringSegmentValue]:
    # An unsaved StreamField value has no block ids yet, and segment paths are built from them:
    # preparing the value for the database assigns them.
    for field in instance._meta.get_fields():
        if isinstance(field, StreamField):
            value = field.get_prep_value(field.value_from_object(instance))
            setattr(instance, field.name, field.to_python(value))
    return [
        segment for segment in extract_segments(instance) if isinstance(segment, StringSegmentValue)
    ]


def translate_page(
    source_page: Page,
    translated: Page | None = None,
    *,
    locale: Locale | str = "en",
    user=None,
    **changes,
) -> Page:
    """Create or update the translation of ``source_page`` with the texts of ``translated``.

    ``translated`` is an unsaved page of the same type and structure as ``source_page`` (same
    StreamField blocks in the same order, same paragraphs in each rich text), in the target
    language; without it, a copy of the source page. ``changes`` set its fields (``title=``,
    ``slug=``, ...); strings left unchanged are kept as they are in the source language.
    Returns the published translated page. Its parents must be translated first.
    """
    if isinstance(locale, str):
        locale = Locale.objects.get(language_code=locale)
    source_page = source_page.specific
    if translated is None:
        translated = type(source_page).objects.get(pk=source_page.pk)
    for name, value in changes.items():
        setattr(translated, name, value)
    source_segments = _string_segments(source_page)
    target_segments = _string_segments(translated)
    if len(source_segments) != len(target_segments):
        raise ValueError(
            f"{source_page!r}: {len(source_segments)} French strings but "
            f"{len(target_segments)} translated ones; the two builds differ in structure."
        )
    # Use the HTML form of each string (inline tags included), which is what the PO holds.
    # A rich text gives one segment per paragraph or list item, all with the field's path as
    # context: the source string tells them apart, as it does in the PO.
    translated_by_context = {
        (source.path, source.string.data): target.string.data
        for source, target in zip(source_segments, target_segments, strict=True)
    }

    with transaction.atomic():
        source, created = TranslationSource.get_or_create_from_instance(source_page)
        if not created:
            source.update_from_db()
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        po = translation.export_po()
        for entry in po:
            if (entry.msgctxt, entry.msgid) in translated_by_context:
                entry.msgstr = translated_by_context[entry.msgctxt, entry.msgid]
        translation.import_po(po, user=user, tool_name="demo content")
        # Saved as a draft, then published here: wagtail-localize's own publish waits for the
        # transaction to commit and then saves a stale copy of the page over its tree fields.
        translation.save_target(user=user, publish=False)
        target = source_page.get_translation(locale)
        target.get_latest_revision().publish(user=user)
    target.refresh_from_db()
    return target
