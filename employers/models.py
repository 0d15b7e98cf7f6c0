"""Organisations, recruiters, invitations, join requests, openings, event participation and the
interest marks. Events are always the French (source) event page, as sign-ups are."""

import datetime
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from registration.choices import LanguageLevel

from .choices import (
    ContentLanguage,
    Interest,
    JoinRequestStatus,
    OrganisationSize,
    WorkMode,
)

LOGO_MAX_BYTES = 2 * 1024 * 1024
INVITATION_DAYS = 7


def new_invitation_nonce() -> str:
    return secrets.token_urlsafe(24)


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200)
    sector = models.ForeignKey(
        "sectors.SectorBriefingPage",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    size = models.CharField(_("size"), max_length=10, choices=OrganisationSize.choices, blank=True)
    website = models.URLField(_("website"), blank=True)
    description_fr = models.TextField(_("description in French"), max_length=1500, blank=True)
    description_en = models.TextField(_("description in English"), max_length=1500, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=160, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def description(self, language: str) -> str:
        if language == "en":
            return self.description_en or self.description_fr
        return self.description_fr or self.description_en


class Recruiter(models.Model):
    """A user account that recruits for one organisation. Never also a participant."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="recruiter",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="recruiters",
    )
    active = models.BooleanField(_("active"), default=True)
    deactivated_at = models.DateTimeField(_("deactivated on"), null=True, blank=True)
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)

    class Meta:
        verbose_name = _("recruiter")
        verbose_name_plural = _("recruiters")
        ordering = ["organisation__name", "user__email"]

    def __str__(self) -> str:
        return f"{self.user} · {self.organisation}"


class Invitation(models.Model):
    """An e-mailed link to become a recruiter of an organisation: signed, expiring, used once."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    email = models.EmailField(_("e-mail address"))
    nonce = models.CharField(
        max_length=64, unique=True, default=new_invitation_nonce, editable=False
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("sent on"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires on"))
    accepted_at = models.DateTimeField(_("accepted on"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.organisation} · {self.created_at:%Y-%m-%d}"

    def save(self, *args, **kwargs):
        if self.expires_at is None:
            self.expires_at = timezone.now() + datetime.timedelta(days=INVITATION_DAYS)
        super().save(*args, **kwargs)


class JoinRequest(models.Model):
    """An organisation asking to join from the public Employers page; staff approve it."""

    organisation_name = models.CharField(_("organisation"), max_length=200)
    sector = models.ForeignKey(
        "sectors.SectorBriefingPage",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("your name"), max_length=160)
    email = models.EmailField(_("your work e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    message = models.TextField(_("message"), max_length=1500, blank=True)
    language = models.CharField(
        _("language"), max_length=2, choices=ContentLanguage.choices, default="fr"
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=JoinRequestStatus.choices,
        default=JoinRequestStatus.PENDING,
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation created"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="join_requests",
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handled_at = models.DateTimeField(_("handled on"), null=True, blank=True)
    created_at = models.DateTimeField(_("received on"), auto_now_add=True)

    class Meta:
        verbose_name = _("join request")
        verbose_name_plural = _("join requests")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.organisation_name


class Opening(models.Model):
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="openings",
    )
    language = models.CharField(
        _("written in"), max_length=2, choices=ContentLanguage.choices, default="fr"
    )
    title = models.CharField(_("title"), max_length=200)
    sector = models.ForeignKey(
        "sectors.SectorBriefingPage",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    occupation = models.CharField(_("occupation"), max_length=200, blank=True)
    key_skills = models.TextField(
        _("key skills"), max_length=1000, blank=True, help_text=_("One per line.")
    )
    french_level = models.CharField(
        _("French required"), max_length=20, choices=LanguageLevel.choices, blank=True
    )
    english_level = models.CharField(
        _("English required"), max_length=20, choices=LanguageLevel.choices, blank=True
    )
    positions = models.PositiveSmallIntegerField(
        _("positions"), default=1, validators=[MinValueValidator(1), MaxValueValidator(500)]
    )
    location = models.CharField(_("location"), max_length=200, blank=True)
    work_mode = models.CharField(
        _("work mode"), max_length=10, choices=WorkMode.choices, default=WorkMode.ON_SITE
    )
    salary_min = models.PositiveIntegerField(_("salary from ($ a year)"), null=True, blank=True)
    salary_max = models.PositiveIntegerField(_("salary up to ($ a year)"), null=True, blank=True)
    published = models.BooleanField(
        _("published"), default=False, help_text=_("Drafts are seen only by your organisation.")
    )
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)

    class Meta:
        verbose_name = _("opening")
        verbose_name_plural = _("openings")
        ordering = ["organisation__name", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(salary_min__isnull=True)
                | Q(salary_max__isnull=True)
                | Q(salary_min__lte=F("salary_max")),
                name="opening_salary_range_ordered",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        if self.salary_min and self.salary_max and self.salary_min > self.salary_max:
            raise ValidationError({"salary_max": _("The top of the range is below its bottom.")})

    @property
    def skills_list(self) -> list[str]:
        return [line.strip() for line in self.key_skills.splitlines() if line.strip()]


class EmployerEventSettings(models.Model):
    """What the employers app adds to a recruitment event, without changing the events app."""

    event = models.OneToOneField(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="employer_settings",
    )
    open_to_employers = models.BooleanField(_("open to employers' sign-up"), default=True)
    marks_deadline = models.DateTimeField(
        _("interest marks until"),
        null=True,
        blank=True,
        help_text=_(
            "Employers and participants mark their interest until then (default: the start)."
        ),
    )

    class Meta:
        verbose_name = _("employers at an event")
        verbose_name_plural = _("employers at events")

    def __str__(self) -> str:
        return str(self.event)


class EventParticipation(models.Model):
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="participations",
    )
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="employer_participations",
    )
    recruiters_count = models.PositiveSmallIntegerField(
        _("recruiters"), default=1, validators=[MinValueValidator(1), MaxValueValidator(20)]
    )
    tables_count = models.PositiveSmallIntegerField(
        _("interview tables or virtual rooms"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
    )
    openings = models.ManyToManyField(
        Opening, verbose_name=_("openings recruited for"), blank=True, related_name="participations"
    )
    created_at = models.DateTimeField(_("signed up on"), auto_now_add=True)

    class Meta:
        verbose_name = _("event participation")
        verbose_name_plural = _("event participations")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "event"], name="employers_participation_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} · {self.event_id}"


class InterestMark(models.Model):
    """An organisation's interest in a participant met through an event, and its private note.
    Seen only by that organisation's recruiters (never by the participant or another one)."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="interest_marks"
    )
    event = models.ForeignKey("events.EventPage", on_delete=models.CASCADE, related_name="+")
    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="employer_marks"
    )
    level = models.CharField(_("interest"), max_length=10, choices=Interest.choices, blank=True)
    note = models.TextField(_("private note"), max_length=2000, blank=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("interest mark")
        verbose_name_plural = _("interest marks")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "event", "participant"], name="employers_mark_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} · {self.get_level_display()}"


class ParticipantInterest(models.Model):
    """A participant's interest in an organisation attending one of their events."""

    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="employer_interests"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="participant_interests"
    )
    event = models.ForeignKey("events.EventPage", on_delete=models.CASCADE, related_name="+")
    level = models.CharField(_("interest"), max_length=10, choices=Interest.choices)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("participant's interest")
        verbose_name_plural = _("participants' interests")
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "organisation", "event"], name="employers_interest_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} · {self.get_level_display()}"
