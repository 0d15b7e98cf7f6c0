"""The Wagtail admin's own login, logout and password reset, routed to allauth.

Wagtail's views would skip allauth's rate limits, its verified-e-mail rule and the second
factor; these stand in their place at the same addresses (see ``passerelle/urls.py``).
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from home.links import safe_next

from .access import has_admin_access


@never_cache
def admin_login(request: HttpRequest) -> HttpResponse:
    """GET or POST alike: never checks a password here, sends to allauth's login."""
    user = request.user
    if user.is_authenticated:
        if has_admin_access(user):
            return redirect(
                safe_next(request, request.GET.get("next")) or reverse("wagtailadmin_home")
            )
        # Wagtail's own refusal reads as if the person had mistyped something: replace it.
        list(messages.get_messages(request))
        messages.error(
            request,
            _("The administration is for the program's staff only. Your own space is « My path »."),
        )
        return redirect("registration:my_path")
    login_url = reverse("account_login")
    next_url = safe_next(request, request.GET.get("next"))
    if next_url:
        login_url += "?" + urlencode({"next": next_url})
    return redirect(login_url)


@never_cache
def admin_password_reset(request: HttpRequest, *args, **kwargs) -> HttpResponse:
    """Every step of Wagtail's reset (form, done, confirm, complete) goes to allauth's form."""
    return redirect("account_reset_password")
