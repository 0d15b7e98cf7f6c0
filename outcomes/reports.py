"""Staff reports: the impact report (funnel, checkpoints, breakdowns, charts and their tables,
export, printable summary) and the advisors' "did not answer" call list."""

import django_filters
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from registration.charts import horizontal_bar_chart
from registration.models import Registration
from registration.reports import RegistrationReportMenuItem

from . import selectors


def _keep(queryset, name, value):
    # The period is read by the report itself (its rows are not a queryset).
    return queryset


class ImpactFilterSet(WagtailFilterSet):
    registered = django_filters.DateFromToRangeFilter(
        label=_("Registered between"), widget=DateRangePickerWidget, method=_keep
    )

    class Meta:
        model = Registration
        fields = []


def period_of(filters) -> tuple:
    if filters is None or not filters.is_valid():
        return None, None
    period = filters.form.cleaned_data.get("registered")
    if not period:
        return None, None
    return period.start, period.stop


class ImpactReportView(ReportView):
    page_title = _("Impact report")
    header_icon = "pick"
    index_url_name = "outcomes_reports:impact"
    index_results_url_name = "outcomes_reports:impact_results"
    results_template_name = "outcomes/admin/impact_results.html"
    export_filename = "impact-report"
    permission_policy = ModelPermissionPolicy(Registration)
    permission_required = "view"
    filterset_class = ImpactFilterSet
    paginate_by = None

    def get_queryset(self):
        return []

    def get_filtered_queryset(self):
        start, end = period_of(self.filters)
        self.report = selectors.impact_report(start=start, end=end)
        self.list_export = ["dimension_label", "group"] + [key for key, _l in self.report.columns]
        self.export_headings = {
            "dimension_label": _("Breakdown"),
            "group": _("Group"),
            **dict(self.report.columns),
        }
        return self.report.rows

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        report = self.report
        context["report"] = report
        context["funnel_chart"] = horizontal_bar_chart(
            [(stage.label, stage.count, stage.percent) for stage in report.funnel]
        )
        cohorts = [row for row in report.rows_of("cohort") if not row.suppressed]
        context["cohort_chart"] = horizontal_bar_chart(
            [
                (
                    row.group,
                    row.cells["registered"].value,
                    selectors.percent(row.cells["registered"].value, report.funnel[0].count) or 0,
                )
                for row in cohorts
            ]
        )
        context["breakdowns"] = [
            (key, label, report.rows_of(key)) for key, label in selectors.DIMENSIONS
        ]
        context["summary_url"] = reverse("outcomes_reports:summary") + (
            "?" + self.request.GET.urlencode() if self.request.GET else ""
        )
        return context


def summary(request):
    """One printable page per period for funders: the headline figures and the funnel."""
    if not request.user.has_perm("registration.view_registration"):
        from django.core.exceptions import PermissionDenied

        raise PermissionDenied
    filters = ImpactFilterSet(request.GET, request=request)
    start, end = period_of(filters)
    report = selectors.impact_report(start=start, end=end)
    return render(
        request,
        "outcomes/admin/summary.html",
        {
            "report": report,
            "funnel_chart": horizontal_bar_chart(
                [(stage.label, stage.count, stage.percent) for stage in report.funnel]
            ),
        },
    )


class DidNotAnswerReportView(ReportView):
    page_title = _("Follow-up: did not answer")
    header_icon = "mail"
    index_url_name = "outcomes_reports:did_not_answer"
    index_results_url_name = "outcomes_reports:did_not_answer_results"
    export_filename = "follow-up-to-call"
    permission_policy = ModelPermissionPolicy(Registration)
    permission_required = "view"
    paginate_by = 50
    columns = [
        TitleColumn(
            "name",
            label=_("Name"),
            accessor="participant.get_full_name",
            get_url=lambda checkpoint: reverse(
                "registrations:inspect", args=[checkpoint.participant.registration.pk]
            ),
        ),
        Column("phone", label=_("Phone"), accessor="participant.registration.phone"),
        Column(
            "language",
            label=_("Preferred language"),
            accessor="participant.registration.get_preferred_language_display",
        ),
        Column("months", label=_("Months after the path")),
        DateColumn("due_on", label=_("Due on")),
        Column("reminders_sent", label=_("Reminders sent")),
    ]
    list_export = [
        "participant.first_name",
        "participant.last_name",
        "participant.email",
        "participant.registration.phone",
        "participant.registration.preferred_language",
        "months",
        "due_on",
        "sent_at",
        "reminders_sent",
    ]
    export_headings = {
        "participant.first_name": _("First name"),
        "participant.last_name": _("Last name"),
        "participant.email": _("E-mail"),
        "participant.registration.phone": _("Phone"),
        "participant.registration.preferred_language": _("Preferred language"),
        "months": _("Months after the path"),
        "due_on": _("Due on"),
        "sent_at": _("E-mail sent on"),
        "reminders_sent": _("Reminders sent"),
    }

    def get_queryset(self):
        return selectors.did_not_answer()


def admin_urls():
    return [
        path("impact/", ImpactReportView.as_view(), name="impact"),
        path("impact/results/", ImpactReportView.as_view(results_only=True), name="impact_results"),
        path("impact/summary/", summary, name="summary"),
        path("did-not-answer/", DidNotAnswerReportView.as_view(), name="did_not_answer"),
        path(
            "did-not-answer/results/",
            DidNotAnswerReportView.as_view(results_only=True),
            name="did_not_answer_results",
        ),
    ]


def menu_items() -> list[MenuItem]:
    return [
        RegistrationReportMenuItem(
            _("Impact report"),
            reverse("outcomes_reports:impact"),
            name="impact-report",
            icon_name="pick",
            order=1320,
        ),
        RegistrationReportMenuItem(
            _("Follow-up: did not answer"),
            reverse("outcomes_reports:did_not_answer"),
            name="follow-up-to-call",
            icon_name="mail",
            order=1330,
        ),
    ]
