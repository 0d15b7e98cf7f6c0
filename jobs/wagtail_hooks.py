import datetime

from django.conf import settings
from wagtail import hooks

from .periodic import PeriodicJob


@hooks.register("periodic_jobs")
def prune_task_results():
    """Finished tasks hold their arguments (an e-mail's address and text): gone after 7 days."""
    if settings.TASKS["default"]["BACKEND"] != "django_tasks_db.DatabaseBackend":
        return None
    return PeriodicJob(
        "prune_db_task_results",
        daily_at=datetime.time(3, 45),
        arguments=("--min-age-days", "7", "--failed-min-age-days", "30"),
    )
