from django.db import models
from django.utils.translation import gettext_lazy as _


class ConnectionOrigin(models.TextChoices):
    INTERVIEW = "interview", _("both wished to continue after an interview")
    REQUEST = "request", _("a request accepted after an event")


class ConnectionState(models.TextChoices):
    """Where the exchange stands; either side may update it."""

    NEW = "new", _("connected")
    SECOND_INTERVIEW = "second_interview", _("second interview")
    OFFER = "offer", _("offer made")
    HIRED = "hired", _("hired")
    NOT_RETAINED = "not_retained", _("not retained")


class Direction(models.TextChoices):
    FROM_ORGANISATION = "from_organisation", _("from the organisation")
    FROM_PARTICIPANT = "from_participant", _("from the participant")


class RequestStatus(models.TextChoices):
    PENDING = "pending", _("pending")
    ACCEPTED = "accepted", _("accepted")
    DECLINED = "declined", _("declined")
    WITHDRAWN = "withdrawn", _("withdrawn")
    EXPIRED = "expired", _("expired")


class Side(models.TextChoices):
    PARTICIPANT = "participant", _("participant")
    ORGANISATION = "organisation", _("organisation")
