from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from home.blocks import RICH_TEXT_FEATURES


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


class RegistrationPage(Page):
    """Serves the intake questionnaire in the page's language."""

    intro = RichTextField(verbose_name=_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("registration page")
        verbose_name_plural = _("registration pages")


class PipelineStatus(models.TextChoices):
    """The advisors' follow-up pipeline, in order."""

    NEW = "new", _("New — to call")
    CONTACTED = "contacted", _("Contacted")
    IN_PATH = "in_path", _("In the path")
    READY = "ready", _("Ready for recruitment events")
    EMPLOYED = "employed", _("Employed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Registration(models.Model):
    """A participant's intake answers and where they stand in the advisors' pipeline."""

    user = models.OneToOneField(
        User, verbose_name=_("account"), on_delete=models.CASCADE, related_name="registration"
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
