"""Every choice of the app: intake answers, eligibility, the advisors' pipeline.

Stored values are stable English slugs; labels are translated.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ImmigrationStatus(models.TextChoices):
    CITIZEN_BORN_ABROAD = "citizen_born_abroad", _("Canadian citizen born abroad")
    CITIZEN_BORN_IN_CANADA = "citizen_born_in_canada", _("Canadian citizen born in Canada")
    PERMANENT_RESIDENT = "permanent_resident", _("Permanent resident")
    TEMPORARY_FOREIGN_WORKER = "temporary_foreign_worker", _("Temporary foreign worker")
    PROTECTED_PERSON = "protected_person", _("Protected person (refugee)")
    ASYLUM_CLAIMANT = "asylum_claimant", _("Asylum claimant")
    INTERNATIONAL_STUDENT = "international_student", _("International student")
    OTHER = "other", _("Other")


class Language(models.TextChoices):
    FRENCH = "fr", _("French")
    ENGLISH = "en", _("English")


class EducationLevel(models.TextChoices):
    SECONDARY = "secondary", _("Secondary school")
    COLLEGE = "college", _("College or technical diploma")
    BACHELOR = "bachelor", _("Bachelor's degree")
    MASTER = "master", _("Master's degree")
    DOCTORATE = "doctorate", _("Doctorate")


class EducationPlace(models.TextChoices):
    QUEBEC = "quebec", _("In Quebec")
    CANADA = "canada", _("Elsewhere in Canada")
    ABROAD = "abroad", _("Outside Canada")


class LanguageLevel(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")
    FLUENT = "fluent", _("Fluent")


class EmploymentSituation(models.TextChoices):
    UNEMPLOYED = "unemployed", _("Looking for work")
    EMPLOYED_OUTSIDE_FIELD = "employed_outside_field", _("Working outside my field")
    EMPLOYED_IN_FIELD = "employed_in_field", _("Working in my field")
    STUDYING = "studying", _("Studying")


class HeardAbout(models.TextChoices):
    EMPLOYABILITY_ORGANIZATION = "organization", _("An employability organization")
    SOCIAL_MEDIA = "social_media", _("Social media")
    FRIEND = "friend", _("A friend or relative")
    CHAMBER = "chamber", _("The Chamber of Commerce of Metropolitan Montreal")
    OTHER = "other", _("Other")


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


class PipelineStatus(models.TextChoices):
    """The advisors' follow-up pipeline, in order."""

    NEW = "new", _("New — to call")
    CONTACTED = "contacted", _("Contacted")
    IN_PATH = "in_path", _("In the path")
    READY = "ready", _("Ready for recruitment events")
    EMPLOYED = "employed", _("Employed")
    WITHDRAWN = "withdrawn", _("Withdrawn")
