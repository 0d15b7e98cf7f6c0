"""Progress in the admin (reports, the registration's inspect panel) and in registration's
extension points (« My path », the participant's data)."""

from django.urls import include, path
from wagtail import hooks

from registration.my_path import MyPathSection

from . import inspect, reports, selectors


@hooks.register("register_admin_urls")
def register_progress_report_urls():
    return [
        path(
            "reports/progress/",
            include((reports.admin_urls(), "progress_reports"), namespace="progress_reports"),
        )
    ]


@hooks.register("register_reports_menu_item")
def register_module_completion_report_menu_item():
    return reports.menu_items()[0]


@hooks.register("register_reports_menu_item")
def register_participant_progress_report_menu_item():
    return reports.menu_items()[1]


@hooks.register("registration_inspect_panels")
def participant_progress_panel(*, registration, request):
    return inspect.participant_progress_panel(registration=registration, request=request)


@hooks.register("registration_my_path_sections")
def course_section(*, user, request) -> MyPathSection | None:
    """The course's progress bar and "continue" link, in the path's first step."""
    progress = selectors.participant_progress(user=user)
    if progress is None:
        return None
    return MyPathSection(
        template="progress/my_path_section.html",
        context={"progress": progress},
        step=1,
        unfinished=not progress.is_complete,
    )


@hooks.register("registration_personal_data")
def module_completions_data(*, user):
    return selectors.personal_data(user=user)
