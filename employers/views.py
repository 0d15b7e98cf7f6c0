"""Thin views of the public Employers page, the invitation and the employer portal.

Every portal view goes through ``recruiter_required``: the recruiter row, its organisation, the
verified e-mail and the second factor are read again on each request."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.models import Locale

from events.models import EventPage
from profiles import selectors as profile_selectors
from profiles.services import open_packet

from . import selectors, services
from .access import has_verified_email, needs_second_factor, recruiter_of
from .forms import (
    AcceptInvitationForm,
    EventSignUpForm,
    InviteColleagueForm,
    JoinRequestForm,
    MarkForm,
    OpeningForm,
    OrganisationForm,
    PacketFilterForm,
    ParticipantInterestForm,
)
from .models import EventParticipation, Opening, Organisation

PORTAL_EVENT_LINKS_HOOK = "employers_portal_event_links"


def recruiter_required(view):
    @wraps(view)
    @never_cache
    def wrapper(request: HttpRequest, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        recruiter = recruiter_of(request.user)
        if recruiter is None:
            raise PermissionDenied
        if not has_verified_email(request.user):
            messages.warning(request, _("Confirm your e-mail address first."))
            return redirect("account_email")
        if needs_second_factor(request.user):
            messages.warning(
                request,
                _(
                    "Recruiters see candidates' packets: set up an authenticator app before "
                    "opening the employer portal."
                ),
            )
            return redirect("mfa_activate_totp")
        request.recruiter = recruiter
        return view(request, *args, **kwargs)

    return wrapper


def _locale() -> Locale:
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


# --- Public ----------------------------------------------------------------------------------


def public_page(request: HttpRequest) -> HttpResponse:
    form = JoinRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.submit_join_request(
            form.save(commit=False), language="en" if get_language() == "en" else "fr"
        )
        messages.success(
            request, _("Thank you: your request is received. Our team will write to you soon.")
        )
        return redirect("employers:public")
    events = list(selectors.recruitment_events()[:10])
    pages = selectors.translated(events, locale=_locale())
    return render(
        request,
        "employers/public.html",
        {"form": form, "events": [pages[event.pk] for event in events]},
        status=400 if form.errors else 200,
    )


@never_cache
def accept(request: HttpRequest, token: str) -> HttpResponse:
    try:
        invitation = services.invitation_from_token(token)
    except services.EmployersError as error:
        return render(
            request, "employers/invitation_invalid.html", {"message": error.message}, status=400
        )
    form = AcceptInvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = services.accept_invitation(
                token=token,
                password=form.cleaned_data["password1"],
                first_name=form.cleaned_data["first_name"],
                last_name=form.cleaned_data["last_name"],
            )
        except services.EmployersError as error:
            return render(
                request,
                "employers/invitation_invalid.html",
                {"message": error.message},
                status=400,
            )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome! Now set up your second factor."))
        return redirect("employers:dashboard")
    return render(
        request,
        "employers/accept.html",
        {"form": form, "invitation": invitation},
        status=400 if form.errors else 200,
    )


# --- Portal ----------------------------------------------------------------------------------


@recruiter_required
def dashboard(request: HttpRequest) -> HttpResponse:
    organisation = request.recruiter.organisation
    participations = list(
        EventParticipation.objects.filter(organisation=organisation)
        .select_related("event")
        .order_by("event__start")
    )
    pages = selectors.translated([p.event for p in participations], locale=_locale())
    for participation in participations:
        participation.page = pages[participation.event_id]
        # Higher apps add their own pages of an attended event (the matching app: interviews).
        participation.links = [
            link
            for hook in hooks.get_hooks(PORTAL_EVENT_LINKS_HOOK)
            for link in hook(event=participation.event, organisation=organisation)
        ]
    return render(
        request,
        "employers/dashboard.html",
        {
            "organisation": organisation,
            "participations": participations,
            "openings": organisation.openings.all(),
        },
    )


@recruiter_required
def organisation(request: HttpRequest) -> HttpResponse:
    instance = request.recruiter.organisation
    form = OrganisationForm(request.POST or None, request.FILES or None, instance=instance)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("Your organisation's profile is saved."))
            return redirect("employers:organisation")
        instance.refresh_from_db()
    return render(
        request,
        "employers/organisation.html",
        {"form": form, "organisation": instance},
        status=400 if form.errors else 200,
    )


@recruiter_required
def openings(request: HttpRequest) -> HttpResponse:
    organisation = request.recruiter.organisation
    form = OpeningForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        opening = form.save(commit=False)
        opening.organisation = organisation
        opening.save()
        messages.success(request, _("Opening saved."))
        return redirect("employers:openings")
    return render(
        request,
        "employers/openings.html",
        {"form": form, "openings": organisation.openings.select_related("sector")},
        status=400 if form.errors else 200,
    )


@recruiter_required
def opening(request: HttpRequest, opening_id: int) -> HttpResponse:
    instance = get_object_or_404(
        Opening, pk=opening_id, organisation=request.recruiter.organisation
    )
    form = OpeningForm(request.POST or None, instance=instance)
    if request.method == "POST":
        if "delete" in request.POST:
            instance.delete()
            messages.success(request, _("Opening deleted."))
            return redirect("employers:openings")
        if form.is_valid():
            form.save()
            messages.success(request, _("Opening saved."))
            return redirect("employers:openings")
    return render(
        request,
        "employers/opening.html",
        {"form": form, "opening": instance},
        status=400 if form.errors else 200,
    )


@recruiter_required
def colleagues(request: HttpRequest) -> HttpResponse:
    organisation = request.recruiter.organisation
    form = InviteColleagueForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.invite(
                organisation=organisation,
                email=form.cleaned_data["email"],
                invited_by=request.user,
                language="en" if get_language() == "en" else "fr",
            )
        except services.EmployersError as error:
            form.add_error("email", error.message)
        else:
            messages.success(request, _("Invitation sent."))
            return redirect("employers:colleagues")
    return render(
        request,
        "employers/colleagues.html",
        {
            "form": form,
            "recruiters": organisation.recruiters.filter(active=True).select_related("user"),
        },
        status=400 if form.errors else 200,
    )


@recruiter_required
def events(request: HttpRequest) -> HttpResponse:
    organisation = request.recruiter.organisation
    upcoming = list(selectors.recruitment_events())
    pages = selectors.translated(upcoming, locale=_locale())
    attending = {
        p.event_id: p
        for p in EventParticipation.objects.filter(organisation=organisation).prefetch_related(
            "openings"
        )
    }
    rows = [
        {
            "event": event,
            "page": pages[event.pk],
            "participation": attending.get(event.pk),
            "form": EventSignUpForm(
                organisation=organisation,
                prefix=f"event-{event.pk}",
                initial=(
                    {
                        "recruiters_count": attending[event.pk].recruiters_count,
                        "tables_count": attending[event.pk].tables_count,
                        "openings": list(attending[event.pk].openings.all()),
                    }
                    if event.pk in attending
                    else None
                ),
            ),
        }
        for event in upcoming
    ]
    return render(request, "employers/events.html", {"rows": rows})


@require_POST
@recruiter_required
def event_sign_up(request: HttpRequest, event_id: int) -> HttpResponse:
    organisation = request.recruiter.organisation
    event = selectors.recruitment_events().filter(pk=event_id).first()
    if event is None:
        raise Http404
    form = EventSignUpForm(request.POST, organisation=organisation, prefix=f"event-{event.pk}")
    if not form.is_valid():
        messages.error(request, _("Check the numbers: nothing was changed."))
        return redirect("employers:events")
    services.sign_up_for_event(
        organisation=organisation,
        event=event,
        recruiters_count=form.cleaned_data["recruiters_count"],
        tables_count=form.cleaned_data["tables_count"],
        openings=form.cleaned_data["openings"],
    )
    messages.success(request, _("Your organisation is signed up for this event."))
    return redirect("employers:participants", event_id=event.pk)


def _attended(request, event_id) -> EventPage:
    event = selectors.attended_event(organisation=request.recruiter.organisation, event_id=event_id)
    if event is None:
        raise Http404
    return event


@recruiter_required
def participants(request: HttpRequest, event_id: int) -> HttpResponse:
    event = _attended(request, event_id)
    form = PacketFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    rows = selectors.packet_rows(
        organisation=request.recruiter.organisation, event=event, filters=filters
    )
    page = selectors.translated([event], locale=_locale())[event.pk]
    return render(
        request,
        "employers/participants.html",
        {
            "event": event,
            "page": page,
            "form": form,
            "rows": rows,
            "deadline": selectors.marks_deadline(event),
            "marks_open": selectors.marks_open(event),
        },
    )


@recruiter_required
def packet(request: HttpRequest, event_id: int, profile_id: int) -> HttpResponse:
    organisation = request.recruiter.organisation
    event = _attended(request, event_id)
    profile = selectors.visible_profiles(event=event).filter(pk=profile_id).first()
    if profile is None:
        raise Http404
    mark = organisation.interest_marks.filter(event=event, participant_id=profile.user_id).first()
    form = MarkForm(
        request.POST or None,
        initial={"level": mark.level, "note": mark.note} if mark else None,
    )
    if request.method == "POST":
        if form.is_valid():
            try:
                services.mark_participant(
                    organisation=organisation,
                    event=event,
                    participant=profile.user,
                    level=form.cleaned_data["level"],
                    note=form.cleaned_data["note"],
                    by=request.user,
                )
            except services.EmployersError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("Your mark is saved."))
            return redirect("employers:packet", event_id=event.pk, profile_id=profile.pk)
    else:
        open_packet(viewer=request.user, profile=profile, organisation=organisation.name)
    language = get_language()
    full = profile_selectors.profile_for(user=profile.user)
    return render(
        request,
        "employers/packet.html",
        {
            "event": event,
            "profile": full,
            "packet": profile_selectors.packet(
                profile=full,
                language=language,
                modules=profile_selectors.completed_modules(user=profile.user, language=language),
            ),
            "form": form,
            "marks_open": selectors.marks_open(event),
            "deadline": selectors.marks_deadline(event),
        },
        status=400 if form.errors else 200,
    )


# --- Participants' side ------------------------------------------------------------------------


@require_POST
@login_required
def participant_interest(request: HttpRequest, event_id: int, organisation_id: int) -> HttpResponse:
    event = get_object_or_404(EventPage, pk=event_id)
    if not selectors.is_confirmed(user=request.user, event=event):
        raise Http404
    organisation = get_object_or_404(
        Organisation,
        pk=organisation_id,
        active=True,
        participations__event=event,
    )
    form = ParticipantInterestForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose an interest: nothing was changed."))
    else:
        try:
            services.mark_organisation(
                participant=request.user,
                organisation=organisation,
                event=event,
                level=form.cleaned_data["level"],
                now=timezone.now(),
            )
        except services.EmployersError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Your interest is saved."))
    next_url = request.POST.get("next", "")
    if next_url.startswith("/") and not next_url.startswith("//"):
        return redirect(next_url)
    return redirect(reverse("registration:my_path"))
