"""Law 25 s. 23: registrations inactive past the retention period are anonymised.

What goes: names, e-mail address, password, phone, postal code, free text (field of experience),
immigration status and year of arrival, the advisors' notes. What stays, for the reports' counts:
the registration row with its status, eligibility, language, sectors, education and language
levels, dates, status history, and the module completions (through the now nameless account).
Other apps erase their own data about the person through the ``registration_anonymise`` hook
(called with ``user``).
"""

import datetime
import logging
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from wagtail import hooks

from .models import IntakeSettings, Registration

logger = logging.getLogger(__name__)

ANONYMOUS_EMAIL_DOMAIN = "anonymise.invalid"
DAYS_PER_MONTH = 30.44


@dataclass(frozen=True)
class RetentionResult:
    inactive: int
    anonymised: int
    dry_run: bool


def retention_cutoff(*, now: datetime.datetime | None = None) -> datetime.datetime:
    months = IntakeSettings.load().retention_months
    return (now or timezone.now()) - datetime.timedelta(days=round(months * DAYS_PER_MONTH))


def inactive_registrations(*, cutoff: datetime.datetime) -> list[Registration]:
    """Registrations not yet anonymised whose last activity is older than ``cutoff``."""
    candidates = (
        Registration.objects.filter(anonymised_at__isnull=True, created_at__lt=cutoff)
        .select_related("user")
        .annotate(
            last_status_change=Max("status_changes__changed_at"),
            last_note=Max("notes__created_at"),
        )
    )
    inactive = []
    for registration in candidates:
        moments = [
            registration.created_at,
            registration.user.last_login,
            registration.last_status_change,
            registration.last_note,
        ]
        if max(moment for moment in moments if moment) < cutoff:
            inactive.append(registration)
    return inactive


def anonymise_registration(*, registration: Registration) -> None:
    user = registration.user
    with transaction.atomic():
        for erase in hooks.get_hooks("registration_anonymise"):
            erase(user=user)
        registration.notes.all().delete()
        registration.phone = ""
        registration.postal_code = ""
        registration.field_of_experience = ""
        registration.immigration_status = ""
        registration.arrival_year = None
        registration.anonymised_at = timezone.now()
        registration.save()
        EmailAddress.objects.filter(user=user).delete()
        user.first_name = ""
        user.last_name = ""
        user.email = f"participant-{user.pk}@{ANONYMOUS_EMAIL_DOMAIN}"
        user.is_active = False
        user.set_unusable_password()
        # An inactive account's sessions no longer authenticate (ModelBackend, allauth).
        user.save()


def apply_retention(
    *, dry_run: bool = False, now: datetime.datetime | None = None
) -> RetentionResult:
    """Safe to run daily: anonymised registrations are never picked again."""
    inactive = inactive_registrations(cutoff=retention_cutoff(now=now))
    if not dry_run:
        for registration in inactive:
            anonymise_registration(registration=registration)
    result = RetentionResult(
        inactive=len(inactive), anonymised=0 if dry_run else len(inactive), dry_run=dry_run
    )
    # Counts only: the log never names anyone.
    logger.warning(
        "Retention: %s inactive registration(s) found, %s anonymised%s.",
        result.inactive,
        result.anonymised,
        " (dry run)" if dry_run else "",
    )
    return result
