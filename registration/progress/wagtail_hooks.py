"""Admin hooks of the progress reports; imported by ``registration/wagtail_hooks.py``."""

from django.urls import include, path
from wagtail import hooks

from . import inspect, reports


@hooks.register("register_admin_urls")
def register_progress_report_urls():
    return [
        path(
            "reports/progress/",
            include(
                (reports.admin_urls(), "registration_reports"), namespace="registration_reports"
            ),
        )
    ]


@hooks.register("register_reports_menu_item")
def register_module_completion_report_menu_item():
    return reports.menu_items()[0]


@hooks.register("register_reports_menu_item")
def register_pipeline_funnel_report_menu_item():
    return reports.menu_items()[1]


@hooks.register("register_reports_menu_item")
def register_participant_progress_report_menu_item():
    return reports.menu_items()[2]


@hooks.register("registration_inspect_panels")
def participant_progress_panel(*, registration, request):
    return inspect.participant_progress_panel(registration=registration, request=request)
