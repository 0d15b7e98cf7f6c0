"""A participant and an organisation who agreed to keep talking: after a mutual « continue » at a
recruitment event's interview (matching app), or a request accepted in the pool after an event.
Contact details are shown to either side only once the participant has confirmed sharing them
(`contact_shared_at`); every view of them is logged (`ContactView`).

The autonomous pool: participants who attended a recruitment event and consented
(`PoolConsent`, revocable) can be found by organisations, and requests (`ConnectionRequest`) go
both ways until accepted, declined, withdrawn or expired."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .choices import ConnectionOrigin, ConnectionState, Direction, RequestStatus, Side


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
    state_changed_by = models.CharField(
        _("state last changed by"), max_length=20, choices=Side.choices, blank=True
    )
    # "Hired" proposes moving the registration to *employed*; an advisor confirms it.
    employment_proposed_at = models.DateTimeField(
        _("employment proposed on"), null=True, blank=True
    )
    employment_confirmed_at = models.DateTimeField(
        _("employment confirmed on"), null=True, blank=True
    )
    employment_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("employment confirmed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
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

    @property
    def contact_shared(self) -> bool:
        return self.contact_shared_at is not None


class ContactView(models.Model):
    """Someone saw a connection's contact details (the other side's e-mail, phone)."""

    connection = models.ForeignKey(
        Connection,
        verbose_name=_("connection"),
        on_delete=models.CASCADE,
        related_name="contact_views",
    )
    viewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("viewer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    side = models.CharField(_("side"), max_length=20, choices=Side.choices)
    viewed_at = models.DateTimeField(_("viewed on"), auto_now_add=True)

    class Meta:
        verbose_name = _("contact details view")
        verbose_name_plural = _("contact details views")
        ordering = ["-viewed_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.connection_id} · {self.get_side_display()}"


class PoolConsent(models.Model):
    """A participant's consent to stay in the pool after an event: one row per period, from the
    day it is given until the day it is withdrawn."""

    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="pool_consents",
    )
    given_at = models.DateTimeField(_("given on"), auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("withdrawn on"), null=True, blank=True)

    class Meta:
        verbose_name = _("pool consent")
        verbose_name_plural = _("pool consents")
        ordering = ["-given_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant"],
                condition=Q(withdrawn_at__isnull=True),
                name="connections_one_active_pool_consent",
            )
        ]

    def __str__(self) -> str:
        return f"{self.given_at:%Y-%m-%d}"


class ConnectionRequest(models.Model):
    """An organisation asking a pool member to connect (with a message), or a participant asking
    an organisation about one of its openings. One pending request per pair, whichever side."""

    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="connection_requests",
    )
    organisation = models.ForeignKey(
        "employers.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="connection_requests",
    )
    direction = models.CharField(_("direction"), max_length=20, choices=Direction.choices)
    opening = models.ForeignKey(
        "employers.Opening",
        verbose_name=_("opening"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="connection_requests",
    )
    message = models.TextField(_("message"), max_length=2000, blank=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=RequestStatus.choices, default=RequestStatus.PENDING
    )
    created_at = models.DateTimeField(_("sent on"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires on"))
    answered_at = models.DateTimeField(_("answered on"), null=True, blank=True)
    connection = models.ForeignKey(
        Connection,
        verbose_name=_("connection"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="requests",
    )

    class Meta:
        verbose_name = _("connection request")
        verbose_name_plural = _("connection requests")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "organisation"],
                condition=Q(status="pending"),
                name="connections_one_pending_request_per_pair",
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} · {self.get_status_display()}"

    @property
    def from_organisation(self) -> bool:
        return self.direction == Direction.FROM_ORGANISATION


class RecruiterLanguage(models.Model):
    """The language a recruiter last used the portal's connection pages in: their e-mails from
    this app are written in it (recruiters have no registration to hold a preferred language)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(max_length=2, default="fr")

    def __str__(self) -> str:
        return self.language
