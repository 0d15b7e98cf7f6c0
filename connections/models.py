"""A participant and an organisation who agreed to keep talking: after a mutual « continue » at a
recruitment event's interview (matching app), or a request accepted in the pool after an event.
Contact details are shown to the organisation only once the participant has confirmed sharing
them (`contact_shared_at`)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import ConnectionOrigin, ConnectionState


class Connection(models.Model):
    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="connections",
    )
    organisation = models.ForeignKey(
        "employers.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="connections",
    )
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    origin = models.CharField(_("origin"), max_length=20, choices=ConnectionOrigin.choices)
    state = models.CharField(
        _("state"), max_length=20, choices=ConnectionState.choices, default=ConnectionState.NEW
    )
    contact_shared_at = models.DateTimeField(
        _("contact details shared on"),
        null=True,
        blank=True,
        help_text=_("Set when the participant confirms sharing their contact details."),
    )
    created_at = models.DateTimeField(_("connected on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)

    class Meta:
        verbose_name = _("connection")
        verbose_name_plural = _("connections")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "organisation"], name="connections_once_per_pair"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} · {self.get_state_display()}"
