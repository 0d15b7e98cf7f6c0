"""Advisors' work on the matching in the Wagtail admin: run it, adjust the grid, publish, and
read the outcomes. Only staff who may read registrations (advisors, administrators) get here."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.models import Locale

from connections.choices import ConnectionState
from connections.models import Connection
from employers.models import EventParticipation
from events.choices import EventKind, SignUpStatus
from events.models import EventPage, SignUp
from registration.reports import VIEW_PERMISSION, ChartReportView, RegistrationReportMenuItem

from . import agendas, services
from .choices import Outcome
from .models import EventMatching, Interview
from .scoring import ADVISORS


def _require_advisor(request: HttpRequest) -> None:
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied


def _event(pk: int) -> EventPage:
    return get_object_or_404(EventPage, pk=pk, kind=EventKind.RECRUITMENT_EVENT).source_event


class SettingsForm(forms.ModelForm):
    class Meta:
        model = EventMatching
        fields = [
            "max_interviews",
            "slots",
            "slot_minutes",
            "first_slot_at",
            "break_after",
            "break_minutes",
            "room_link_template",
        ]


def event_list(request: HttpRequest) -> HttpResponse:
    _require_advisor(request)
    events = (
        EventPage.objects.filter(kind=EventKind.RECRUITMENT_EVENT, locale=Locale.get_default())
        .select_related("matching")
        .annotate(
            confirmed_count=Count(
                "signups", filter=Q(signups__status=SignUpStatus.CONFIRMED), distinct=True
            ),
            organisations_count=Count("employer_participations", distinct=True),
            interviews_count=Count("interviews", distinct=True),
        )
        .order_by("-start")
    )
    return TemplateResponse(
        request,
        "matching/admin/event_list.html",
        {"events": events, "page_title": _("Matching"), "header_icon": "group"},
    )


@dataclass
class Cell:
    slot: int
    start: object
    interview: Interview | None = None


@dataclass
class TableRow:
    organisation: object
    table: int
    cells: list[Cell]


def _grid(matching: EventMatching, interviews: list[Interview]) -> list[TableRow]:
    times = matching.slot_times()
    placed = {(i.organisation_id, i.table, i.slot): i for i in interviews}
    rows = []
    participations = (
        EventParticipation.objects.filter(event=matching.event)
        .select_related("organisation")
        .order_by("organisation__name")
    )
    for participation in participations:
        for table in range(1, participation.tables_count + 1):
            rows.append(
                TableRow(
                    participation.organisation,
                    table,
                    [
                        Cell(slot, start, placed.get((participation.organisation_id, table, slot)))
                        for slot, (start, _end) in enumerate(times)
                    ],
                )
            )
    return rows


def schedule_view(request: HttpRequest, pk: int) -> HttpResponse:
    _require_advisor(request)
    event = _event(pk)
    matching = services.matching_for(event)
    settings_form = SettingsForm(instance=matching, prefix="settings")
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            version = int(request.POST.get("version", ""))
        except ValueError:
            version = -1
        try:
            if action == "settings":
                settings_form = SettingsForm(request.POST, instance=matching, prefix="settings")
                if settings_form.is_valid():
                    settings_form.save()
                    messages.success(
                        request, _("Settings saved. Run the matching again to use them.")
                    )
                    return redirect("matching_admin:schedule", pk=event.pk)
            elif action == "run":
                summary = services.run_matching(event=event, user=request.user, version=version)
                messages.success(
                    request,
                    _(
                        "Matching done: %(interviews)s interviews, %(served)s of %(with_pair)s "
                        "participants with at least one, in %(slots)s slots; total score "
                        "%(score)s (proven optimal)."
                    )
                    % {
                        "interviews": summary.interviews,
                        "served": summary.participants_served,
                        "with_pair": summary.participants_with_pair,
                        "slots": summary.slots_used,
                        "score": summary.total_score,
                    },
                )
                return redirect("matching_admin:schedule", pk=event.pk)
            elif action in {"move", "remove", "swap", "add"}:
                _edit(request, event, action, version)
                return redirect("matching_admin:schedule", pk=event.pk)
            elif action == "publish":
                sent = agendas.publish(event=event)
                messages.success(
                    request,
                    _("Published: %(count)s agendas sent; nobody got the same agenda twice.")
                    % {"count": sent},
                )
                return redirect("matching_admin:schedule", pk=event.pk)
        except services.ScheduleError as error:
            messages.error(request, str(error))
            return redirect("matching_admin:schedule", pk=event.pk)
    matching.refresh_from_db()
    interviews = list(
        Interview.objects.filter(event=event).select_related("participant", "organisation")
    )
    _data, _tables, scores = services.event_scores(event, slots=matching.slots)
    for interview in interviews:
        score = scores.get((interview.participant_id, interview.organisation_id))
        interview.parts = score.parts_for(ADVISORS) if score else []
    participants = list(
        SignUp.objects.filter(event=event, status=SignUpStatus.CONFIRMED)
        .select_related("user")
        .order_by("user__last_name", "user__first_name")
    )
    served = defaultdict(int)
    for interview in interviews:
        served[interview.participant_id] += 1
    without = [s.user for s in participants if not served[s.user_id]]
    excluded = sorted(
        (
            (pair, score)
            for pair, score in scores.items()
            if not score.allowed and score.excluded != "participant_declined"
        ),
        key=lambda item: item[0],
    )
    return TemplateResponse(
        request,
        "matching/admin/schedule.html",
        {
            "event": event,
            "matching": matching,
            "rows": _grid(matching, interviews),
            "times": matching.slot_times(),
            "interviews": sorted(interviews, key=lambda i: (i.slot, i.organisation.name, i.table)),
            "participants": [s.user for s in participants],
            "organisations": [
                p.organisation
                for p in EventParticipation.objects.filter(event=event).select_related(
                    "organisation"
                )
            ],
            "without_interview": without,
            "excluded_count": len(excluded),
            "settings_form": settings_form,
            "page_title": _("Schedule: %(event)s") % {"event": event.title},
            "header_icon": "group",
        },
    )


def _int(request: HttpRequest, name: str) -> int:
    try:
        return int(request.POST.get(name, ""))
    except ValueError as error:
        raise services.ScheduleError(_("Choose a value for each field.")) from error


def _edit(request: HttpRequest, event: EventPage, action: str, version: int) -> None:
    interviews = Interview.objects.filter(event=event).select_related("organisation")
    if action == "remove":
        interview = get_object_or_404(interviews, pk=_int(request, "interview"))
        services.remove_interview(interview=interview, version=version)
        messages.success(request, _("Interview removed."))
    elif action == "move":
        interview = get_object_or_404(interviews, pk=_int(request, "interview"))
        services.move_interview(
            interview=interview,
            table=_int(request, "table"),
            slot=_int(request, "slot") - 1,
            version=version,
        )
        messages.success(request, _("Interview moved."))
    elif action == "swap":
        first = get_object_or_404(interviews, pk=_int(request, "first"))
        second = get_object_or_404(interviews, pk=_int(request, "second"))
        services.swap_slots(first=first, second=second, version=version)
        messages.success(request, _("Slots swapped."))
    elif action == "add":
        signup = get_object_or_404(
            SignUp.objects.select_related("user"),
            event=event,
            status=SignUpStatus.CONFIRMED,
            user_id=_int(request, "participant"),
        )
        participation = get_object_or_404(
            EventParticipation.objects.select_related("organisation"),
            event=event,
            organisation_id=_int(request, "organisation"),
        )
        services.add_interview(
            event=event,
            participant=signup.user,
            organisation=participation.organisation,
            table=_int(request, "table"),
            slot=_int(request, "slot") - 1,
            version=version,
        )
        messages.success(request, _("Interview added."))


# --- Outcomes report ---------------------------------------------------------------------------


@dataclass
class OutcomeRow:
    event: str
    date: object
    interviews: int = 0
    held: int = 0
    continues: int = 0
    connections: int = 0
    offers: int = 0
    hires: int = 0

    @property
    def label(self) -> str:
        return self.event


OFFER_OR_LATER = {ConnectionState.OFFER, ConnectionState.HIRED}


def outcome_rows() -> list[OutcomeRow]:
    """Per recruitment event with interviews: interviews scheduled, held (an outcome recorded by
    either side), mutual « continue », connections made at the event, offers and hires."""
    rows: dict[int, OutcomeRow] = {}
    interviews = Interview.objects.values_list(
        "event_id",
        "event__title",
        "event__start",
        "organisation_outcome",
        "participant_outcome",
    )
    for event_id, title, start, organisation_outcome, participant_outcome in interviews:
        row = rows.setdefault(event_id, OutcomeRow(title, start.date()))
        row.interviews += 1
        row.held += bool(organisation_outcome or participant_outcome)
        row.continues += organisation_outcome == participant_outcome == Outcome.CONTINUE
    for event_id, state in Connection.objects.filter(event_id__in=rows).values_list(
        "event_id", "state"
    ):
        row = rows[event_id]
        row.connections += 1
        row.offers += state in OFFER_OR_LATER
        row.hires += state == ConnectionState.HIRED
    return sorted(rows.values(), key=lambda row: (row.date, row.event))


class OutcomesReportView(ChartReportView):
    page_title = gettext_lazy("Recruitment event outcomes")
    header_icon = "group"
    index_url_name = "matching_admin:outcomes_report"
    index_results_url_name = "matching_admin:outcomes_report_results"
    export_filename = "recruitment-event-outcomes"
    chart_title = gettext_lazy("Connections made at each recruitment event")
    definition = gettext_lazy(
        "Interviews counts the interviews of the published schedule; held, those with an outcome "
        "recorded by either side. Connections are those made at the event (a mutual « continue »); "
        "offers count the connections at the offer stage or hired; hires, those hired."
    )
    columns = [
        Column("event", label=gettext_lazy("Event")),
        Column("date", label=gettext_lazy("Date")),
        Column("interviews", label=gettext_lazy("Interviews")),
        Column("held", label=gettext_lazy("Held")),
        Column("connections", label=gettext_lazy("Connections")),
        Column("offers", label=gettext_lazy("Offers")),
        Column("hires", label=gettext_lazy("Hires")),
    ]
    list_export = [column.name for column in columns]
    export_headings = {column.name: column.label for column in columns}

    def get_rows(self):
        return outcome_rows()

    def chart_items(self, rows):
        return [
            (row.label, row.connections, round(100 * row.connections / row.held) if row.held else 0)
            for row in rows
        ]


def admin_urls():
    return [
        path("", event_list, name="index"),
        path("<int:pk>/", schedule_view, name="schedule"),
        path("outcomes/", OutcomesReportView.as_view(), name="outcomes_report"),
        path(
            "outcomes/results/",
            OutcomesReportView.as_view(results_only=True),
            name="outcomes_report_results",
        ),
    ]


class AdvisorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


def menu_item():
    return AdvisorMenuItem(
        gettext_lazy("Matching"), reverse("matching_admin:index"), icon_name="group", order=215
    )


def report_menu_item():
    return RegistrationReportMenuItem(
        gettext_lazy("Recruitment event outcomes"),
        reverse("matching_admin:outcomes_report"),
        icon_name="group",
        order=720,
    )
