from django.urls import include, path
from wagtail import hooks

from registration.personal_data import serialize

from . import admin_views, reports, services
from .models import Checkpoint


@hooks.register("register_admin_urls")
def register_outcomes_admin_urls():
    # Under /admin/outcomes/, not /admin/reports/: the security app keeps that prefix for
    # whole-site editors, and these reports are the advisors' (registration view permission).
    return [
        path(
            "outcomes/reports/",
            include((reports.admin_urls(), "outcomes_reports"), namespace="outcomes_reports"),
        ),
        path(
            "outcomes/",
            include((admin_views.admin_urls(), "outcomes_admin"), namespace="outcomes_admin"),
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_impact_report_menu_item():
    return reports.menu_items()[0]


@hooks.register("register_reports_menu_item")
def register_did_not_answer_menu_item():
    return reports.menu_items()[1]


@hooks.register("registration_inspect_panels")
def follow_up_panel(*, registration, request):
    return admin_views.checkpoints_panel(registration=registration, request=request)


@hooks.register("registration_personal_data")
def follow_up_personal_data(*, user):
    """The participant's checkpoints and answers, in their data download."""
    return {
        "follow_up_checkpoints": [
            serialize(checkpoint, skip=("participant", "answered_by_phone"))
            for checkpoint in Checkpoint.objects.filter(participant=user).order_by("months")
        ]
    }


@hooks.register("registration_anonymise")
def anonymise_follow_up(*, user):
    """The answers stay for the report's counts; the consent to be contacted and the employer's
    sector go, and no follow-up e-mail is sent again."""
    services.anonymise(participant_id=user.pk)


@hooks.register("periodic_jobs")
def follow_ups_job():
    import datetime

    from jobs.periodic import PeriodicJob

    # Checkpoint e-mails, reminders and the employers' questionnaire: each sent once.
    return PeriodicJob(
        "send_followups", every=datetime.timedelta(minutes=5), arguments=("--quiet",)
    )
