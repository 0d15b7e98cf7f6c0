"""Progress on course and module pages: one query for the modules, one for the completions.

{% load progress_tags %}
{% course_progress page as progress %}   on a CoursePage
{% module_progress page as progress %}   on a ModulePage
"""

from django import template
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.models import Locale

from registration.progress import selectors

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
def course_progress(context, course, modules=None) -> selectors.CourseProgress:
    """The participant's progress through ``course``; pass ``modules`` if the page has them."""
    return _memoized(
        context,
        ("course", course.pk),
        lambda: selectors.course_progress(user=_user(context), course=course, modules=modules),
    )


@register.simple_tag(takes_context=True)
def module_progress(context, module) -> selectors.CourseProgress:
    """The participant's progress through the course that ``module`` belongs to."""
    return _memoized(
        context,
        ("module", module.pk),
        lambda: selectors.module_course_progress(user=_user(context), module=module),
    )


@register.filter
def module_done(progress: selectors.CourseProgress, module) -> bool:
    """{% if progress|module_done:module %}: whether the participant completed ``module``."""
    return bool(progress) and module.translation_key in progress.done_keys


@register.simple_tag
def registration_page_url() -> str:
    """Where an anonymous visitor registers, in their language (empty if there is no such page)."""
    from registration.models import RegistrationPage

    pages = RegistrationPage.objects.live().order_by("path")
    page = pages.filter(locale=Locale.get_active()).first() or pages.first()
    return page.url if page else ""


@register.simple_tag
def login_url_for(page) -> str:
    return f"{reverse('account_login')}?{urlencode({'next': page.url})}"
