"""The advisors' side, in the registration's inspect view: the checkpoints and their answers,
and an answer taken during a phone call (marked as such)."""

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
from .choices import Answer
from .forms import PhoneAnswerForm
from .models import Checkpoint

CHANGE_PERMISSION = "registration.change_registration"


def checkpoints_panel(*, registration: Registration, request) -> SafeString:
    return render_to_string(
        "outcomes/admin/checkpoints_panel.html",
        {
            "registration": registration,
            "checkpoints": list(
                Checkpoint.objects.filter(participant_id=registration.user_id).select_related(
                    "answered_by_phone", "sector"
                )
            ),
            "answers": Answer.choices,
            "can_change": request.user.has_perm(CHANGE_PERMISSION),
        },
        request=request,
    )


@require_POST
def phone_answer(request, pk: int):
    if not request.user.has_perm(CHANGE_PERMISSION):
        raise PermissionDenied
    checkpoint = get_object_or_404(Checkpoint.objects.select_related("participant"), pk=pk)
    registration = get_object_or_404(Registration, user_id=checkpoint.participant_id)
    form = PhoneAnswerForm(request.POST)
    if form.is_valid():
        services.record_answer(
            checkpoint=checkpoint, answer=form.cleaned_data["answer"], by_phone=request.user
        )
        messages.success(request, _("Answer recorded from the phone call."))
    else:
        messages.error(request, _("Choose the participant's answer before saving."))
    return redirect(reverse("registrations:inspect", args=[registration.pk]) + "#follow-up-heading")


def admin_urls():
    return [path("checkpoints/<int:pk>/phone/", phone_answer, name="phone_answer")]
