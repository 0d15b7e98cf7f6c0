from allauth.account import app_settings as account_settings
from allauth.account.models import EmailAddress
from django import template
from django.core import signing

from home.links import absolute_url
from home.selectors import live_page
from registration.models import RegistrationPage

register = template.Library()


@register.simple_tag
def registration_url() -> str:
    """The questionnaire in the current language: the only way to create an account."""
    page = live_page(RegistrationPage)
    return page.url if page else ""


@register.simple_tag
def email_already_confirmed(key: str) -> bool:
    """Whether an e-mail confirmation link's key names an address that is confirmed already.

    allauth answers "expired or invalid" to a link opened a second time; this tells the two apart
    so that the page can say the address is confirmed and offer to log in.
    """
    try:
        pk = signing.loads(key, salt=account_settings.SALT)
    except signing.BadSignature:
        return False
    return EmailAddress.objects.filter(pk=pk, verified=True).exists()


@register.simple_tag
def absolute_registration_url() -> str:
    """The questionnaire's address for e-mails: BASE_URL, never the request's host."""
    url = registration_url()
    return absolute_url(url) if url else ""
