from django.db import models
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField

from ..choices import (
    EducationLevel,
    EducationPlace,
    Eligibility,
    EmploymentSituation,
    HeardAbout,
    ImmigrationStatus,
    Language,
    LanguageLevel,
    PipelineStatus,
    Reason,
)
from .accounts import User


class Registration(models.Model):
    """A participant's intake answers and where they stand in the advisors' pipeline."""

    user = models.OneToOneField(
        User, verbose_name=_("account"), on_delete=models.CASCADE, related_name="registration"
    )
    phone = PhoneNumberField(verbose_name=_("phone"), region="CA", blank=True)
    preferred_language = models.CharField(
        verbose_name=_("preferred language"),
        max_length=2,
        choices=Language.choices,
        default=Language.FRENCH,
    )
    immigration_status = models.CharField(
        verbose_name=_("immigration status"),
        max_length=30,
        choices=ImmigrationStatus.choices,
        blank=True,
    )
    postal_code = models.CharField(verbose_name=_("postal code"), max_length=7, blank=True)
    arrival_year = models.PositiveSmallIntegerField(
        verbose_name=_("year of arrival in Canada"), null=True, blank=True
    )
    field_of_experience = models.CharField(
        verbose_name=_("field of experience"), max_length=200, blank=True
    )
    years_of_experience = models.PositiveSmallIntegerField(
        verbose_name=_("years of experience"), null=True, blank=True
    )
    education_level = models.CharField(
        verbose_name=_("highest education"),
        max_length=20,
        choices=EducationLevel.choices,
        blank=True,
    )
    education_place = models.CharField(
        verbose_name=_("education obtained"),
        max_length=20,
        choices=EducationPlace.choices,
        blank=True,
    )
    french_level = models.CharField(
        verbose_name=_("French level"), max_length=20, choices=LanguageLevel.choices, blank=True
    )
    english_level = models.CharField(
        verbose_name=_("English level"), max_length=20, choices=LanguageLevel.choices, blank=True
    )
    sectors = models.ManyToManyField(
        "sectors.SectorBriefingPage",
        verbose_name=_("sectors of interest"),
        blank=True,
        related_name="+",
    )
    employment_situation = models.CharField(
        verbose_name=_("employment situation"),
        max_length=30,
        choices=EmploymentSituation.choices,
        blank=True,
    )
    heard_about = models.CharField(
        verbose_name=_("heard of the program through"),
        max_length=20,
        choices=HeardAbout.choices,
        blank=True,
    )
    eligibility = models.CharField(
        verbose_name=_("eligibility"),
        max_length=20,
        choices=[
            (Eligibility.ELIGIBLE, Eligibility.ELIGIBLE.label),
            (Eligibility.TO_REVIEW, Eligibility.TO_REVIEW.label),
        ],
        default=Eligibility.ELIGIBLE,
    )
    consented_at = models.DateTimeField(
        verbose_name=_("consent to processing given on"), null=True, blank=True
    )
    consent_language = models.CharField(
        verbose_name=_("consent language"), max_length=2, choices=Language.choices, blank=True
    )
    privacy_notice_version = models.CharField(
        verbose_name=_("privacy notice version"), max_length=20, blank=True
    )
    shares_profile_with_employers = models.BooleanField(
        verbose_name=_("agrees to share the profile with employers"), default=False
    )
    status = models.CharField(
        verbose_name=_("status"),
        max_length=20,
        choices=PipelineStatus.choices,
        default=PipelineStatus.NEW,
    )
    created_at = models.DateTimeField(verbose_name=_("registered on"), auto_now_add=True)
    # Set by the retention command (registration/retention.py): the person's data are erased,
    # the row stays for the reports' counts.
    anonymised_at = models.DateTimeField(verbose_name=_("anonymised on"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["-created_at"]

    def __str__(self):
        return str(self.user)


class RegistrationStatusChange(models.Model):
    """One step of a registration along the pipeline: who moved it, and when."""

    registration = models.ForeignKey(
        "registration.Registration",
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    from_status = models.CharField(
        verbose_name=_("from"), max_length=20, choices=PipelineStatus.choices, blank=True
    )
    to_status = models.CharField(
        verbose_name=_("to"), max_length=20, choices=PipelineStatus.choices
    )
    changed_by = models.ForeignKey(
        User,
        verbose_name=_("changed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    changed_at = models.DateTimeField(verbose_name=_("changed on"), auto_now_add=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["-changed_at", "-pk"]

    def __str__(self):
        return f"{self.get_from_status_display() or '—'} → {self.get_to_status_display()}"


class AdvisorNote(models.Model):
    registration = models.ForeignKey(
        "registration.Registration",
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="notes",
    )
    author = models.ForeignKey(
        User,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    text = models.TextField(verbose_name=_("note"))
    created_at = models.DateTimeField(verbose_name=_("written on"), auto_now_add=True)

    class Meta:
        verbose_name = _("advisor note")
        verbose_name_plural = _("advisor notes")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.text[:50]


class IneligibleAttempt(models.Model):
    """An anonymous count of refused questionnaires, by reason, language and month."""

    reason = models.CharField(verbose_name=_("reason"), max_length=40, choices=Reason.choices)
    language = models.CharField(verbose_name=_("language"), max_length=2, choices=Language.choices)
    month = models.DateField(verbose_name=_("month"))
    count = models.PositiveIntegerField(verbose_name=_("count"), default=0)

    class Meta:
        verbose_name = _("ineligible attempt")
        verbose_name_plural = _("ineligible attempts")
        ordering = ["-month", "reason", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["reason", "language", "month"], name="ineligible_attempt_unique_bucket"
            )
        ]

    def __str__(self):
        return (
            f"{self.month:%Y-%m} · {self.get_language_display()} · "
            f"{self.get_reason_display()}: {self.count}"
        )
