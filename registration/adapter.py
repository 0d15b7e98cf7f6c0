"""django-allauth, the way this site uses it: accounts come only from the questionnaire."""

from urllib.parse import quote

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.utils import url_str_to_user_pk
from django.contrib.auth import get_user_model
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from home.links import absolute_url

from .selectors import preferred_language


def language_of(email: str) -> str:
    """The language the owner of ``email`` chose in the questionnaire, else the current one."""
    user = (
        get_user_model().objects.filter(email__iexact=email).select_related("registration").first()
    )
    return preferred_language(user)


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        # allauth's French catalogue leaves this one untranslated.
        "too_many_login_attempts": _("Too many failed login attempts. Try again later."),
    }

    def is_open_for_signup(self, request):
        # Signing up skips the eligibility questions otherwise: RegistrationPage is the way in.
        return False

    def get_login_redirect_url(self, request):
        # Advisors and sector representatives reach the admin by permission, not is_staff.
        if request.user.has_perm("wagtailadmin.access_admin"):
            return reverse("wagtailadmin_home")
        try:
            return reverse("registration:my_path")
        except NoReverseMatch:
            return "/"

    # Account e-mails (confirmation, password reset...) are the program's own templates
    # (templates/account/email/), written in the language the person chose, with links from
    # BASE_URL in that language rather than from the request's host.
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        with translation.override(language_of(email)):
            super().send_mail(template_prefix, email, context)

    def get_email_confirmation_url(self, request, emailconfirmation) -> str:
        with translation.override(language_of(emailconfirmation.email_address.email)):
            return absolute_url(reverse("account_confirm_email", args=[emailconfirmation.key]))

    def get_reset_password_from_key_url(self, key: str) -> str:
        user = get_user_model().objects.filter(pk=url_str_to_user_pk(key.split("-", 1)[0])).first()
        with translation.override(preferred_language(user)):
            path = reverse(
                "account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"}
            )
        return absolute_url(path.replace("UID-KEY", quote(key)))
