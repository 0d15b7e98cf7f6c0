import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TagBase, TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from registration.choices import EducationLevel, EducationPlace, LanguageLevel

from .choices import PITCH_PART_MAX_LENGTH, Availability, CommentPart, CredentialStatus

DEFAULT_VIDEO_MAX_MB = 200


def private_storage():
    """Uploaded videos: a storage of their own, never under MEDIA_URL (see settings STORAGES)."""
    return storages["profiles_private"]


class Skill(TagBase):
    """A skill, kept once whatever its case ("Python" and "python" are one skill)."""

    class Meta:
        verbose_name = _("skill")
        verbose_name_plural = _("skills")


class ProfileSkill(TaggedItemBase):
    tag = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="profile_skills")
    content_object = models.ForeignKey(
        "profiles.Profile", on_delete=models.CASCADE, related_name="profile_skills"
    )

    class Meta:
        verbose_name = _("profile skill")
        verbose_name_plural = _("profile skills")
        constraints = [
            models.UniqueConstraint(fields=["tag", "content_object"], name="profile_skill_once")
        ]


class Profile(models.Model):
    """A participant's professional profile and pitch: what employers see, with consent."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="professional_profile",
    )
    headline = models.CharField(_("headline"), max_length=160, blank=True)
    target_occupations = models.TextField(
        _("target occupations"), max_length=1000, blank=True, help_text=_("One per line.")
    )
    sectors = models.ManyToManyField(
        "sectors.SectorBriefingPage", verbose_name=_("sectors of interest"), blank=True
    )
    years_of_experience = models.PositiveSmallIntegerField(
        _("years of experience"), null=True, blank=True, validators=[MaxValueValidator(60)]
    )
    education_level = models.CharField(
        _("highest education"), max_length=20, choices=EducationLevel.choices, blank=True
    )
    education_field = models.CharField(_("field of study"), max_length=200, blank=True)
    education_institution = models.CharField(
        _("institution and country"), max_length=200, blank=True
    )
    education_place = models.CharField(
        _("education obtained"), max_length=20, choices=EducationPlace.choices, blank=True
    )
    french_level = models.CharField(
        _("French level"), max_length=20, choices=LanguageLevel.choices, blank=True
    )
    english_level = models.CharField(
        _("English level"), max_length=20, choices=LanguageLevel.choices, blank=True
    )
    other_languages = models.CharField(
        _("other languages and levels"),
        max_length=300,
        blank=True,
        help_text=_("For example: Spanish (fluent), Arabic (native)."),
    )
    skills = TaggableManager(
        verbose_name=_("skills"), through=ProfileSkill, blank=True, help_text=""
    )
    regulated_profession = models.CharField(_("regulated profession"), max_length=160, blank=True)
    credential_status = models.CharField(
        _("recognition by a professional order"),
        max_length=20,
        choices=CredentialStatus.choices,
        blank=True,
    )
    professional_link = models.URLField(
        _("professional link"), max_length=300, blank=True, help_text=_("LinkedIn or portfolio.")
    )
    availability = models.CharField(
        _("availability"), max_length=20, choices=Availability.choices, blank=True
    )
    available_from = models.DateField(_("available from"), null=True, blank=True)
    full_time = models.BooleanField(_("full time"), default=False)
    part_time = models.BooleanField(_("part time"), default=False)
    contract = models.BooleanField(_("contract"), default=False)
    on_site = models.BooleanField(_("on site"), default=False)
    hybrid = models.BooleanField(_("hybrid"), default=False)
    remote = models.BooleanField(_("remote"), default=False)

    # The pitch as it stands now; PitchVersion keeps the earlier ones.
    pitch_who = models.TextField(_("who I am"), max_length=PITCH_PART_MAX_LENGTH, blank=True)
    pitch_achievement = models.TextField(
        _("what I have achieved"), max_length=PITCH_PART_MAX_LENGTH, blank=True
    )
    pitch_strengths = models.TextField(
        _("what I bring"), max_length=PITCH_PART_MAX_LENGTH, blank=True
    )
    pitch_goal = models.TextField(
        _("what I am looking for"), max_length=PITCH_PART_MAX_LENGTH, blank=True
    )
    pitch_call_to_action = models.TextField(
        _("my call to action"), max_length=PITCH_PART_MAX_LENGTH, blank=True
    )
    pitch_updated_at = models.DateTimeField(_("pitch updated on"), null=True, blank=True)

    shares_with_employers = models.BooleanField(
        _("shares the packet with employers of their events"), default=False
    )
    sharing_changed_at = models.DateTimeField(_("sharing changed on"), null=True, blank=True)
    ready_at = models.DateTimeField(_("marked ready for employers on"), null=True, blank=True)
    ready_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked ready by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)

    class Meta:
        verbose_name = _("professional profile")
        verbose_name_plural = _("professional profiles")

    def __str__(self):
        return self.headline or str(self.user)

    def pitch_parts(self) -> dict[str, str]:
        from .choices import PITCH_FIELDS

        return {name: getattr(self, f"pitch_{name}") for name in PITCH_FIELDS}

    @property
    def occupations(self) -> list[str]:
        return [line.strip() for line in self.target_occupations.splitlines() if line.strip()]


class PitchVersion(models.Model):
    """An earlier state of the pitch, kept so the participant can go back to it."""

    profile = models.ForeignKey(
        Profile, verbose_name=_("profile"), on_delete=models.CASCADE, related_name="pitch_versions"
    )
    who = models.TextField(_("who I am"), blank=True)
    achievement = models.TextField(_("what I have achieved"), blank=True)
    strengths = models.TextField(_("what I bring"), blank=True)
    goal = models.TextField(_("what I am looking for"), blank=True)
    call_to_action = models.TextField(_("my call to action"), blank=True)
    created_at = models.DateTimeField(_("saved on"), auto_now_add=True)

    class Meta:
        verbose_name = _("pitch version")
        verbose_name_plural = _("pitch versions")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M}"

    def parts(self) -> dict[str, str]:
        from .choices import PITCH_FIELDS

        return {name: getattr(self, name) for name in PITCH_FIELDS}


class VideoApplication(models.Model):
    """The participant's video: an uploaded file in private storage, or a link elsewhere.

    The file is reached only through ``token`` and a view that checks who asks.
    """

    profile = models.OneToOneField(
        Profile, verbose_name=_("profile"), on_delete=models.CASCADE, related_name="video"
    )
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    file = models.FileField(
        _("file"), storage=private_storage, upload_to="videos/", max_length=200, blank=True
    )
    content_type = models.CharField(_("type"), max_length=40, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), null=True, blank=True)
    external_url = models.URLField(
        _("link to a video hosted elsewhere"), max_length=300, blank=True
    )
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)

    class Meta:
        verbose_name = _("video application")
        verbose_name_plural = _("video applications")

    def __str__(self):
        return self.external_url or self.content_type or "—"


class AdvisorComment(models.Model):
    profile = models.ForeignKey(
        Profile, verbose_name=_("profile"), on_delete=models.CASCADE, related_name="comments"
    )
    part = models.CharField(_("part"), max_length=20, choices=CommentPart.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    text = models.TextField(_("comment"), max_length=3000)
    created_at = models.DateTimeField(_("written on"), auto_now_add=True)

    class Meta:
        verbose_name = _("advisor comment")
        verbose_name_plural = _("advisor comments")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.text[:50]


class PacketView(models.Model):
    """An employer opened the packet. The viewer's account may be deleted later; the view stays
    (the participant keeps seeing that it happened)."""

    profile = models.ForeignKey(
        Profile, verbose_name=_("profile"), on_delete=models.CASCADE, related_name="packet_views"
    )
    viewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("viewer"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    viewed_at = models.DateTimeField(_("viewed on"), auto_now_add=True)

    class Meta:
        verbose_name = _("packet view")
        verbose_name_plural = _("packet views")
        ordering = ["-viewed_at", "-pk"]

    def __str__(self):
        return f"{self.organisation or '—'} {self.viewed_at:%Y-%m-%d}"


@register_setting(icon="media")
class VideoSettings(BaseGenericSetting):
    max_video_size_mb = models.PositiveIntegerField(
        _("largest video upload (MB)"),
        default=DEFAULT_VIDEO_MAX_MB,
        validators=[MaxValueValidator(4096)],
        help_text=_("Participants' video applications larger than this are refused."),
    )

    panels = [FieldPanel("max_video_size_mb")]

    class Meta:
        verbose_name = _("video application settings")
