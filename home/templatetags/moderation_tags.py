"""The parity badge and the moderation notes shown in the page listing and the editors."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page, TaskState, WorkflowState
from wagtail_localize.models import Translation

from home import parity as parity_module
from home.moderation import may_publish

register = template.Library()


@register.inclusion_tag("home/admin/parity_badge.html")
def parity_badge(page, show_up_to_date=False):
    row = parity_module.parity_of_translation(page) if isinstance(page, Page) else None
    if row is not None and row.state == parity_module.UP_TO_DATE and not show_up_to_date:
        row = None
    return {"parity": row}


@register.inclusion_tag("home/admin/moderation_notes.html", takes_context=True)
def moderation_notes(context, page, in_translation_editor=False):
    """The last moderator's comment on ``page``, and in the translation editor, for users who
    may not publish, a "Submit" form (the editor's own buttons only offer to publish)."""
    request = context["request"]
    state = (
        WorkflowState.objects.for_instance(page).order_by("-created_at").first()
        if page is not None
        else None
    )
    comment = None
    if state is not None:
        comment = (
            TaskState.objects.filter(workflow_state=state)
            .exclude(comment="")
            .select_related("finished_by")
            .order_by("-finished_at", "-id")
            .first()
        )
    workflow = None
    if (
        in_translation_editor
        and not may_publish(request.user, page)
        and Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        ).exists()
    ):
        workflow = page.get_workflow()
    return {
        "page": page,
        "workflow_state": state,
        "comment": comment,
        "submit_workflow": workflow,
        "in_progress": state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS,
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("home/translation_lag_note.html")
def translation_lag_note(page):
    """On a public translated page behind its French source: when this version dates from."""
    row = None
    # A page in the source language is never behind: no query at all for French visitors.
    if translation.get_language() == settings.LANGUAGE_CODE:
        return {"parity": None}
    if isinstance(page, Page) and page.locale_id != parity_module.source_locale().id:
        row = parity_module.parity_of_translation(page)
    if row is None or row.state != parity_module.OUT_OF_DATE:
        return {"parity": None}
    return {"parity": row, "source_url": row.source_page.url}


@register.inclusion_tag("home/admin/source_parity.html")
def source_parity(page):
    """On the French page's editor: how each of its translations stands."""
    if not isinstance(page, Page) or page.locale_id != parity_module.source_locale().id:
        return {"rows": []}
    if not page.live:
        return {"rows": []}
    locales = Locale.objects.exclude(pk=page.locale_id).order_by("language_code")
    return {"rows": [parity_module.parity(page, locale) for locale in locales]}
