"""Staff reports: per-module completion and the pipeline funnel, each with a chart and a table."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from registration.models import Registration

from . import selectors
from .charts import horizontal_bar_chart

VIEW_PERMISSION = "registration.view_registration"


class ProgressReportView(ReportView):
    """A report whose rows are computed by a selector, drawn as a chart beside their table."""

    results_template_name = "registration/progress/admin/report_results.html"
    permission_policy = ModelPermissionPolicy(Registration)
    permission_required = "view"
    paginate_by = None
    chart_title = ""
    definition = ""

    def get_queryset(self):
        return self.get_rows()

    def get_filtered_queryset(self):
        return self.get_queryset()

    def get_rows(self) -> list:
        raise NotImplementedError

    def chart_items(self, rows) -> list[tuple[str, int, int]]:
        raise NotImplementedError

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["chart"] = horizontal_bar_chart(self.chart_items(context["object_list"]))
        context["chart_title"] = self.chart_title
        context["definition"] = self.definition
        return context


class ModuleCompletionReportView(ProgressReportView):
    page_title = _("Module completion")
    header_icon = "tasks"
    index_url_name = "registration_reports:module_completion"
    index_results_url_name = "registration_reports:module_completion_results"
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


class PipelineFunnelReportView(ProgressReportView):
    page_title = _("Pipeline funnel")
    header_icon = "group"
    index_url_name = "registration_reports:pipeline_funnel"
    index_results_url_name = "registration_reports:pipeline_funnel_results"
    export_filename = "pipeline-funnel"
    chart_title = _("Registrations at or past each step of the pipeline")
    definition = _(
        "Registered counts every registration. Each later step counts the registrations whose "
        "current status is that step or a later one (contacted → in the path → ready for "
        "recruitment events → employed). Withdrawn registrations count as registered only."
    )
    columns = [
        Column("label", label=_("Step")),
        Column("count", label=_("Registrations")),
        Column("percent", label=_("Percentage of registrations")),
    ]
    list_export = ["label", "count", "percent"]
    export_headings = {column.name: column.label for column in columns}

    def get_rows(self):
        return selectors.pipeline_funnel()

    def chart_items(self, rows):
        return [(row.label, row.count, row.percent) for row in rows]


class ParticipantProgressReportView(ReportView):
    """Each participant's progress through the course, for the advisors' follow-up calls."""

    page_title = _("Participants' progress")
    header_icon = "user"
    index_url_name = "registration_reports:participant_progress"
    index_results_url_name = "registration_reports:participant_progress_results"
    results_template_name = "registration/progress/admin/participant_progress_results.html"
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


class ProgressReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


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
        path("pipeline-funnel/", PipelineFunnelReportView.as_view(), name="pipeline_funnel"),
        path(
            "pipeline-funnel/results/",
            PipelineFunnelReportView.as_view(results_only=True),
            name="pipeline_funnel_results",
        ),
    ]


def menu_items() -> list[MenuItem]:
    return [
        ProgressReportMenuItem(
            _("Module completion"),
            reverse("registration_reports:module_completion"),
            name="module-completion",
            icon_name="tasks",
            order=1300,
        ),
        ProgressReportMenuItem(
            _("Pipeline funnel"),
            reverse("registration_reports:pipeline_funnel"),
            name="pipeline-funnel",
            icon_name="group",
            order=1310,
        ),
        ProgressReportMenuItem(
            _("Participants' progress"),
            reverse("registration_reports:participant_progress"),
            name="participant-progress",
            icon_name="user",
            order=1320,
        ),
    ]
