"""Response headers and staff-session rules that apply to every request."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .access import has_admin_access, needs_second_factor
from .privilege import edits_the_whole_site

ADMIN_PREFIX = "/admin/"
# The admin's addresses that must stay open to someone who has not enrolled a second factor.
OPEN_ADMIN_PREFIXES = ("/admin/login/", "/admin/logout/", "/admin/password_reset/")
# Wagtail's and wagtail-localize's reports list pages site-wide (with draft titles): only for
# staff who edit the whole site. The program's own reports (reports/progress/) check their own
# permission.
SITE_WIDE_REPORTS = ("/admin/reports/", "/admin/localize/reports/")
OWN_REPORTS = ("/admin/reports/progress/",)


class AreaCSPMiddleware(CSPMiddleware):
    """The strict policy (scripts by nonce, no inline) on the public site; the admin's own.

    Wagtail's admin still writes inline scripts and styles: it gets
    ``ADMIN_CONTENT_SECURITY_POLICY`` and no nonce (a nonce makes browsers ignore
    'unsafe-inline').
    """

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIX):
            parts.config = parts.config or settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            parts.nonce = None
        return parts


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class StaffSessionMiddleware:
    """Staff sessions: a second factor before the admin opens, and an idle timeout.

    Participants' sessions are left to allauth's "remember me" (``ACCOUNT_SESSION_REMEMBER``).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_admin_access(request.user):
            # Seconds of inactivity: Django moves the expiry forward on every request.
            request.session.set_expiry(settings.STAFF_SESSION_IDLE_TIMEOUT)
            if (
                settings.STAFF_MFA_REQUIRED
                and request.path_info.startswith(ADMIN_PREFIX)
                and not request.path_info.startswith(OPEN_ADMIN_PREFIXES)
                and needs_second_factor(request.user)
            ):
                messages.warning(
                    request,
                    _(
                        "Staff accounts need a second factor. Set up an authenticator app "
                        "before opening the administration."
                    ),
                )
                return redirect(reverse("mfa_activate_totp"))
            path = request.path_info
            if (
                path.startswith(SITE_WIDE_REPORTS)
                and not path.startswith(OWN_REPORTS)
                and not edits_the_whole_site(request.user)
            ):
                raise PermissionDenied
        return self.get_response(request)
