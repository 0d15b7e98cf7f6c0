"""Who may join the program: one pure function, the rule of DESIGN.md and nothing else."""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import ImmigrationStatus

ELIGIBLE_STATUSES = frozenset(
    {
        ImmigrationStatus.CITIZEN_BORN_ABROAD,
        ImmigrationStatus.PERMANENT_RESIDENT,
        ImmigrationStatus.TEMPORARY_FOREIGN_WORKER,
        ImmigrationStatus.PROTECTED_PERSON,
    }
)
# Forward sortation areas H1–H9 are the island of Montreal, except H7, which is Laval.
ISLAND_FSA_DIGITS = frozenset("12345689")


class Eligibility(models.TextChoices):
    ELIGIBLE = "eligible", _("Eligible")
    TO_REVIEW = "to_review", _("To review by an advisor")
    NOT_ELIGIBLE = "not_eligible", _("Not eligible")


class Reason(models.TextChoices):
    """Why: the only thing kept about a refused visitor, so it is never personal."""

    ELIGIBLE_STATUS_ON_ISLAND = "eligible_status_on_island", _("Eligible status, on the island")
    OTHER_STATUS_ON_ISLAND = "other_status_on_island", _("Other status, on the island")
    BORN_IN_CANADA = "born_in_canada", _("Canadian citizen born in Canada")
    OFF_ISLAND = "off_island", _("Lives off the island of Montreal")


@dataclass(frozen=True)
class EligibilityResult:
    eligibility: Eligibility
    reason: Reason


def is_on_montreal_island(postal_code: str) -> bool:
    """True for a postal code of the island of Montreal (FSA H1–H9 except H7, Laval)."""
    code = postal_code.replace(" ", "").upper()
    return len(code) >= 2 and code[0] == "H" and code[1] in ISLAND_FSA_DIGITS


def assess_eligibility(*, immigration_status: str, postal_code: str) -> EligibilityResult:
    if immigration_status == ImmigrationStatus.CITIZEN_BORN_IN_CANADA:
        return EligibilityResult(Eligibility.NOT_ELIGIBLE, Reason.BORN_IN_CANADA)
    if not is_on_montreal_island(postal_code):
        return EligibilityResult(Eligibility.NOT_ELIGIBLE, Reason.OFF_ISLAND)
    if immigration_status in ELIGIBLE_STATUSES:
        return EligibilityResult(Eligibility.ELIGIBLE, Reason.ELIGIBLE_STATUS_ON_ISLAND)
    return EligibilityResult(Eligibility.TO_REVIEW, Reason.OTHER_STATUS_ON_ISLAND)
