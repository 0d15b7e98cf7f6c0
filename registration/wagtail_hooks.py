from django.urls import include, path
from wagtail import hooks

from . import reports
from .viewsets import IntakeViewSetGroup


@hooks.register("register_admin_viewset")
def register_intake_viewsets():
    return IntakeViewSetGroup()


@hooks.register("register_admin_urls")
def register_report_urls():
    # Under reports/progress/ like the progress reports it was first listed with: advisors'
    # bookmarks keep working.
    return [
        path(
            "reports/progress/",
            include(
                (reports.admin_urls(), "registration_reports"), namespace="registration_reports"
            ),
        )
    ]


@hooks.register("register_reports_menu_item")
def register_pipeline_funnel_report_menu_item():
    return reports.menu_item()
