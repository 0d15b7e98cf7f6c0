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


@register.simple_tag(takes_context=True)
def course_progress(context, course) -> selectors.CourseProgress:
    return selectors.course_progress(user=_user(context), course=course)


@register.simple_tag(takes_context=True)
def module_progress(context, module) -> selectors.CourseProgress:
    return selectors.module_course_progress(user=_user(context), module=module)


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
