"""The advisors' side, in the registration's inspect view: the profile panel, comments and the
"ready for employers" mark."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from registration.models import Registration

from . import selectors, services
from .choices import CommentPart
from .forms import CommentForm


def profile_panel(*, registration: Registration, request) -> SafeString:
    profile = selectors.profile_for(user=registration.user)
    language = get_language()
    packet = (
        selectors.packet(
            profile=profile,
            language=language,
            modules=selectors.completed_modules(user=registration.user, language=language),
        )
        if profile
        else None
    )
    return render_to_string(
        "profiles/admin/profile_panel.html",
        {
            "registration": registration,
            "profile": profile,
            "packet": packet,
            "comments": list(profile.comments.all()) if profile else [],
            "comment_parts": CommentPart.choices,
            "can_change": request.user.has_perm(selectors.ADVISOR_CHANGE_PERMISSION),
        },
        request=request,
    )


def _registration_for_change(request, pk: int) -> Registration:
    if not request.user.has_perm(selectors.ADVISOR_CHANGE_PERMISSION):
        raise PermissionDenied
    return get_object_or_404(Registration.objects.select_related("user"), pk=pk)


def _back(registration: Registration):
    return redirect(reverse("registrations:inspect", args=[registration.pk]))


@require_POST
def comment(request, pk: int):
    registration = _registration_for_change(request, pk)
    profile = services.get_or_create_profile(user=registration.user)
    form = CommentForm(request.POST)
    if form.is_valid():
        services.add_comment(
            profile=profile,
            part=form.cleaned_data["part"],
            author=request.user,
            text=form.cleaned_data["text"],
        )
        messages.success(request, _("Comment sent to the participant."))
    else:
        messages.error(request, _("The comment was not sent: write it and choose its part."))
    return _back(registration)


@require_POST
def ready(request, pk: int):
    registration = _registration_for_change(request, pk)
    profile = services.get_or_create_profile(user=registration.user)
    services.mark_ready(profile=profile, by=request.user)
    messages.success(
        request, _("Marked ready for employers: moved to “ready for recruitment events”.")
    )
    return _back(registration)


def admin_urls():
    return [
        path("<int:pk>/comment/", comment, name="comment"),
        path("<int:pk>/ready/", ready, name="ready"),
    ]
