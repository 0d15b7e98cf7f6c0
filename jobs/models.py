"""What the worker remembers so that a job repeated by accident does nothing twice.

No personal data here: an e-mail's delivery is known by a key (a random one, or the sender's,
such as an event reminder's "events:day_before:<sign-up>:<start>"), never by its address.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EmailDelivery(models.Model):
    key = models.CharField(_("key"), max_length=200, unique=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("e-mail delivery")
        verbose_name_plural = _("e-mail deliveries")

    def __str__(self):
        return self.key


class PeriodicJobRun(models.Model):
    """One row per periodic job and time slot: two schedulers enqueue a slot once."""

    name = models.CharField(_("name"), max_length=100)
    slot = models.DateTimeField(_("slot"))
    enqueued_at = models.DateTimeField(_("enqueued at"), auto_now_add=True)

    class Meta:
        verbose_name = _("periodic job run")
        verbose_name_plural = _("periodic job runs")
        constraints = [
            models.UniqueConstraint(fields=["name", "slot"], name="jobs_one_run_per_slot")
        ]

    def __str__(self):
        return f"{self.name} {self.slot:%Y-%m-%d %H:%M}"
