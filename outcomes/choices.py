"""The choices of the outcomes app. Stored values are stable English slugs; labels are translated."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Answer(models.TextChoices):
    EMPLOYED_IN_FIELD = "employed_in_field", _("Employed in my field")
    EMPLOYED_OUTSIDE_FIELD = "employed_outside_field", _("Employed outside my field")
    IN_TRAINING = "in_training", _("In training")
    STILL_LOOKING = "still_looking", _("Still looking")
    PREFER_NOT_TO_SAY = "prefer_not_to_say", _("Prefer not to say")


EMPLOYED = (Answer.EMPLOYED_IN_FIELD, Answer.EMPLOYED_OUTSIDE_FIELD)


class EmployerType(models.TextChoices):
    PRIVATE = "private", _("Private company")
    PUBLIC = "public", _("Public sector")
    NON_PROFIT = "non_profit", _("Non-profit organisation")
    SELF_EMPLOYED = "self_employed", _("Self-employed")


class MatchQuality(models.TextChoices):
    EXCELLENT = "excellent", _("Excellent")
    GOOD = "good", _("Good")
    FAIR = "fair", _("Fair")
    POOR = "poor", _("Poor")


class StatusGroup(models.TextChoices):
    """Immigration statuses grouped for the impact report (groups, never single people)."""

    CITIZEN = "citizen", _("Canadian citizens born abroad")
    PERMANENT = "permanent", _("Permanent residents")
    TEMPORARY = "temporary", _("Temporary residents (workers, students)")
    PROTECTED = "protected", _("Protected persons and asylum claimants")
    OTHER = "other", _("Other or not given")


STATUS_GROUP_OF = {
    "citizen_born_abroad": StatusGroup.CITIZEN,
    "permanent_resident": StatusGroup.PERMANENT,
    "temporary_foreign_worker": StatusGroup.TEMPORARY,
    "international_student": StatusGroup.TEMPORARY,
    "protected_person": StatusGroup.PROTECTED,
    "asylum_claimant": StatusGroup.PROTECTED,
}
