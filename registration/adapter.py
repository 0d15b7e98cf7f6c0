"""django-allauth, the way this site uses it: accounts come only from the questionnaire."""

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import NoReverseMatch, reverse


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        # Signing up skips the eligibility questions otherwise: RegistrationPage is the way in.
        return False

    def get_login_redirect_url(self, request):
        if request.user.is_staff:
            return reverse("wagtailadmin_home")
        try:
            return reverse("registration:my_path")
        except NoReverseMatch:
            return "/"
