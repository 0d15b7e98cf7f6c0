"""Events in other apps' pages (the welcome activity, sector briefings, the home page) and in
« My path », through the hooks those apps offer."""

from django.template.loader import render_to_string
from wagtail import hooks
from wagtail.models import Locale

from home.models import HomePage
from sectors.models import SectorBriefingPage
from training.models import WelcomeActivityPage

from . import my_path, selectors
from .choices import EventKind


@hooks.register("page_upcoming_events")
def upcoming_events_on_page(*, page, request) -> str:
    locale = Locale.objects.get(pk=page.locale_id)
    if isinstance(page, WelcomeActivityPage):
        events = selectors.upcoming_events(locale=locale, kinds=[EventKind.WELCOME_SESSION])
    elif isinstance(page, SectorBriefingPage):
        events = selectors.upcoming_events(
            locale=locale, kinds=[EventKind.SECTOR_ACTIVITY], sector=page
        )
    elif isinstance(page, HomePage):
        events = selectors.upcoming_events(locale=locale, limit=3)
    else:
        return ""
    if not events:
        return ""
    return render_to_string("events/includes/event_list.html", {"events": events}, request=request)


@hooks.register("registration_my_path_sections")
def welcome_sessions_section(*, user, request):
    return my_path.step_section(step=1, user=user, request=request)


@hooks.register("registration_my_path_sections")
def sector_activities_section(*, user, request):
    return my_path.step_section(step=2, user=user, request=request)


@hooks.register("registration_my_path_sections")
def recruitment_events_section(*, user, request):
    return my_path.step_section(step=3, user=user, request=request)


@hooks.register("registration_my_path_sections")
def next_events_section(*, user, request):
    return my_path.next_events_section(user=user, request=request)
