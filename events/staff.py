"""Advisors' work on events in the Wagtail admin: lists, check-in, messages, export, report.

Only staff who may read registrations (advisors, administrators) get here: the lists hold
personal data.
"""

import uuid
from collections import OrderedDict
from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.models import Locale

from registration.reports import VIEW_PERMISSION, ChartReportView, RegistrationReportMenuItem

from . import notifications, services
from .choices import EventKind, SignUpStatus
from .models import EventHost, EventPage, SignUp


def _require_advisor(request: HttpRequest) -> None:
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied


def _event(pk: int) -> EventPage:
    return get_object_or_404(EventPage, pk=pk).source_event


def _lists(event: EventPage) -> tuple[list[SignUp], list[SignUp]]:
    signups = list(
        event.signups.active()
        .select_related("user", "user__registration")
        .order_by("queued_at", "pk")
    )
    confirmed = [s for s in signups if s.status == SignUpStatus.CONFIRMED]
    waiting = [s for s in signups if s.status == SignUpStatus.WAITING]
    for position, signup in enumerate(waiting, start=1):
        signup.position = position
    return confirmed, waiting


class MessageForm(forms.Form):
    # One per form shown: sending the same form twice (double click, reload) sends nothing twice.
    message_id = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)
    subject_fr = forms.CharField(label=_("Subject in French"), max_length=150)
    body_fr = forms.CharField(label=_("Message in French"), widget=forms.Textarea)
    subject_en = forms.CharField(label=_("Subject in English"), max_length=150, required=False)
    body_en = forms.CharField(
        label=_("Message in English"),
        widget=forms.Textarea,
        required=False,
        help_text=_("Empty: English-speaking participants get the French message."),
    )


def event_list(request: HttpRequest) -> HttpResponse:
    """Every event of the source language, latest first, with its seats: the advisors' entry."""
    _require_advisor(request)
    events = (
        EventPage.objects.filter(locale=Locale.get_default())
        .annotate(
            confirmed_count=Count("signups", filter=Q(signups__status=SignUpStatus.CONFIRMED)),
            waiting_count=Count("signups", filter=Q(signups__status=SignUpStatus.WAITING)),
        )
        .order_by("-start")
    )
    return TemplateResponse(
        request,
        "events/admin/event_list.html",
        {"events": events, "page_title": _("Events"), "header_icon": "date"},
    )


def participants(request: HttpRequest, pk: int) -> HttpResponse:
    _require_advisor(request)
    event = _event(pk)
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = notifications.message_confirmed_participants(
            event=event,
            subject={"fr": data["subject_fr"], "en": data["subject_en"]},
            body={"fr": data["body_fr"], "en": data["body_en"]},
            message_id=str(data["message_id"]),
        )
        if outcome.sent:
            messages.success(
                request, _("Message sent to %(count)s participants.") % {"count": outcome.sent}
            )
        if outcome.failed:
            messages.warning(
                request,
                _(
                    "The message could not be sent to %(count)s participants. Send the same form "
                    "again in a few minutes: only they will get it."
                )
                % {"count": outcome.failed},
            )
        if outcome.already and not (outcome.sent or outcome.failed):
            messages.info(request, _("This message was already sent: no participant got it twice."))
        return redirect("events_admin:participants", pk=event.pk)
    confirmed, waiting = _lists(event)
    return TemplateResponse(
        request,
        "events/admin/participants.html",
        {
            "event": event,
            "confirmed": confirmed,
            "waiting": waiting,
            "form": form,
            "page_title": event.title,
            "header_title": event.title,
        },
    )


def is_host(*, user, event: EventPage) -> bool:
    return EventHost.objects.filter(
        page__translation_key=event.translation_key, user_id=user.pk
    ).exists()


def hosting(request: HttpRequest, pk: int) -> HttpResponse:
    """What a host sees: the number of confirmed participants and the first names of those who
    agreed to show it, nothing else (no last name, no e-mail, no waiting list)."""
    event = _event(pk)
    if not (request.user.has_perm(VIEW_PERMISSION) or is_host(user=request.user, event=event)):
        raise PermissionDenied
    confirmed = event.signups.confirmed()
    first_names = sorted(
        confirmed.filter(shares_first_name=True).values_list("user__first_name", flat=True),
        key=str.casefold,
    )
    return TemplateResponse(
        request,
        "events/admin/hosting.html",
        {
            "event": event,
            "confirmed_count": confirmed.count(),
            "first_names": first_names,
            "page_title": event.title,
        },
    )


def check_in(request: HttpRequest, pk: int) -> HttpResponse:
    """One large button per confirmed participant: usable with a finger, on a tablet."""
    _require_advisor(request)
    event = _event(pk)
    if request.method == "POST":
        signup = get_object_or_404(event.signups.confirmed(), pk=request.POST.get("signup"))
        value = {"yes": True, "no": False}.get(request.POST.get("attended"))
        services.mark_attendance(signup=signup, attended=value)
        return redirect(reverse("events_admin:check_in", args=[event.pk]) + f"#signup-{signup.pk}")
    confirmed, _waiting = _lists(event)
    return TemplateResponse(
        request,
        "events/admin/check_in.html",
        {"event": event, "confirmed": confirmed, "page_title": _("Check-in")},
    )


EXPORT_COLUMNS = [
    ("status", _("status"), lambda s: s.get_status_display()),
    ("position", _("position on the waiting list"), lambda s: getattr(s, "position", "")),
    ("first_name", _("first name"), lambda s: s.user.first_name),
    ("last_name", _("last name"), lambda s: s.user.last_name),
    ("email", _("e-mail"), lambda s: s.user.email),
    (
        "phone",
        _("phone"),
        lambda s: (
            str(s.user.registration.phone)
            if hasattr(s.user, "registration") and s.user.registration.phone
            else ""
        ),
    ),
    # A date-time: the shared export path writes it in Montreal time.
    ("queued_at", _("signed up on"), lambda s: s.queued_at),
    ("attended", _("attended"), lambda s: {True: _("yes"), False: _("no")}.get(s.attended, "")),
]


class ParticipantsExportView(SpreadsheetExportMixin, View):
    """The participants of an event (confirmed, then waiting), through the shared export path
    (home/exports.py): formulas neutralised, Montreal time, byte-order mark. CSV by default."""

    list_export = [name for name, _label, _value in EXPORT_COLUMNS]
    export_headings = {name: label for name, label, _value in EXPORT_COLUMNS}

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        _require_advisor(request)
        self.event = _event(pk)
        confirmed, waiting = _lists(self.event)
        export_format = request.GET.get("export")
        if export_format not in self.FORMATS:
            export_format = self.FORMAT_CSV
        response = self.as_spreadsheet(confirmed + waiting, export_format)
        response["Cache-Control"] = "no-store"
        return response

    def get_filename(self) -> str:
        return f"participants-{self.event.pk}"

    def get_heading(self, queryset, field):
        return str(self.export_headings[field])

    def to_row_dict(self, item):
        return OrderedDict((name, value(item)) for name, _label, value in EXPORT_COLUMNS)


export = ParticipantsExportView.as_view()


@dataclass
class AttendanceRow:
    kind: str
    month: str
    signups: int = 0
    confirmed: int = 0
    attended: int = 0
    no_show: int = 0

    @property
    def label(self) -> str:
        return f"{EventKind(self.kind).label} · {self.month}"

    @property
    def attendance_rate(self) -> int:
        marked = self.attended + self.no_show
        return round(100 * self.attended / marked) if marked else 0

    @property
    def no_show_rate(self) -> int:
        marked = self.attended + self.no_show
        return round(100 * self.no_show / marked) if marked else 0

    @property
    def kind_label(self) -> str:
        return str(EventKind(self.kind).label)


def attendance_rows() -> list[AttendanceRow]:
    """Sign-ups, attendance and no-shows of past events, by kind and month (Montreal time)."""
    from .models import MONTREAL

    rows: dict[tuple[str, str], AttendanceRow] = {}
    signups = SignUp.objects.filter(event__start__lt=timezone.now()).values_list(
        "event__kind", "event__start", "status", "attended"
    )
    for kind, start, status, attended in signups:
        month = timezone.localtime(start, MONTREAL).strftime("%Y-%m")
        row = rows.setdefault((kind, month), AttendanceRow(kind=kind, month=month))
        row.signups += 1
        if status == SignUpStatus.CONFIRMED:
            row.confirmed += 1
            row.attended += attended is True
            row.no_show += attended is False
    return sorted(rows.values(), key=lambda row: (row.month, row.kind))


class EventAttendanceReportView(ChartReportView):
    page_title = _("Event attendance")
    header_icon = "date"
    index_url_name = "events_admin:attendance_report"
    index_results_url_name = "events_admin:attendance_report_results"
    export_filename = "event-attendance"
    chart_title = _("Attendance rate by event kind and month")
    definition = _(
        "For past events. Sign-ups count every sign-up, cancelled ones included; confirmed counts "
        "the places held on the day. Attendance and no-show rates are among the confirmed "
        "participants whose attendance was marked at check-in."
    )
    columns = [
        Column("kind_label", label=_("Kind")),
        Column("month", label=_("Month")),
        Column("signups", label=_("Sign-ups")),
        Column("confirmed", label=_("Confirmed")),
        Column("attended", label=_("Attended")),
        Column("no_show", label=_("No-shows")),
        Column("attendance_rate", label=_("Attendance rate (%)")),
        Column("no_show_rate", label=_("No-show rate (%)")),
    ]
    list_export = [column.name for column in columns]
    export_headings = {column.name: column.label for column in columns}

    def get_rows(self):
        return attendance_rows()

    def chart_items(self, rows):
        return [(row.label, row.attended, row.attendance_rate) for row in rows]


def admin_urls():
    return [
        path("", event_list, name="index"),
        path("<int:pk>/participants/", participants, name="participants"),
        path("<int:pk>/check-in/", check_in, name="check_in"),
        path("<int:pk>/hosting/", hosting, name="hosting"),
        path("<int:pk>/export/", export, name="export"),
        path("attendance/", EventAttendanceReportView.as_view(), name="attendance_report"),
        path(
            "attendance/results/",
            EventAttendanceReportView.as_view(results_only=True),
            name="attendance_report_results",
        ),
    ]


def menu_item() -> MenuItem:
    return RegistrationReportMenuItem(
        _("Events"), reverse("events_admin:index"), name="events", icon_name="date", order=250
    )


def report_menu_item() -> MenuItem:
    return RegistrationReportMenuItem(
        _("Event attendance"),
        reverse("events_admin:attendance_report"),
        name="event-attendance",
        icon_name="date",
        order=1330,
    )
