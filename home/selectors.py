"""Reads other apps share: the page of a type in the visitor's language."""

from typing import TypeVar

from django.utils.translation import get_language
from wagtail.models import Page

PageType = TypeVar("PageType", bound=Page)


def live_page(model: type[PageType], *, language_code: str | None = None) -> PageType | None:
    """The live page of ``model`` in this language (the active one when omitted).

    Falls back to the first live one in the tree, so a page not translated yet still has a link.
    """
    pages = model.objects.live().select_related("locale").order_by("path")
    language_code = language_code or get_language()
    return pages.filter(locale__language_code=language_code).first() or pages.first()
