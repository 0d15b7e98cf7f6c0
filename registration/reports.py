"""Staff reports on registrations: a chart-and-table report view, and the pipeline funnel.

Other apps' reports (progress's module completion) reuse ``ChartReportView`` and
``RegistrationReportMenuItem``: the same permission, the same look.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from . import selectors
from .charts import horizontal_bar_chart
from .models import Registration

VIEW_PERMISSION = "registration.view_registration"


class ChartReportView(ReportView):
    """A report whose rows are computed by a selector, drawn as a chart beside their table."""

    results_template_name = "registration/admin/report_results.html"
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


class PipelineFunnelReportView(ChartReportView):
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


class RegistrationReportMenuItem(MenuItem):
    """Shown to staff who may read registrations (advisors, administrators)."""

    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


def admin_urls():
    return [
        path("pipeline-funnel/", PipelineFunnelReportView.as_view(), name="pipeline_funnel"),
        path(
            "pipeline-funnel/results/",
            PipelineFunnelReportView.as_view(results_only=True),
            name="pipeline_funnel_results",
        ),
    ]


def menu_item() -> MenuItem:
    return RegistrationReportMenuItem(
        _("Pipeline funnel"),
        reverse("registration_reports:pipeline_funnel"),
        name="pipeline-funnel",
        icon_name="group",
        order=1310,
    )
