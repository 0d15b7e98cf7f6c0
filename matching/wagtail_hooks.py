from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Locale

from employers.selectors import translated
from registration.my_path import MyPathSection

from . import agendas, selectors, services, staff
from .choices import Outcome
from .models import Interview
from .scoring import ADVISORS_AND_PARTICIPANT


@hooks.register("register_admin_urls")
def register_matching_admin_urls():
    return [
        path(
            "matching/", include((staff.admin_urls(), "matching_admin"), namespace="matching_admin")
        )
    ]


@hooks.register("register_admin_menu_item")
def register_matching_menu_item():
    return staff.menu_item()


@hooks.register("register_reports_menu_item")
def register_outcomes_report_menu_item():
    return staff.report_menu_item()


@hooks.register("events_calendar_feed_items")
def interviews_in_calendar_feed(*, user):
    return agendas.participant_feed_items(user)


@hooks.register("registration_my_path_sections")
def interviews_section(*, user, request):
    """Step 3 of « My path »: the participant's published agendas, an answer per interview once
    it has started, and recruiters' feedback once three interviews or more gave it."""
    event_agendas = selectors.participant_agendas(user)
    suggestions = selectors.feedback_suggestions(user)
    if not event_agendas and not suggestions:
        return None
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        locale = Locale.get_default()
    pages = translated([event for event, _agenda in event_agendas], locale=locale)
    items = []
    for event, agenda in event_agendas:
        _data, _tables, scores = services.event_scores(event, slots=event.matching.slots)
        rows = []
        for line in agenda:
            score = scores.get((user.pk, line.interview.organisation_id))
            rows.append(
                {
                    "line": line,
                    "started": selectors.has_started(line),
                    "parts": score.parts_for(ADVISORS_AND_PARTICIPANT) if score else [],
                }
            )
        items.append({"page": pages.get(event.pk, event), "rows": rows})
    unanswered = any(
        row["started"] and not row["line"].interview.participant_outcome
        for item in items
        for row in item["rows"]
    )
    return MyPathSection(
        template="matching/my_path_section.html",
        context={"agendas": items, "suggestions": suggestions, "outcomes": Outcome.choices},
        order=40,
        step=3,
        unfinished=unanswered,
    )


@hooks.register("registration_personal_data")
def interviews_personal_data(*, user):
    """The participant's interviews and their own answers (never a recruiter's note)."""
    return {
        "interviews": [
            {
                "event": interview.event.title,
                "organisation": interview.organisation.name,
                "table": interview.table,
                "slot": interview.slot + 1,
                "my_answer": interview.participant_outcome,
            }
            for interview in Interview.objects.filter(participant=user).select_related(
                "event", "organisation"
            )
        ]
    }


@hooks.register("employers_portal_event_links")
def interviews_link(*, event, organisation):
    """The organisation's interviews at the event, once the schedule is published."""
    if not Interview.objects.filter(
        event=event, organisation=organisation, event__matching__published_at__isnull=False
    ).exists():
        return []
    return [(_("Interviews"), reverse("matching:organisation_interviews", args=[event.pk]))]
