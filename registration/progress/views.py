"""Thin views: mark a module complete, "My path", download my data, delete my account."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from training.models import ModulePage

from . import selectors, services
from .forms import DeleteAccountForm, ModuleCompletionForm, ProfileForm


def _safe_next(request: HttpRequest, candidate: str | None, fallback: str) -> str:
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return fallback


@require_POST
def module_completion(request: HttpRequest) -> HttpResponse:
    """Mark a module complete or not, then back to the page it was marked from (POST-redirect-GET)."""
    form = ModuleCompletionForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(_("This request cannot be processed."))
    module = get_object_or_404(ModulePage.objects.live(), pk=form.cleaned_data["module_id"])
    next_url = _safe_next(request, form.cleaned_data["next"], module.url)
    if not request.user.is_authenticated:
        return redirect_to_login(next_url)
    if form.cleaned_data["action"] == "complete":
        services.mark_module_complete(user=request.user, module=module)
        messages.success(request, _("Module marked complete: “%s”.") % module.title)
    else:
        services.mark_module_incomplete(user=request.user, module=module)
        messages.success(request, _("Module marked as not completed: “%s”.") % module.title)
    return redirect(next_url)


@never_cache
@login_required
@require_GET
def my_path(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "registration/progress/my_path.html",
        {"path": selectors.my_path(user=request.user)},
    )


@never_cache
@login_required
@require_GET
def download_my_data(request: HttpRequest) -> HttpResponse:
    data = selectors.participant_data(user=request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="passerelle-data.json"'
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        language = get_language()
        logout(request)
        services.delete_account(user=user)
        messages.success(
            request, _("Your account and everything it held have been deleted. Thank you.")
        )
        return redirect(f"/{language}/")
    return render(request, "registration/progress/delete_account.html", {"form": form})


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def edit_profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been updated."))
        return redirect("registration:my_path")
    return render(request, "registration/progress/edit_profile.html", {"form": form})
