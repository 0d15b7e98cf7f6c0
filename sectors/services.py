"""Writes: per-sector representative groups and the sector moderation workflow."""

import secrets
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.users.models import UserProfile

from home.roles import MODERATORS

from .models import SectorBriefingPage, SectorIndexPage, SectorRepresentativeGroup

# Workflow and task names are data, shown as is in both admin languages: Wagtail's button
# reads "Submit to CCMM" / "Soumettre à CCMM".
SECTOR_WORKFLOW_NAME = "CCMM"
SECTOR_TASK_NAME = "Fiches sectorielles : approbation"
APPROVER_GROUP_NAMES = [MODERATORS]


def _group_name(*, sector_title: str, translation_key: uuid.UUID) -> str:
    # Group names are data, not interface: they are written once, in the site's language.
    with translation.override(settings.LANGUAGE_CODE):
        name = gettext("Representatives: %(sector)s") % {"sector": sector_title}
    name = name[:140]
    clash = Group.objects.filter(name=name).exclude(
        sector_representation__translation_key=translation_key
    )
    if clash.exists():
        name = f"{name[:130]} ({str(translation_key)[:8]})"
    return name


def _sector_title(pages: list[SectorBriefingPage], fallback: Page) -> str:
    for page in pages:
        if page.locale.language_code == settings.LANGUAGE_CODE:
            return page.title
    return fallback.title


@transaction.atomic
def ensure_representative_group(*, page: Page) -> Group:
    """Create or correct the representatives' group of ``page``'s sector.

    The group may open the admin and edit (not publish) every language version of the
    sector's briefing page and its subtree, and nothing else.
    """
    pages = list(
        SectorBriefingPage.objects.filter(translation_key=page.translation_key).select_related(
            "locale"
        )
    )
    name = _group_name(
        sector_title=_sector_title(pages, page), translation_key=page.translation_key
    )
    link = (
        SectorRepresentativeGroup.objects.select_related("group")
        .filter(translation_key=page.translation_key)
        .first()
    )
    if link is None:
        group = Group.objects.create(name=name)
        SectorRepresentativeGroup.objects.create(translation_key=page.translation_key, group=group)
    else:
        group = link.group
        if group.name != name:
            group.name = name
            group.save(update_fields=["name"])

    group.permissions.set(
        [Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")]
    )
    change_page = Permission.objects.get(
        content_type__app_label="wagtailcore", codename="change_page"
    )
    GroupPagePermission.objects.filter(group=group).exclude(
        page__in=pages, permission=change_page
    ).delete()
    for sector_page in pages:
        GroupPagePermission.objects.get_or_create(
            group=group, page=sector_page, permission=change_page
        )
    return group


@transaction.atomic
def remove_representative_group(*, translation_key: uuid.UUID) -> None:
    """Delete the sector's group once no page of that sector is left, in any language."""
    if SectorBriefingPage.objects.filter(translation_key=translation_key).exists():
        return
    link = SectorRepresentativeGroup.objects.filter(translation_key=translation_key).first()
    if link is not None:
        link.group.delete()


def sector_workflow() -> Workflow:
    """The workflow of the sectors branch: moderators approve what representatives submit."""
    workflow_page = (
        WorkflowPage.objects.filter(
            page__content_type__app_label="sectors", page__content_type__model="sectorindexpage"
        )
        .select_related("workflow")
        .first()
    )
    if workflow_page is not None:
        return workflow_page.workflow
    workflow, created = Workflow.objects.get_or_create(
        name=SECTOR_WORKFLOW_NAME, defaults={"active": True}
    )
    if created or not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.create(name=SECTOR_TASK_NAME)
        task.groups.set(Group.objects.filter(name__in=APPROVER_GROUP_NAMES))
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


@transaction.atomic
def assign_sector_workflow(*, index_page: SectorIndexPage) -> Workflow:
    workflow = sector_workflow()
    WorkflowPage.objects.update_or_create(page=index_page, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def create_representative(
    *,
    email: str,
    sector_page: Page,
    first_name: str = "",
    last_name: str = "",
    preferred_language: str = "",
) -> tuple[AbstractBaseUser, str]:
    """An account that may edit ``sector_page``'s sector, and its password if new.

    A new account gets a random password, returned once to be handed over; an existing
    account keeps its password (an empty string is returned) and only joins the group.
    """
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    password = ""
    if user is None:
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(
            email=email, password=password, first_name=first_name, last_name=last_name
        )
    user.groups.add(ensure_representative_group(page=sector_page))
    if preferred_language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = preferred_language
        profile.save(update_fields=["preferred_language"])
    return user, password
