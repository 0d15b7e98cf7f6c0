"""Choices of the matching app. Stored values are stable English slugs; labels are translated."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Outcome(models.TextChoices):
    CONTINUE = "continue", _("Continue")
    MAYBE = "maybe", _("Maybe")
    NO = "no", _("No")


class FeedbackTag(models.TextChoices):
    PITCH_UNCLEAR = "pitch_unclear", _("Pitch unclear")
    PITCH_TOO_LONG = "pitch_too_long", _("Pitch too long")
    VIDEO_SOUND = "video_sound", _("Video sound")
    VIDEO_IMAGE = "video_image", _("Video framing or light")
    EXAMPLES = "examples", _("Few concrete examples")
    ONLINE_PRESENCE = "online_presence", _("Online profile incomplete")
    PREPARATION = "preparation", _("Little knowledge of the organisation")


# The « Candidature vidéo » module (French slug) to revisit for each kind of feedback.
FEEDBACK_MODULE_HINTS = {
    FeedbackTag.PITCH_UNCLEAR: "rediger-argumentaire-eclair",
    FeedbackTag.PITCH_TOO_LONG: "rediger-argumentaire-eclair",
    FeedbackTag.VIDEO_SOUND: "tourner-cadrage-lumiere-son",
    FeedbackTag.VIDEO_IMAGE: "tourner-cadrage-lumiere-son",
    FeedbackTag.EXAMPLES: "preparer-entrevues-eclair",
    FeedbackTag.ONLINE_PRESENCE: "identite-professionnelle-numerique",
    FeedbackTag.PREPARATION: "preparer-entrevues-eclair",
}

# Feedback reaches the participant only once this many interviews gave it (anonymity).
FEEDBACK_THRESHOLD = 3
