"""Choices of the profile and the pitch's five parts, as the course teaches them."""

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class Availability(models.TextChoices):
    IMMEDIATELY = "immediately", _("Immediately")
    FROM_DATE = "from_date", _("From a date")


class CredentialStatus(models.TextChoices):
    NOT_REGULATED = "not_regulated", _("My profession is not regulated")
    NOT_STARTED = "not_started", _("Recognition not started yet")
    IN_PROGRESS = "in_progress", _("Recognition under way with the professional order")
    RECOGNISED = "recognised", _("Recognised: member of the professional order")


@dataclass(frozen=True)
class PitchPart:
    name: str
    label: Promise
    question: Promise


# « Rédiger votre argumentaire éclair »: five parts, in this order, each answering one question.
PITCH_PARTS = (
    PitchPart(
        "who",
        _("Who I am"),
        _("Your name, your profession, your years of experience: who are you professionally?"),
    ),
    PitchPart(
        "achievement",
        _("What I have achieved"),
        _("Which concrete achievement, ideally measurable, shows what you can do?"),
    ),
    PitchPart(
        "strengths",
        _("What I bring"),
        _("Which key skills, languages and knowledge of the sector do you bring?"),
    ),
    PitchPart(
        "goal",
        _("What I am looking for"),
        _("Which job and which workplace are you looking for?"),
    ),
    PitchPart(
        "call_to_action",
        _("My call to action"),
        _("What do you offer the employer, to continue the conversation?"),
    ),
)
PITCH_FIELDS = tuple(part.name for part in PITCH_PARTS)
PITCH_PART_MAX_LENGTH = 1500

# Speaking rates used for the estimated time: the course's 60 seconds hold 130 to 150 words.
# French is spoken with slightly fewer words a minute than English.
WORDS_PER_MINUTE = {"fr": 140, "en": 150}
PITCH_TARGET_SECONDS = 60


class CommentPart(models.TextChoices):
    PROFILE = "profile", _("Profile")
    WHO = "who", _("Pitch: who I am")
    ACHIEVEMENT = "achievement", _("Pitch: what I have achieved")
    STRENGTHS = "strengths", _("Pitch: what I bring")
    GOAL = "goal", _("Pitch: what I am looking for")
    CALL_TO_ACTION = "call_to_action", _("Pitch: my call to action")
    VIDEO = "video", _("Video application")
