"""Progress on course and module pages: the page's module list, and one query for completions.

The one tag other apps' templates use:

{% load progress_tags %}
{% course_progress page as progress %}   on a CoursePage or a ModulePage

then include this app's partials (``progress/_course_summary.html``, ``_module_state.html``,
``_module_completion.html``) with ``progress`` in the context.
"""

from django import template
from django.urls import reverse
from django.utils.http import urlencode

from home.selectors import live_page
from progress import selectors
from registration.models import RegistrationPage

register = template.Library()


def _user(context):
    request = context.get("request")
    return getattr(request, "user", None)


def _memoized(context, key, compute):
    """Compute once per request: the same progress can fill several template blocks."""
    request = context.get("request")
    if request is None:
        return compute()
    cache = request.__dict__.setdefault("_progress_cache", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


@register.simple_tag(takes_context=True)
def course_progress(context, page) -> selectors.CourseProgress:
    """The participant's progress through the course ``page`` is, or that ``page`` belongs to."""
    return _memoized(
        context, page.pk, lambda: selectors.course_progress(user=_user(context), page=page)
    )


@register.filter
def module_done(progress: selectors.CourseProgress, module) -> bool:
    """{% if progress|module_done:module %}: whether the participant completed ``module``."""
    return bool(progress) and module.translation_key in progress.done_keys


@register.simple_tag
def registration_page_url() -> str:
    """Where an anonymous visitor registers, in their language (empty if there is no such page)."""
    page = live_page(RegistrationPage)
    return page.url if page else ""


@register.simple_tag
def login_url_for(page) -> str:
    return f"{reverse('account_login')}?{urlencode({'next': page.url})}"
