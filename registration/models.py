from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from phonenumber_field.modelfields import PhoneNumberField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES

from .choices import (
    EducationLevel,
    EducationPlace,
    EmploymentSituation,
    HeardAbout,
    ImmigrationStatus,
    Language,
    LanguageLevel,
)
from .eligibility import Eligibility, Reason


class EmailUserManager(UserManager):
    """Users log in with their e-mail; there is no username."""

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("e-mail address"), unique=True)

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = EmailUserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="user_email_unique_case_insensitive"),
        ]

    def __str__(self):
        return self.get_full_name() or self.email


class RegistrationPage(RoutablePageMixin, Page):
    """Serves the intake questionnaire in the page's language."""

    intro = RichTextField(verbose_name=_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    privacy_notice = RichTextField(
        verbose_name=_("privacy notice"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What is collected, why, who sees it and for how long."),
    )
    privacy_notice_version = models.CharField(
        verbose_name=_("privacy notice version"),
        max_length=20,
        default="1",
        help_text=_("Change it whenever the notice changes: each consent records the version."),
    )
    thank_you = RichTextField(
        verbose_name=_("thank-you text"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown once the registration is saved: what happens next."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("privacy_notice"), FieldPanel("privacy_notice_version")],
            heading=_("Privacy notice"),
        ),
        FieldPanel("thank_you"),
    ]
    override_translatable_fields = [
        TranslatableField("intro"),
        TranslatableField("privacy_notice"),
        TranslatableField("thank_you"),
        SynchronizedField("privacy_notice_version"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("registration page")
        verbose_name_plural = _("registration pages")

    @path("")
    def questionnaire(self, request):
        from .views import questionnaire

        return questionnaire(request, page=self)

    @path("merci/", name="thanks")
    def thanks(self, request):
        from .views import thanks

        return thanks(request, page=self)

    @path("non-admissible/", name="not_eligible")
    def not_eligible(self, request):
        from .views import not_eligible

        return not_eligible(request, page=self)


class PipelineStatus(models.TextChoices):
    """The advisors' follow-up pipeline, in order."""

    NEW = "new", _("New — to call")
    CONTACTED = "contacted", _("Contacted")
    IN_PATH = "in_path", _("In the path")
    READY = "ready", _("Ready for recruitment events")
    EMPLOYED = "employed", _("Employed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


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


@register_setting(icon="group")
class IntakeSettings(ClusterableModel, BaseGenericSetting):
    staff_notification_email = models.EmailField(
        verbose_name=_("staff notification e-mail"),
        blank=True,
        help_text=_("Told of each new registration, with only a link to the admin."),
    )

    panels = [
        FieldPanel("staff_notification_email"),
        InlinePanel(
            "partner_organizations",
            heading=_("Partner employability organizations"),
            label=_("organization"),
        ),
    ]

    class Meta:
        verbose_name = _("intake settings")


class PartnerOrganization(Orderable):
    """Shown to visitors the program cannot take, in their language."""

    settings = ParentalKey(
        IntakeSettings, on_delete=models.CASCADE, related_name="partner_organizations"
    )
    name_fr = models.CharField(verbose_name=_("name (French)"), max_length=200)
    name_en = models.CharField(verbose_name=_("name (English)"), max_length=200)
    description_fr = models.TextField(verbose_name=_("description (French)"), blank=True)
    description_en = models.TextField(verbose_name=_("description (English)"), blank=True)
    url = models.URLField(verbose_name=_("website"), blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("partner organization")
        verbose_name_plural = _("partner organizations")

    def __str__(self):
        return self.name_fr

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_fr

    def description(self, language: str) -> str:
        return self.description_en if language == "en" else self.description_fr


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

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["-created_at"]

    def __str__(self):
        return str(self.user)
