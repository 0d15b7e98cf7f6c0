"""The advisors' side: a registration's connections (inspect panel) and the confirmation that a
hired participant is employed. Nothing moves in the pipeline without it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from registration.models import Registration

from . import services
from .models import Connection, ConnectionRequest

CHANGE_PERMISSION = "registration.change_registration"


def connections_panel(*, registration: Registration, request) -> SafeString:
    return render_to_string(
        "connections/admin/panel.html",
        {
            "registration": registration,
            "connections": Connection.objects.filter(participant_id=registration.user_id)
            .select_related("organisation", "employment_confirmed_by")
            .order_by("-created_at"),
            "requests": ConnectionRequest.objects.filter(participant_id=registration.user_id)
            .select_related("organisation")
            .order_by("-created_at")[:20],
            "can_change": request.user.has_perm(CHANGE_PERMISSION),
        },
        request=request,
    )


@require_POST
def confirm_employment(request, pk: int):
    if not request.user.has_perm(CHANGE_PERMISSION):
        raise PermissionDenied
    connection = get_object_or_404(Connection, pk=pk)
    if services.confirm_employment(connection=connection, by=request.user):
        messages.success(request, _("Confirmed: the registration is moved to “employed”."))
    else:
        messages.info(request, _("Nothing to confirm: this hire was already confirmed."))
    registration = Registration.objects.filter(user_id=connection.participant_id).first()
    if request.POST.get("from") == "list" or registration is None:
        return redirect(reverse("connections_hires:index"))
    return redirect(reverse("registrations:inspect", args=[registration.pk]))


def admin_urls():
    return [path("<int:pk>/confirm-employment/", confirm_employment, name="confirm_employment")]
