"""django-allauth, the way this site uses it: accounts come only from the questionnaire."""

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _


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
