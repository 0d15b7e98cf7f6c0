"""Who may join the program: one pure function, the rule of DESIGN.md and nothing else."""

from dataclasses import dataclass

from .choices import Eligibility, ImmigrationStatus, Reason

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
