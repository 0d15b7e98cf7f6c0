"""Least privilege in the admin (#11 item 6): what a staff member with limited rights may see.

Someone who may not edit the whole site (sector representatives, advisors) sees in the page
chooser, the explorer, the page API and search only the pages they may edit plus live pages,
under their public title (never another person's draft title); through the document API only
the documents they manage or that their pages use.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from wagtail.documents import get_document_model
from wagtail.documents.permissions import permission_policy as document_permission_policy
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import page_permission_policy


def editable_page_ids(user) -> list[int]:
    return list(
        page_permission_policy.instances_user_has_permission_for(user, "change").values_list(
            "pk", flat=True
        )
    )


def edits_the_whole_site(user) -> bool:
    if user.is_superuser:
        return True
    root_children = Page.objects.filter(depth=2).values_list("pk", flat=True)
    return set(root_children) <= set(editable_page_ids(user)) and bool(root_children)


def visible_pages(pages: QuerySet, user) -> QuerySet:
    """``pages`` narrowed to what ``user`` may edit plus live pages, live titles for the rest."""
    if edits_the_whole_site(user):
        return pages
    editable = editable_page_ids(user)
    pages = pages.filter(Q(live=True) | Q(pk__in=editable))
    table = Page._meta.db_table
    if editable:
        placeholders = ", ".join(["%s"] * len(editable))
        title_sql = (
            f"CASE WHEN {table}.id IN ({placeholders}) "
            f"THEN {table}.draft_title ELSE {table}.title END"
        )
        return pages.extra(select={"draft_title": title_sql}, select_params=editable)
    return pages.extra(select={"draft_title": f"{table}.title"})


def visible_documents(documents: QuerySet, user) -> QuerySet:
    """Documents the user manages (collection permissions) or that their editable pages use."""
    managed = document_permission_policy.instances_user_has_any_permission_for(
        user, ["change", "choose"]
    )
    if user.is_superuser:
        return documents
    used = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(pk) for pk in editable_page_ids(user)],
        to_content_type=ContentType.objects.get_for_model(get_document_model()),
    ).values_list("to_object_id", flat=True)
    return documents.filter(
        Q(pk__in=managed.values("pk")) | Q(pk__in=[int(pk) for pk in used if pk.isdigit()])
    )
