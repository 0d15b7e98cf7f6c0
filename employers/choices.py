"""Choices of the employers app. Stored values are stable English slugs; labels are translated."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationSize(models.TextChoices):
    SMALL = "1-49", _("1 to 49 employees")
    MEDIUM = "50-249", _("50 to 249 employees")
    LARGE = "250-999", _("250 to 999 employees")
    VERY_LARGE = "1000+", _("1,000 employees or more")


class WorkMode(models.TextChoices):
    ON_SITE = "on_site", _("On site")
    HYBRID = "hybrid", _("Hybrid")
    REMOTE = "remote", _("Remote")


class ContentLanguage(models.TextChoices):
    FRENCH = "fr", _("French")
    ENGLISH = "en", _("English")


class Interest(models.TextChoices):
    HIGH = "high", _("High")
    SOME = "some", _("Some")
    NONE = "none", _("None")


class JoinRequestStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")
