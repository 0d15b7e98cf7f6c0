"""Thin views of the participant's account space: "My path", my data, my profile, delete my account."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from . import services
from .account_forms import DeleteAccountForm, ProfileForm
from .my_path import my_path as build_my_path
from .personal_data import participant_data


@never_cache
@login_required
@require_GET
def my_path(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "registration/my_path.html",
        {"path": build_my_path(user=request.user, request=request)},
    )


@never_cache
@login_required
@require_GET
def download_my_data(request: HttpRequest) -> HttpResponse:
    data = participant_data(user=request.user)
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
    return render(request, "registration/delete_account.html", {"form": form})


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def edit_profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been updated."))
        return redirect("registration:my_path")
    return render(request, "registration/edit_profile.html", {"form": form})
