"""Moderation e-mails: the project's own, in each recipient's admin language.

Wagtail's built-in workflow notifications link through ``WAGTAILADMIN_BASE_URL``, leave out
the moderator's comment and call a change request "rejected". ``connect()`` runs in
``HomeConfig.ready``, before ``wagtail.admin`` registers its notifiers, and takes their
``dispatch_uid``: Django then ignores Wagtail's registration, so each event sends one e-mail,
ours, through ``home.emails.send_templated_email`` with links from ``home.links``.

- a task is submitted: every member of the task's groups (the moderators) but the submitter;
- the workflow is approved or changes are requested: the person who submitted, with the
  moderator's comment.
"""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language_info
from wagtail.models import GroupApprovalTask, Page, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted
from wagtail.users.models import UserProfile

from .emails import send_templated_email
from .links import absolute_url


def admin_language(user) -> str:
    return UserProfile.get_for_user(user).get_preferred_language()


def _page_context(page: Page) -> dict:
    page = page.specific
    context = {
        "title": page.get_admin_display_title(),
        "page_language": page.locale.language_code,
        "edit_url": absolute_url(reverse("wagtailadmin_pages:edit", args=[page.id])),
        "public_url": "",
    }
    if page.live and page.url:
        context["public_url"] = absolute_url(page.url)
    return context


def language_name(code: str, in_language: str) -> str:
    """ "anglais" for French readers, "English" for English ones."""
    with translation.override(in_language):
        name = str(get_language_info(code)["name_translated"])
    return name.lower() if in_language == "fr" else name


def _send(template: str, recipients, context: dict) -> None:
    for user in recipients:
        if not user.email:
            continue
        language = admin_language(user)
        send_templated_email(
            f"home/emails/{template}",
            to=[user.email],
            context={
                **context,
                "recipient_name": user.first_name,
                "language_name": language_name(context["page_language"], language),
            },
            language=language,
        )


def _last_comment(workflow_state: WorkflowState) -> str:
    task_state = (
        TaskState.objects.filter(workflow_state=workflow_state)
        .exclude(comment="")
        .order_by("-finished_at", "-id")
        .first()
    )
    return task_state.comment if task_state else ""


def task_submitted_notification(sender, instance, user=None, **kwargs):
    task = instance.task.specific
    if not isinstance(task, GroupApprovalTask):
        return
    page = instance.workflow_state.content_object
    if not isinstance(page, Page):
        return
    recipients = (
        get_user_model()
        .objects.filter(is_active=True, groups__in=task.groups.all())
        .exclude(pk=getattr(user, "pk", None))
        .distinct()
    )
    context = _page_context(page)
    context["submitter"] = user.get_full_name() or user.email if user else ""
    context["review_url"] = absolute_url(
        reverse("wagtailadmin_pages:workflow_preview", args=[page.id, instance.task_id])
    )
    context["compare_url"] = ""
    if page.live_revision_id and page.latest_revision_id != page.live_revision_id:
        context["compare_url"] = absolute_url(
            reverse(
                "wagtailadmin_pages:revisions_compare",
                args=[page.id, "live", "latest"],
            )
        )
    _send("moderation_submitted", recipients, context)


def _outcome_notification(template: str):
    def notify(sender, instance, user=None, **kwargs):
        page = instance.content_object
        requester = instance.requested_by
        if not isinstance(page, Page) or requester is None or requester == user:
            return
        context = _page_context(page)
        context["comment"] = _last_comment(instance)
        context["moderator"] = (user.get_full_name() or user.email) if user else ""
        _send(template, [requester], context)

    return notify


workflow_approved_notification = _outcome_notification("moderation_approved")
workflow_changes_requested_notification = _outcome_notification("moderation_changes_requested")


def workflow_submitted_notification(sender, instance, user=None, **kwargs):
    """The task's own notification tells the moderators; nobody else needs this one."""


def connect() -> None:
    task_submitted.connect(
        task_submitted_notification,
        sender=TaskState,
        dispatch_uid="group_approval_task_submitted_email_notification",
    )
    workflow_submitted.connect(
        workflow_submitted_notification,
        sender=WorkflowState,
        dispatch_uid="workflow_state_submitted_email_notification",
    )
    workflow_rejected.connect(
        workflow_changes_requested_notification,
        sender=WorkflowState,
        dispatch_uid="workflow_state_rejected_email_notification",
    )
    workflow_approved.connect(
        workflow_approved_notification,
        sender=WorkflowState,
        dispatch_uid="workflow_state_approved_email_notification",
    )
