"""Synchronised fields follow the source page as soon as it is published.

wagtail-localize copies synchronised fields (facts such as dates, times, links, addresses:
``SynchronizedField`` in a page's ``override_translatable_fields``) only when someone syncs
the translations by hand. Here, publishing a source page publishes a new revision of each of
its live synced translations with those fields copied, and nothing else: the translated prose
stays as it was approved, and untranslated prose is never published. A translation waiting
for approval gets the same facts in its draft, so approving it does not bring back old ones.

Generic: any translatable page type with synchronised fields gets this.
"""

from django.db import transaction
from wagtail.models import Page
from wagtail.signals import page_published
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import Translation, TranslationSource

_BOOKKEEPING = {"pk", "id", "page", "sort_order", "translation_key", "locale"}


def _facts(page: Page):
    """The page's content, without what differs between two copies of the same facts."""

    def clean(value):
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items() if k not in _BOOKKEEPING}
        if isinstance(value, list):
            return [clean(v) for v in value]
        return value

    return clean(page.serializable_data())


def _synchronised_translations(source_page: Page):
    source = TranslationSource.objects.get_for_instance_or_none(source_page)
    if source is None:
        return []
    locale_ids = Translation.objects.filter(source=source, enabled=True).values_list(
        "target_locale_id", flat=True
    )
    return type(source_page).objects.filter(
        translation_key=source_page.translation_key, locale_id__in=list(locale_ids), live=True
    )


@transaction.atomic
def follow_source(source_page: Page) -> list[Page]:
    """Copy ``source_page``'s synchronised fields onto its live synced translations."""
    source_page = source_page.specific
    updated = []
    for target in _synchronised_translations(source_page):
        pending = target.latest_revision if target.has_unpublished_changes else None
        before = _facts(target)
        copy_synchronised_fields(source_page, target)
        if _facts(target) == before:
            continue
        target.save_revision(clean=False, log_action=False).publish(log_action=False)
        if pending is not None:
            draft = pending.as_object()
            copy_synchronised_fields(source_page, draft)
            draft.save_revision(clean=False, log_action=False)
        updated.append(target)
    return updated


def source_published(sender, instance, **kwargs):
    follow_source(instance)


def connect() -> None:
    page_published.connect(source_published, dispatch_uid="home.synchronised.source_published")
