"""``manage.py check --database default`` lists accounts that are both participant and recruiter
(the services and a signal prevent it; this finds rows changed by hand)."""

from django.core.checks import Error, Tags, register
from django.db import DatabaseError


@register(Tags.database)
def participants_are_not_recruiters(app_configs=None, databases=None, **kwargs):
    if not databases:
        return []
    from .models import Recruiter

    try:
        both = list(
            Recruiter.objects.filter(user__registration__isnull=False).values_list("pk", flat=True)[
                :20
            ]
        )
    except DatabaseError:  # not migrated yet: `migrate` runs the checks before it creates tables
        return []
    return [
        Error(
            f"Recruiter {pk} is also a registered participant.",
            hint="A person is either a participant or a recruiter: remove one of the two.",
            id="employers.E001",
        )
        for pk in both
    ]
