"""The matching of a recruitment event: its settings, the interviews (table and slot), what each
side said after each interview, and which agenda each person was last sent.

Events are always the French (source) event page, as sign-ups are. The database itself forbids a
double booking: one interview per pair, per participant and slot, per table and slot.
"""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from .choices import Outcome
from .scheduling import slot_times
from .scoring import Weights

DEFAULTS = Weights()


def _weight(name: str, label, help_text=""):
    return models.PositiveSmallIntegerField(
        label,
        default=getattr(DEFAULTS, name),
        validators=[MaxValueValidator(100)],
        help_text=help_text,
    )


@register_setting(icon="group")
class MatchingWeights(BaseGenericSetting):
    """The points of each part of a compatibility score (defaults in the README, "Matching")."""

    mutual_high = _weight("mutual_high", _("both very interested"))
    mutual = _weight("mutual", _("both interested"))
    organisation_high = _weight("organisation_high", _("organisation very interested"))
    organisation_some = _weight("organisation_some", _("organisation somewhat interested"))
    participant_high = _weight("participant_high", _("participant very interested"))
    participant_some = _weight("participant_some", _("participant somewhat interested"))
    same_sector = _weight("same_sector", _("same sector"))
    occupation = _weight("occupation", _("target occupation matches an opening"))
    skills = _weight(
        "skills", _("key skills"), _("All the key skills of an opening; fewer give a share.")
    )
    languages = _weight("languages", _("language levels met"))
    experience = _weight("experience", _("experience"))
    experience_full_years = _weight(
        "experience_full_years",
        _("years for full experience points"),
        _("Fewer years give a share of the experience points."),
    )
    availability = _weight("availability", _("available for the start"))
    work_mode = _weight("work_mode", _("work mode wanted"))

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("mutual_high"),
                FieldPanel("mutual"),
                FieldPanel("organisation_high"),
                FieldPanel("organisation_some"),
                FieldPanel("participant_high"),
                FieldPanel("participant_some"),
            ],
            heading=_("Interest marks"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("same_sector"),
                FieldPanel("occupation"),
                FieldPanel("skills"),
                FieldPanel("languages"),
                FieldPanel("experience"),
                FieldPanel("experience_full_years"),
                FieldPanel("availability"),
                FieldPanel("work_mode"),
            ],
            heading=_("Profile and openings"),
        ),
    ]

    class Meta:
        verbose_name = _("matching weights")

    def as_weights(self) -> Weights:
        return Weights(**{name: getattr(self, name) for name in Weights.__dataclass_fields__})


class EventMatching(models.Model):
    """The matching settings and state of one recruitment event."""

    event = models.OneToOneField(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="matching",
    )
    max_interviews = models.PositiveSmallIntegerField(
        _("interviews per participant at most"),
        default=4,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
    )
    slots = models.PositiveSmallIntegerField(
        _("interview slots"),
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_("Each table holds one interview per slot."),
    )
    slot_minutes = models.PositiveSmallIntegerField(
        _("minutes per slot"), default=10, validators=[MinValueValidator(1), MaxValueValidator(120)]
    )
    first_slot_at = models.DateTimeField(
        _("first slot at"), null=True, blank=True, help_text=_("Empty: when the event starts.")
    )
    break_after = models.PositiveSmallIntegerField(
        _("a break after every … slots"),
        default=0,
        validators=[MaxValueValidator(60)],
        help_text=_("0: no break."),
    )
    break_minutes = models.PositiveSmallIntegerField(
        _("minutes per break"), default=10, validators=[MaxValueValidator(120)]
    )
    room_link_template = models.CharField(
        _("room link of each table (virtual events)"),
        max_length=300,
        blank=True,
        help_text=_(
            "For example https://meet.example.org/passerelle-{organisation}-{table}: "
            "{organisation} and {table} are replaced for each table."
        ),
    )
    version = models.PositiveIntegerField(default=0, editable=False)
    ran_at = models.DateTimeField(_("matching run on"), null=True, blank=True)
    ran_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("run by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    total_score = models.PositiveIntegerField(_("total score"), default=0)
    published_at = models.DateTimeField(_("published on"), null=True, blank=True)
    changed_since_publication = models.BooleanField(default=False, editable=False)

    class Meta:
        verbose_name = _("event matching")
        verbose_name_plural = _("event matchings")

    def __str__(self) -> str:
        return str(self.event)

    def slot_times(self) -> list[tuple[datetime.datetime, datetime.datetime]]:
        return slot_times(
            self.first_slot_at or self.event.start,
            self.slots,
            slot_minutes=self.slot_minutes,
            break_after=self.break_after,
            break_minutes=self.break_minutes,
        )

    def room_link(self, organisation, table: int) -> str:
        if not self.room_link_template:
            return ""
        return self.room_link_template.replace("{organisation}", str(organisation.pk)).replace(
            "{table}", str(table)
        )


class Interview(models.Model):
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="interviews",
    )
    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="interviews",
    )
    organisation = models.ForeignKey(
        "employers.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="interviews",
    )
    table = models.PositiveSmallIntegerField(_("table"), validators=[MinValueValidator(1)])
    slot = models.PositiveSmallIntegerField(_("slot"))
    room_link = models.URLField(_("room link"), max_length=300, blank=True)
    score = models.PositiveIntegerField(_("score"), default=0)
    organisation_outcome = models.CharField(
        _("organisation's outcome"), max_length=10, choices=Outcome.choices, blank=True
    )
    organisation_note = models.TextField(_("private note"), max_length=2000, blank=True)
    feedback = models.JSONField(_("feedback"), default=list, blank=True)
    participant_outcome = models.CharField(
        _("participant's outcome"), max_length=10, choices=Outcome.choices, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("interview")
        verbose_name_plural = _("interviews")
        ordering = ["slot", "organisation__name", "table"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "participant", "organisation"], name="matching_interview_once"
            ),
            models.UniqueConstraint(
                fields=["event", "participant", "slot"], name="matching_participant_slot_once"
            ),
            models.UniqueConstraint(
                fields=["event", "organisation", "table", "slot"], name="matching_table_slot_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} · {self.table} · {self.slot + 1}"


class AgendaNotice(models.Model):
    """The agenda a person was last sent for an event: publishing again sends only to those
    whose agenda changed since."""

    event = models.ForeignKey("events.EventPage", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    signature = models.CharField(max_length=64)
    sent_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("agenda sent")
        verbose_name_plural = _("agendas sent")
        constraints = [
            models.UniqueConstraint(fields=["event", "user"], name="matching_agenda_once")
        ]

    def __str__(self) -> str:
        return f"{self.event_id} · {self.user_id}"
