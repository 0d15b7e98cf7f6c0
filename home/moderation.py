"""One publishing rule for every path that can change a live page, in either language.

A user who may not publish a page (Wagtail's page permissions: "publish" on the page or an
ancestor) never changes what visitors see: their change becomes a draft that goes through the
page's workflow, or the action is refused with a message saying why.

Wagtail's own views (edit, revert, copy, bulk publish, unpublish) already check the publish
permission. wagtail-localize's views check narrower permissions (see PITFALLS), and its
"draft" save writes the translated content into the live page's row. Two layers close that:

- ``guard_translation_saves`` (run once at start-up) wraps
  ``TranslationSource.create_or_update_translation``, the one function every wagtail-localize
  path saves a translated page through: a user who may not publish the target gets a draft,
  a new translation made by a user is always a draft (it still holds French text), and a draft
  leaves the live page's content as it was.
- ``PublishRuleMiddleware`` answers wagtail-localize's views before they run: "sync with publish
  immediately", convert to alias, stop and restart synchronisation are refused to users who may
  not publish the page; stopping asks for confirmation; the translation editor's publish by
  such a user saves a draft and submits it to the page's workflow.
"""

import functools

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation, TranslationSource


def may_publish(user, page: Page) -> bool:
    return page.permissions_for_user(user).can_publish()


def _is_page_source(source: TranslationSource) -> bool:
    model = source.specific_content_type.model_class()
    return model is not None and issubclass(model, Page)


def _target_page(source: TranslationSource, locale) -> Page | None:
    return (
        Page.objects.filter(translation_key=source.object_id, locale=locale)
        .exclude(alias_of__isnull=False)
        .first()
    )


def _restore_live_content(live_copy: Page) -> None:
    """Put back the live content ``live_copy`` held, keeping the new draft as latest revision."""
    current = type(live_copy).objects.get(pk=live_copy.pk)
    live_copy.latest_revision_id = current.latest_revision_id
    live_copy.draft_title = current.draft_title
    live_copy.has_unpublished_changes = True
    live_copy.save(clean=False)


def guard_translation_saves() -> None:
    original = TranslationSource.create_or_update_translation
    if getattr(original, "_publish_rule", False):
        return

    @functools.wraps(original)
    def create_or_update_translation(
        self, locale, user=None, publish=True, copy_parent_pages=False, fallback=False
    ):
        if not _is_page_source(self):
            return original(self, locale, user, publish, copy_parent_pages, fallback)
        target = _target_page(self, locale)
        if user is not None and publish and (target is None or not may_publish(user, target)):
            publish = False
        live_copy = None
        if not publish and target is not None and target.live:
            live_copy = type(target.specific).objects.get(pk=target.pk)
        result = original(self, locale, user, publish, copy_parent_pages, fallback)
        if live_copy is not None:
            _restore_live_content(live_copy)
        return result

    create_or_update_translation._publish_rule = True
    TranslationSource.create_or_update_translation = create_or_update_translation


def _refuse(request, message: str, page: Page | None = None):
    messages.error(request, message)
    if page is not None:
        return redirect("wagtailadmin_pages:edit", page.id)
    return redirect("wagtailadmin_home")


def _refusal_message() -> str:
    return gettext(
        "Only moderators may publish this page. Submit your changes for approval instead: "
        "they go live once a moderator approves them."
    )


def submit_to_workflow(page: Page, user) -> WorkflowState | None:
    """Submit the latest draft of ``page`` to its workflow, as Wagtail's "Submit" does."""
    page = page.specific
    state = page.current_workflow_state
    if state is not None:
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user)
        return state
    workflow = page.get_workflow()
    if workflow is None:
        return None
    return workflow.start(page, user)


class PublishRuleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        user = getattr(request, "user", None)
        if match is None or user is None or not user.is_authenticated:
            return None
        handler = getattr(self, "_" + match.view_name.replace(":", "__"), None)
        if handler is None:
            return None
        return handler(request, **view_kwargs)

    # wagtail-localize: "Sync translated pages", with "publish immediately" ticked.
    def _wagtail_localize__update_translations(self, request, translation_source_id):
        if request.method != "POST" or not request.POST.get("publish_translations"):
            return None
        source = TranslationSource.objects.filter(pk=translation_source_id).first()
        if source is None or not _is_page_source(source):
            return None
        for translation in source.translations.filter(enabled=True):
            target = _target_page(source, translation.target_locale)
            if target is not None and not may_publish(request.user, target):
                messages.error(
                    request,
                    gettext(
                        "You may update the translations, but not publish them: untick "
                        "“publish immediately”, then submit each translation for approval."
                    ),
                )
                return redirect(request.get_full_path())
        return None

    # wagtail-localize: "Convert to alias page" replaces the page with the source's content.
    def _wagtail_localize__convert_to_alias(self, request, page_id):
        page = Page.objects.filter(pk=page_id).first()
        if page is not None and not may_publish(request.user, page):
            return _refuse(request, _refusal_message(), page)
        return None

    # wagtail-localize: "Stop synced translation".
    def _wagtail_localize__stop_translation(self, request, translation_id):
        translation = Translation.objects.filter(pk=translation_id).first()
        if translation is None or request.method != "POST":
            return None
        target = _target_page(translation.source, translation.target_locale)
        if target is None:
            return None
        if not may_publish(request.user, target):
            return _refuse(request, _refusal_message(), target)
        if request.POST.get("confirm") != "yes":
            return TemplateResponse(
                request,
                "home/admin/confirm_stop_translation.html",
                {
                    "page": target,
                    "translation": translation,
                    "next": request.POST.get("next", ""),
                },
            )
        return None

    # The page editor: wagtail-localize's translation editor posts here.
    def _wagtailadmin_pages__edit(self, request, page_id):
        if request.method != "POST":
            return None
        page = Page.objects.filter(pk=page_id).first()
        if page is None or may_publish(request.user, page):
            return None
        if "localize-restart-translation" in request.POST or (
            "localize-convert-to-alias" in request.POST
        ):
            return _refuse(request, _refusal_message(), page)
        if request.POST.get("action") not in ("publish", "submit"):
            return None
        translation = Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        ).first()
        if translation is None or not page.permissions_for_user(request.user).can_edit():
            return None
        try:
            with transaction.atomic():
                translation.save_target(user=request.user, publish=False)
                state = submit_to_workflow(page, request.user)
        except ValidationError:
            messages.error(
                request,
                gettext(
                    "The translation could not be saved: some translated strings are not valid. "
                    "Correct them, then submit again."
                ),
            )
            return redirect("wagtailadmin_pages:edit", page.id)
        if state is None:
            messages.error(request, _refusal_message())
        else:
            messages.success(
                request,
                gettext("“%(title)s” was submitted to %(workflow)s for approval.")
                % {"title": page.get_admin_display_title(), "workflow": state.workflow.name},
            )
        return redirect("wagtailadmin_pages:edit", page.id)
