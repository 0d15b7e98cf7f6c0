"""The site's allauth adapter, plus: a recruiter lands on the employer portal after signing in."""

from django.urls import reverse

from registration.adapter import AccountAdapter as RegistrationAccountAdapter

from .access import recruiter_of


class AccountAdapter(RegistrationAccountAdapter):
    def get_login_redirect_url(self, request):
        if not request.user.has_perm("wagtailadmin.access_admin") and recruiter_of(request.user):
            return reverse("employers:dashboard")
        return super().get_login_redirect_url(request)
