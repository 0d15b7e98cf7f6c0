from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PrivacyIncident(models.Model):
    """Law 25 s. 3.8: the register of confidentiality incidents, kept by staff in the admin."""

    occurred_on = models.DateField(verbose_name=_("date of the incident"))
    discovered_on = models.DateField(
        verbose_name=_("date it was discovered"), null=True, blank=True
    )
    description = models.TextField(
        verbose_name=_("description"),
        help_text=_("What happened and which personal information was involved."),
    )
    people_affected = models.PositiveIntegerField(
        verbose_name=_("number of people affected"), default=0
    )
    people_affected_description = models.TextField(
        verbose_name=_("people affected"),
        blank=True,
        help_text=_("Who was affected (e.g. « participants registered in March »); no names."),
    )
    serious_risk = models.BooleanField(
        verbose_name=_("risk of serious injury"),
        default=False,
        help_text=_(
            "If so, the Commission d'accès à l'information and the people affected must be told."
        ),
    )
    actions = models.TextField(
        verbose_name=_("actions taken"),
        help_text=_("What was done to reduce the harm and prevent it happening again, and when."),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    recorded_at = models.DateTimeField(verbose_name=_("recorded on"), auto_now_add=True)

    class Meta:
        verbose_name = _("privacy incident")
        verbose_name_plural = _("privacy incident register")
        ordering = ["-occurred_on", "-pk"]

    def __str__(self):
        return f"{self.occurred_on:%Y-%m-%d} — {self.description[:60]}"
