"""`{% page_events page as html %}`: the upcoming events another app lists on a page (the
welcome activity, a sector briefing, the home page), through the `page_upcoming_events` hook.

Home, training and sectors sit below the events app and never import it; the events app
registers a function ``(page=..., request=...) -> str`` (HTML, "" for nothing) under that hook.
"""

from django import template
from django.utils.safestring import mark_safe
from wagtail import hooks

register = template.Library()

PAGE_UPCOMING_EVENTS_HOOK = "page_upcoming_events"


@register.simple_tag(takes_context=True)
def page_events(context, page) -> str:
    request = context.get("request")
    parts = [
        contribute(page=page, request=request)
        for contribute in hooks.get_hooks(PAGE_UPCOMING_EVENTS_HOOK)
    ]
    return mark_safe("".join(part for part in parts if part))  # noqa: S308 - rendered templates
