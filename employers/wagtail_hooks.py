"""What the employers app adds to the others: who may open a packet (profiles), a section of
« My path » (registration), the participant's interests in their data download, the admin."""

from django.utils import timezone
from wagtail import hooks
from wagtail.models import Locale

from registration.my_path import MyPathSection

from . import selectors
from .access import portal_recruiter
from .choices import Interest
from .models import ParticipantInterest
from .viewsets import EmployersViewSetGroup


@hooks.register("profiles_packet_audiences")
def recruiters_of_my_events(*, user, profile) -> bool:
    """True when ``user`` is an active recruiter (verified, second factor) of an organisation
    attending an event the participant is confirmed for. Read on every request."""
    recruiter = portal_recruiter(user)
    if recruiter is None:
        return False
    return selectors.recruits_for_participant(
        organisation_id=recruiter.organisation_id, participant_id=profile.user_id
    )


@hooks.register("registration_my_path_sections")
def employers_section(*, user, request):
    events = selectors.confirmed_recruitment_events(user=user)
    if not events:
        return None
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        locale = Locale.get_default()
    pages = selectors.translated(events, locale=locale)
    now = timezone.now()
    items = [
        {
            "event": event,
            "page": pages[event.pk],
            "participations": selectors.attending_organisations(event=event, participant=user),
            "marks_open": selectors.marks_open(event, now=now),
        }
        for event in events
    ]
    return MyPathSection(
        template="employers/my_path_section.html",
        context={"employer_events": items, "interest_choices": Interest.choices},
        order=40,
        step=3,
    )


@hooks.register("registration_personal_data")
def employers_personal_data(*, user):
    return {
        "employer_interests": [
            {
                "organisation": interest.organisation.name,
                "event_id": interest.event_id,
                "interest": interest.level,
                "updated_at": interest.updated_at.isoformat(),
            }
            for interest in ParticipantInterest.objects.filter(participant=user).select_related(
                "organisation"
            )
        ]
    }


@hooks.register("register_admin_viewset")
def register_employers_viewsets():
    return EmployersViewSetGroup()


@hooks.register("events_page_panels")
def employers_on_event_page(*, page, request):
    """On a recruitment event page, for a participant confirmed for it: the employers attending,
    their openings and the participant's own interest mark per employer until the deadline."""
    from django.template.loader import render_to_string

    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or page.kind != "recruitment_event":
        return ""
    event = page.source_event
    if not selectors.is_confirmed(user=user, event=event):
        return ""
    return render_to_string(
        "employers/event_panel.html",
        {
            "event": event,
            "participations": selectors.attending_organisations(event=event, participant=user),
            "marks_open": selectors.marks_open(event),
            "interest_choices": Interest.choices,
        },
        request=request,
    )
