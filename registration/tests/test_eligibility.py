import pytest

from registration.choices import Eligibility, ImmigrationStatus, Reason
from registration.eligibility import assess_eligibility

ON_ISLAND = ["H2X 1Y4", "H1A 0A1", "H3B 4W8", "H9X 3L9", "h4a2b3"]
LAVAL = ["H7N 1A1", "H7W 5G2"]
OFF_ISLAND = ["J4K 1A1", "G1R 4P5", "K1A 0B1", "M5V 2T6"]

ELIGIBLE_STATUSES = [
    ImmigrationStatus.CITIZEN_BORN_ABROAD,
    ImmigrationStatus.PERMANENT_RESIDENT,
    ImmigrationStatus.TEMPORARY_FOREIGN_WORKER,
    ImmigrationStatus.PROTECTED_PERSON,
]
REVIEW_STATUSES = [
    ImmigrationStatus.ASYLUM_CLAIMANT,
    ImmigrationStatus.INTERNATIONAL_STUDENT,
    ImmigrationStatus.OTHER,
]


@pytest.mark.parametrize("postal_code", ON_ISLAND)
@pytest.mark.parametrize("status", ELIGIBLE_STATUSES)
def test_an_eligible_status_on_the_island_is_eligible(status, postal_code):
    result = assess_eligibility(immigration_status=status, postal_code=postal_code)
    assert result.eligibility == Eligibility.ELIGIBLE
    assert result.reason == Reason.ELIGIBLE_STATUS_ON_ISLAND


@pytest.mark.parametrize("postal_code", ON_ISLAND)
@pytest.mark.parametrize("status", REVIEW_STATUSES)
def test_any_other_status_on_the_island_goes_to_an_advisor(status, postal_code):
    result = assess_eligibility(immigration_status=status, postal_code=postal_code)
    assert result.eligibility == Eligibility.TO_REVIEW
    assert result.reason == Reason.OTHER_STATUS_ON_ISLAND


@pytest.mark.parametrize("postal_code", ON_ISLAND + LAVAL + OFF_ISLAND)
def test_a_citizen_born_in_canada_is_not_eligible_anywhere(postal_code):
    result = assess_eligibility(
        immigration_status=ImmigrationStatus.CITIZEN_BORN_IN_CANADA, postal_code=postal_code
    )
    assert result.eligibility == Eligibility.NOT_ELIGIBLE
    assert result.reason == Reason.BORN_IN_CANADA


@pytest.mark.parametrize("postal_code", LAVAL + OFF_ISLAND)
@pytest.mark.parametrize("status", ELIGIBLE_STATUSES + REVIEW_STATUSES)
def test_off_the_island_laval_included_is_not_eligible_whatever_the_status(status, postal_code):
    result = assess_eligibility(immigration_status=status, postal_code=postal_code)
    assert result.eligibility == Eligibility.NOT_ELIGIBLE
    assert result.reason == Reason.OFF_ISLAND


def test_every_status_is_covered_by_the_table():
    covered = set(ELIGIBLE_STATUSES + REVIEW_STATUSES) | {ImmigrationStatus.CITIZEN_BORN_IN_CANADA}
    assert covered == set(ImmigrationStatus)
