from django import template

from home.selectors import live_page
from registration.models import RegistrationPage

register = template.Library()


@register.simple_tag
def registration_url() -> str:
    """The questionnaire in the current language: the only way to create an account."""
    page = live_page(RegistrationPage)
    return page.url if page else ""
