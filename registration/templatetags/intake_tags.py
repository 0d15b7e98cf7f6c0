from django import template
from django.utils.translation import get_language

from registration.selectors import registration_page

register = template.Library()


@register.simple_tag
def registration_url() -> str:
    """The questionnaire in the current language: the only way to create an account."""
    page = registration_page(language=get_language())
    return page.url if page else ""
