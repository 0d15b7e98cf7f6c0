"""Links other apps add to the employer portal's menu, without employers importing them: each
registers a function under the ``employers_portal_nav_items`` Wagtail hook, called with
``request``, that returns a list of ``(url, label)``."""

from django import template
from wagtail import hooks

register = template.Library()

PORTAL_NAV_HOOK = "employers_portal_nav_items"


@register.simple_tag(takes_context=True)
def portal_nav_items(context) -> list[tuple[str, str]]:
    request = context.get("request")
    return [
        item
        for contribute in hooks.get_hooks(PORTAL_NAV_HOOK)
        for item in contribute(request=request)
    ]
