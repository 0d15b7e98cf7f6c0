"""Events in other apps' pages (the welcome activity, sector briefings, the home page) and in
« My path », through the hooks those apps offer."""

from django.template.loader import render_to_string
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import HomePage
from registration.personal_data import serialize
from registration.reports import VIEW_PERMISSION
from sectors.models import SectorBriefingPage
from training.models import WelcomeActivityPage

from . import my_path, selectors, services, staff
from .choices import EventKind
from .models import CalendarFeed, EventInvitation, EventPage, SignUp


@hooks.register("page_upcoming_events")
def upcoming_events_on_page(*, page, request) -> str:
    locale = page.locale  # loaded with the language links, no query of its own
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


@hooks.register("page_cache_related_pages")
def pages_listing_an_event(page):
    """An event is listed on the home page, the welcome activity and its sector's briefing
    (``upcoming_events_on_page``): the anonymous page cache purges them with it (#18)."""
    if not isinstance(page, EventPage):
        return []
    return [
        *HomePage.objects.all(),
        *WelcomeActivityPage.objects.all(),
        *SectorBriefingPage.objects.all(),
    ]


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


@hooks.register("register_admin_urls")
def register_event_admin_urls():
    return [
        path("events/", include((staff.admin_urls(), "events_admin"), namespace="events_admin"))
    ]


@hooks.register("register_admin_menu_item")
def register_events_menu_item():
    return staff.menu_item()


@hooks.register("register_reports_menu_item")
def register_event_attendance_report_menu_item():
    return staff.report_menu_item()


@hooks.register("register_page_listing_buttons")
def event_participants_buttons(page, user, next_url=None):
    if issubclass(page.specific_class or type(page), EventPage) and user.has_perm(VIEW_PERMISSION):
        yield ListingButton(
            _("Participants"),
            reverse("events_admin:participants", args=[page.pk]),
            priority=40,
        )
        yield ListingButton(
            _("Check-in"), reverse("events_admin:check_in", args=[page.pk]), priority=41
        )


class HostedEventsPanel(Component):
    """On a host's dashboard: their upcoming events, with who is coming."""

    name = "hosted_events"
    template_name = "events/admin/hosted_events_panel.html"
    order = 60

    def __init__(self, events):
        self.events = events

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["hosted_events"] = self.events
        return context


@hooks.register("construct_homepage_panels")
def add_hosted_events_panel(request, panels):
    events = list(
        EventPage.objects.filter(
            locale=Locale.get_default(),
            hosts__user=request.user,
            end__gte=timezone.now(),
        )
        .distinct()
        .order_by("start")
    )
    if events:
        panels.insert(0, HostedEventsPanel(events))


class EventInvitationViewSet(SnippetViewSet):
    """Advisors invite participants to invitation-only events."""

    model = EventInvitation
    icon = "mail"
    menu_label = _("Event invitations")
    add_to_admin_menu = True
    menu_order = 251
    list_display = ["event", "user", "created_at"]
    panels = [
        FieldPanel("event"),
        FieldPanel("user"),
    ]


register_snippet(EventInvitationViewSet)


@hooks.register("registration_personal_data")
def events_personal_data(*, user):
    """The participant's sign-ups (with the event's title), invitations and calendar feed."""
    signups = SignUp.objects.filter(user=user).select_related("event").order_by("queued_at")
    return {
        "event_signups": [
            {"event_title": signup.event.title, **serialize(signup, skip=("user",))}
            for signup in signups
        ],
        "event_invitations": [
            serialize(invitation, skip=("user",))
            for invitation in EventInvitation.objects.filter(user=user)
        ],
        "calendar_feed": bool(CalendarFeed.objects.filter(user=user).exists()),
    }


@hooks.register("registration_anonymise")
def release_anonymised_account(*, user):
    """Retention: upcoming places are cancelled (the first people waiting get them), invitations
    and the calendar feed go. Past sign-ups stay, without a name, for the attendance report."""
    services.release_account(user=user)


# --- Background jobs (#19): the worker sends the events' e-mails that are due, every minute ---
@hooks.register("periodic_jobs")
def event_messages_job():
    import datetime

    from jobs.periodic import PeriodicJob

    return PeriodicJob(
        "send_event_messages", every=datetime.timedelta(minutes=1), arguments=("--quiet",)
    )
