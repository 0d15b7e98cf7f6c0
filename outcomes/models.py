"""Follow-up checkpoints after the path, the employers' follow-up after an event, and the staff's
settings (offsets, reminders, the figures published on the public site)."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from .choices import Answer, EmployerType, MatchQuality

DEFAULT_OFFSETS = "3, 6, 12"


def parse_offsets(value: str) -> list[int]:
    """``"3, 6, 12"`` → ``[3, 6, 12]`` (sorted, without duplicates)."""
    parts = [part for part in re.split(r"[\s,;]+", value or "") if part]
    if not parts or not all(part.isdigit() and 0 < int(part) <= 60 for part in parts):
        raise ValidationError(
            _("Write whole numbers of months between 1 and 60, separated by commas: 3, 6, 12.")
        )
    return sorted({int(part) for part in parts})


@register_setting(icon="date")
class FollowUpSettings(BaseGenericSetting):
    offsets_months = models.CharField(
        verbose_name=_("checkpoints (months after the path)"),
        max_length=40,
        default=DEFAULT_OFFSETS,
        validators=[parse_offsets],
        help_text=_(
            "Months after the participant's first attended recruitment event (which completes "
            "the path), separated by commas. Changing them applies to checkpoints not created yet."
        ),
    )
    reminder_after_days = models.PositiveSmallIntegerField(
        verbose_name=_("reminder after (days)"),
        default=7,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_("Days between the e-mail and each of the two reminders, if unanswered."),
    )
    link_valid_days = models.PositiveSmallIntegerField(
        verbose_name=_("links valid for (days)"),
        default=60,
        validators=[MinValueValidator(7), MaxValueValidator(365)],
        help_text=_(
            "How long the answer links of an e-mail work; an answer can be changed meanwhile."
        ),
    )
    employer_followup_months = models.PositiveSmallIntegerField(
        verbose_name=_("employers' questionnaire (months after the event)"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(24)],
    )
    publish_participants = models.BooleanField(
        verbose_name=_("publish the number of participants"), default=False
    )
    publish_employment_rate = models.BooleanField(
        verbose_name=_("publish the employment rate at the middle checkpoint"), default=False
    )
    publish_hired = models.BooleanField(
        verbose_name=_("publish the number of people hired through a connection"), default=False
    )
    publish_employers = models.BooleanField(
        verbose_name=_("publish the number of employers and their return rate"), default=False
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("offsets_months"),
                FieldPanel("reminder_after_days"),
                FieldPanel("link_valid_days"),
                FieldPanel("employer_followup_months"),
            ],
            heading=_("Follow-up"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("publish_participants"),
                FieldPanel("publish_employment_rate"),
                FieldPanel("publish_hired"),
                FieldPanel("publish_employers"),
            ],
            heading=_("Figures on the home page and the Employers page"),
            help_text=_(
                "Aggregate figures only; a figure computed from fewer people than the minimum "
                "group size is never shown."
            ),
        ),
    ]

    class Meta:
        verbose_name = _("follow-up and impact")

    @property
    def offsets(self) -> list[int]:
        try:
            return parse_offsets(self.offsets_months)
        except ValidationError:
            return parse_offsets(DEFAULT_OFFSETS)


class Checkpoint(models.Model):
    """One participant's follow-up, a number of months after they completed the path."""

    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="followup_checkpoints",
    )
    months = models.PositiveSmallIntegerField(verbose_name=_("months after the path"))
    due_on = models.DateField(verbose_name=_("due on"), db_index=True)
    sent_at = models.DateTimeField(verbose_name=_("e-mail sent on"), null=True, blank=True)
    reminders_sent = models.PositiveSmallIntegerField(verbose_name=_("reminders sent"), default=0)
    last_reminder_at = models.DateTimeField(
        verbose_name=_("last reminder on"), null=True, blank=True
    )
    answer = models.CharField(
        verbose_name=_("answer"), max_length=30, choices=Answer.choices, blank=True
    )
    answered_at = models.DateTimeField(verbose_name=_("answered on"), null=True, blank=True)
    answered_by_phone = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded from a phone call by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    employer_type = models.CharField(
        verbose_name=_("employer type"), max_length=20, choices=EmployerType.choices, blank=True
    )
    sector = models.ForeignKey(
        "sectors.SectorBriefingPage",
        verbose_name=_("sector"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    from_connection = models.BooleanField(
        verbose_name=_("the job came from a Passerelle connection"), null=True, blank=True
    )
    may_contact = models.BooleanField(
        verbose_name=_("may be contacted about it"), null=True, blank=True
    )
    unsubscribed_at = models.DateTimeField(verbose_name=_("unsubscribed on"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("follow-up checkpoint")
        verbose_name_plural = _("follow-up checkpoints")
        ordering = ["participant_id", "months"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "months"], name="outcomes_checkpoint_once"
            )
        ]

    def __str__(self) -> str:
        return _("%(months)s months") % {"months": self.months}

    @property
    def is_employed(self) -> bool:
        return self.answer in (Answer.EMPLOYED_IN_FIELD, Answer.EMPLOYED_OUTSIDE_FIELD)


class EmployerFollowUp(models.Model):
    """The questionnaire an organisation gets some months after a recruitment event."""

    participation = models.OneToOneField(
        "employers.EventParticipation",
        verbose_name=_("event participation"),
        on_delete=models.CASCADE,
        related_name="followup",
    )
    sent_at = models.DateTimeField(verbose_name=_("sent on"), null=True, blank=True)
    hires = models.PositiveSmallIntegerField(
        verbose_name=_("people hired"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(500)],
    )
    match_quality = models.CharField(
        verbose_name=_("quality of the matches"),
        max_length=20,
        choices=MatchQuality.choices,
        blank=True,
    )
    would_return = models.BooleanField(
        verbose_name=_("would come to another event"), null=True, blank=True
    )
    answered_at = models.DateTimeField(verbose_name=_("answered on"), null=True, blank=True)

    class Meta:
        verbose_name = _("employer follow-up")
        verbose_name_plural = _("employer follow-ups")

    def __str__(self) -> str:
        return str(self.participation)
