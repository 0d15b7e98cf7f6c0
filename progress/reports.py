"""Staff reports: per-module completion and each participant's progress."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from registration.models import Registration
from registration.reports import ChartReportView, RegistrationReportMenuItem

from . import selectors


class ModuleCompletionReportView(ChartReportView):
    page_title = _("Module completion")
    header_icon = "tasks"
    index_url_name = "progress_reports:module_completion"
    index_results_url_name = "progress_reports:module_completion_results"
    export_filename = "module-completion"
    chart_title = _("Participants who completed each module")
    definition = _(
        "For each module of the « Candidature vidéo » course, in course order: how many "
        "registered participants marked it complete, in either language, out of all "
        "registered participants."
    )
    columns = [
        Column("position", label=_("Module #")),
        Column("title", label=_("Module")),
        Column("completed", label=_("Participants who completed it")),
        Column("participants", label=_("Registered participants")),
        Column("percent", label=_("Percentage")),
    ]
    list_export = ["position", "title", "completed", "participants", "percent"]
    export_headings = {column.name: column.label for column in columns}

    def get_rows(self):
        return selectors.module_completion_counts()

    def chart_items(self, rows):
        return [(f"{row.position}. {row.title}", row.completed, row.percent) for row in rows]


class ParticipantProgressReportView(ReportView):
    """Each participant's progress through the course, for the advisors' follow-up calls."""

    page_title = _("Participants' progress")
    header_icon = "user"
    index_url_name = "progress_reports:participant_progress"
    index_results_url_name = "progress_reports:participant_progress_results"
    results_template_name = "progress/admin/participant_progress_results.html"
    permission_policy = ModelPermissionPolicy(Registration)
    permission_required = "view"
    export_filename = "participant-progress"
    columns = [
        Column("user", label=_("Participant")),
        Column("user.email", label=_("E-mail")),
        Column("get_status_display", label=_("Status")),
        Column("modules_done", label=_("Modules done")),
        Column("modules_total", label=_("Modules in the course")),
        Column("created_at", label=_("Registered on")),
    ]
    list_export = [
        "user",
        "user.email",
        "get_status_display",
        "modules_done",
        "modules_total",
        "created_at",
    ]
    export_headings = {column.name: column.label for column in columns}

    def get_queryset(self):
        return selectors.registrations_with_progress()


def admin_urls():
    return [
        path("module-completion/", ModuleCompletionReportView.as_view(), name="module_completion"),
        path(
            "module-completion/results/",
            ModuleCompletionReportView.as_view(results_only=True),
            name="module_completion_results",
        ),
        path("participants/", ParticipantProgressReportView.as_view(), name="participant_progress"),
        path(
            "participants/results/",
            ParticipantProgressReportView.as_view(results_only=True),
            name="participant_progress_results",
        ),
    ]


def menu_items() -> list[MenuItem]:
    return [
        RegistrationReportMenuItem(
            _("Module completion"),
            reverse("progress_reports:module_completion"),
            name="module-completion",
            icon_name="tasks",
            order=1300,
        ),
        RegistrationReportMenuItem(
            _("Participants' progress"),
            reverse("progress_reports:participant_progress"),
            name="participant-progress",
            icon_name="user",
            order=1320,
        ),
    ]
