"""Thin views of both sides of a connection: the participant's, under « My path », and the
organisation's, in the employer portal. Contact details are shown only on a connection's own
page, once the participant has confirmed sharing them, and each showing is logged."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from employers.forms import PacketFilterForm
from employers.models import Recruiter
from employers.views import recruiter_required
from profiles import selectors as profile_selectors
from profiles.models import Profile
from profiles.services import open_packet
from registration.models import Registration

from . import selectors, services
from .choices import RequestStatus, Side
from .forms import MessageForm, StateForm
from .models import Connection, ConnectionRequest

ACTIONS = {"accept": services.accept, "decline": services.decline, "withdraw": services.withdraw}
DONE = {
    "accept": gettext_lazy("Request accepted: you are now connected."),
    "decline": gettext_lazy("Request declined."),
    "withdraw": gettext_lazy("Request withdrawn."),
}


def participant_required(view):
    @wraps(view)
    @never_cache
    @login_required
    def wrapper(request: HttpRequest, *args, **kwargs):
        if not selectors.is_participant(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def portal_view(view):
    """The employer portal's rule, and the recruiter's language remembered for their e-mails."""

    @wraps(view)
    @recruiter_required
    def wrapper(request: HttpRequest, *args, **kwargs):
        services.remember_recruiter_language(user=request.user, language=get_language())
        return view(request, *args, **kwargs)

    return wrapper


def _error(request, error: services.ConnectionsError) -> None:
    messages.error(request, str(error.message))


# --- The participant's side ----------------------------------------------------------------------


@participant_required
def mine(request: HttpRequest) -> HttpResponse:
    services.expire_due()
    user = request.user
    return render(
        request,
        "connections/mine.html",
        {
            "connections": selectors.participant_connections(user=user),
            "requests": selectors.requests_of_participant(user=user),
            "attended": selectors.attended_recruitment_event(user=user),
            "consent": selectors.active_consent(user=user),
            "shares_packet": bool(
                (profile := profile_selectors.profile_for(user=user))
                and profile.shares_with_employers
            ),
        },
    )


@participant_required
def my_connection(request: HttpRequest, pk: int) -> HttpResponse:
    connection = get_object_or_404(
        Connection.objects.select_related("organisation"), pk=pk, participant=request.user
    )
    form = StateForm(request.POST or None, initial={"state": connection.state})
    if request.method == "POST":
        if "share" in request.POST:
            services.confirm_sharing(connection=connection, participant=request.user)
            messages.success(request, _("Your contact details are shared with this organisation."))
            return redirect("connections:my_connection", pk=connection.pk)
        if form.is_valid():
            services.set_state(
                connection=connection, state=form.cleaned_data["state"], side=Side.PARTICIPANT
            )
            messages.success(request, _("Saved: the organisation is told."))
            return redirect("connections:my_connection", pk=connection.pk)
    recruiters = []
    if connection.contact_shared:
        recruiters = list(
            Recruiter.objects.filter(
                organisation=connection.organisation, active=True, user__is_active=True
            ).select_related("user")
        )
        services.log_contact_view(connection=connection, viewer=request.user, side=Side.PARTICIPANT)
    return render(
        request,
        "connections/my_connection.html",
        {"connection": connection, "form": form, "recruiters": recruiters},
        status=400 if form.errors else 200,
    )


@require_POST
@participant_required
def pool_consent(request: HttpRequest) -> HttpResponse:
    if request.POST.get("consent") == "yes":
        try:
            services.join_pool(user=request.user)
        except services.ConnectionsError as error:
            _error(request, error)
        else:
            messages.success(request, _("You are in the pool: organisations may find your packet."))
    else:
        withdrawn = services.leave_pool(user=request.user)
        messages.success(
            request,
            _("You have left the pool; your pending requests are withdrawn.")
            if withdrawn
            else _("You have left the pool."),
        )
    return redirect("connections:mine")


@participant_required
def openings(request: HttpRequest) -> HttpResponse:
    services.expire_due()
    in_pool = selectors.in_pool(user=request.user)
    pending = set(
        ConnectionRequest.objects.filter(
            participant=request.user, status=RequestStatus.PENDING
        ).values_list("organisation_id", flat=True)
    )
    connected = set(
        Connection.objects.filter(participant=request.user).values_list(
            "organisation_id", flat=True
        )
    )
    return render(
        request,
        "connections/openings.html",
        {
            "in_pool": in_pool,
            "openings": list(selectors.pool_openings()) if in_pool else [],
            "pending": pending,
            "connected": connected,
            "form": MessageForm(),
        },
    )


@participant_required
def ask_about_opening(request: HttpRequest, opening_id: int) -> HttpResponse:
    opening = selectors.pool_openings().filter(pk=opening_id).first()
    if opening is None:
        raise Http404
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.request_from_participant(
                participant=request.user, opening=opening, message=form.cleaned_data["message"]
            )
        except services.ConnectionsError as error:
            _error(request, error)
        else:
            messages.success(request, _("Request sent: the organisation is told by e-mail."))
        return redirect("connections:mine")
    return render(
        request,
        "connections/ask.html",
        {"opening": opening, "form": form},
        status=400 if form.errors else 200,
    )


@require_POST
@participant_required
def my_request_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    connection_request = get_object_or_404(ConnectionRequest, pk=pk, participant=request.user)
    if action not in ACTIONS:
        raise Http404
    try:
        ACTIONS[action](connection_request, side=Side.PARTICIPANT)
    except services.ConnectionsError as error:
        _error(request, error)
    else:
        messages.success(request, str(DONE[action]))
        if action == "accept" and connection_request.connection_id:
            return redirect("connections:my_connection", pk=connection_request.connection_id)
    return redirect("connections:mine")


# --- The organisation's side ---------------------------------------------------------------------


@portal_view
def portal(request: HttpRequest) -> HttpResponse:
    services.expire_due()
    organisation = request.recruiter.organisation
    return render(
        request,
        "connections/portal.html",
        {
            "connections": selectors.organisation_connections(organisation=organisation),
            "requests": selectors.requests_of_organisation(organisation=organisation),
            "may_search": selectors.may_search_pool(organisation),
        },
    )


@portal_view
def portal_connection(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = request.recruiter.organisation
    connection = get_object_or_404(
        Connection.objects.select_related("participant"),
        pk=pk,
        organisation=organisation,
        participant__is_active=True,
    )
    form = StateForm(request.POST or None, initial={"state": connection.state})
    if request.method == "POST" and form.is_valid():
        services.set_state(
            connection=connection, state=form.cleaned_data["state"], side=Side.ORGANISATION
        )
        messages.success(request, _("Saved: the participant is told."))
        return redirect("connections:portal_connection", pk=connection.pk)
    profile = profile_selectors.profile_for(user=connection.participant)
    registration = None
    if connection.contact_shared:
        registration = Registration.objects.filter(user=connection.participant).first()
        services.log_contact_view(
            connection=connection, viewer=request.user, side=Side.ORGANISATION
        )
    return render(
        request,
        "connections/portal_connection.html",
        {
            "connection": connection,
            "profile": profile,
            "registration": registration,
            "form": form,
        },
        status=400 if form.errors else 200,
    )


@require_POST
@portal_view
def portal_request_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    connection_request = get_object_or_404(
        ConnectionRequest, pk=pk, organisation=request.recruiter.organisation
    )
    if action not in ACTIONS:
        raise Http404
    try:
        ACTIONS[action](connection_request, side=Side.ORGANISATION)
    except services.ConnectionsError as error:
        _error(request, error)
    else:
        messages.success(request, str(DONE[action]))
    return redirect("connections:portal")


@portal_view
def pool(request: HttpRequest) -> HttpResponse:
    organisation = request.recruiter.organisation
    if not selectors.may_search_pool(organisation):
        return render(request, "connections/pool_closed.html", status=403)
    form = PacketFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    return render(
        request,
        "connections/pool.html",
        {"form": form, "rows": selectors.search_pool(filters=filters)},
    )


@portal_view
def pool_packet(request: HttpRequest, profile_id: int) -> HttpResponse:
    organisation = request.recruiter.organisation
    profile = profile_selectors.profile_for(user=get_object_or_404(Profile, pk=profile_id).user)
    if not selectors.organisation_may_open(
        organisation_id=organisation.pk, participant_id=profile.user_id
    ):
        raise Http404
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.request_from_organisation(
                organisation=organisation,
                participant=profile.user,
                message=form.cleaned_data["message"],
                by=request.user,
            )
        except services.ConnectionsError as error:
            _error(request, error)
        else:
            messages.success(request, _("Request sent: the participant is told by e-mail."))
        return redirect("connections:portal")
    try:
        open_packet(viewer=request.user, profile=profile, organisation=organisation.name)
    except PermissionDenied:
        raise Http404 from None
    services.expire_due()
    language = get_language()
    return render(
        request,
        "connections/pool_packet.html",
        {
            "profile": profile,
            "packet": profile_selectors.packet(
                profile=profile,
                language=language,
                modules=profile_selectors.completed_modules(user=profile.user, language=language),
            ),
            "form": form,
            "connection": Connection.objects.filter(
                organisation=organisation, participant=profile.user
            ).first(),
            "pending": ConnectionRequest.objects.filter(
                organisation=organisation, participant=profile.user, status=RequestStatus.PENDING
            ).first(),
        },
        status=400 if form.errors else 200,
    )
