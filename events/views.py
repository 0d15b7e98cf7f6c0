from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from wagtail import hooks
from wagtail.models import Locale

from home.links import safe_next

from . import calendars, selectors, services
from .choices import SignUpStatus
from .models import CalendarFeed, EventPage

FEED_ITEMS_HOOK = "events_calendar_feed_items"


def _back(request: HttpRequest, event_id) -> str:
    target = safe_next(request, request.POST.get("next"))
    if target:
        return target
    event = (
        EventPage.objects.live().filter(pk=event_id).first() if str(event_id).isdigit() else None
    )
    if event is not None:
        translation = selectors.translated_events(
            [event.source_event], locale=Locale.get_active()
        ).get(event.source_event.pk, event)
        return translation.url
    return reverse("registration:my_path")


@never_cache
@require_POST
def sign_up(request: HttpRequest, event_id: int) -> HttpResponse:
    back = _back(request, event_id)
    if not request.user.is_authenticated:
        return redirect_to_login(back)
    try:
        signup = services.sign_up(
            event_id=event_id,
            user=request.user,
            shares_first_name=request.POST.get("shares_first_name") == "on",
        )
    except services.SignUpError as error:
        messages.error(request, error.message)
    else:
        if signup.status == SignUpStatus.CONFIRMED:
            messages.success(request, _("You're in! A confirmation is on its way by e-mail."))
        else:
            messages.info(
                request,
                _(
                    "The event is full: you are on the waiting list. If a place frees up, it is "
                    "yours in order of arrival and we will tell you by e-mail."
                ),
            )
    return redirect(back)


@never_cache
@login_required
@require_POST
def cancel(request: HttpRequest, event_id: int) -> HttpResponse:
    back = _back(request, event_id)
    try:
        services.cancel(event_id=event_id, user=request.user)
    except services.SignUpError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Your sign-up is cancelled. Thank you for freeing your place."))
    return redirect(back)


def _ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


@never_cache
@require_GET
def event_ics(request: HttpRequest, event_id: int) -> HttpResponse:
    event = get_object_or_404(EventPage.objects.live(), pk=event_id)
    with_link = (
        request.user.is_authenticated
        and event.source_event.signups.confirmed().filter(user=request.user).exists()
    )
    return _ics_response(calendars.event_calendar(event, with_link=with_link), f"{event.slug}.ics")


@never_cache
@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    feed = CalendarFeed.objects.select_related("user").filter(token=token).first()
    if feed is None or not feed.user.is_active:  # anonymised or deactivated: nothing to show
        raise Http404
    signups = selectors.participant_signups(
        user=feed.user, statuses=[SignUpStatus.CONFIRMED, SignUpStatus.WAITING]
    )
    language = get_language() or "fr"
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    translations = selectors.translated_events([s.event for s in signups], locale=locale)
    events = [(translations[s.event.pk], s.status == SignUpStatus.CONFIRMED) for s in signups]
    # Higher apps add their own entries (the matching app: the participant's interviews).
    extra = [item for hook in hooks.get_hooks(FEED_ITEMS_HOOK) for item in hook(user=feed.user)]
    return _ics_response(calendars.feed_calendar(events, extra), "passerelle.ics")


@never_cache
@login_required
@require_POST
def revoke_feed(request: HttpRequest) -> HttpResponse:
    services.revoke_calendar_feed(user=request.user)
    messages.success(
        request,
        _("Your calendar address has changed: the old one no longer works. Subscribe again."),
    )
    return redirect("registration:my_path")
