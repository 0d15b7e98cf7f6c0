from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import TranslatableMixin


@register_setting(icon="group")
class IntakeSettings(BaseGenericSetting):
    staff_notification_email = models.EmailField(
        verbose_name=_("staff notification e-mail"),
        blank=True,
        help_text=_("Told of each new registration, with only a link to the admin."),
    )
    retention_months = models.PositiveSmallIntegerField(
        verbose_name=_("retention period (months)"),
        default=24,
        validators=[MinValueValidator(1)],
        help_text=_(
            "A registration with no activity (sign-in, status change, note) for this long is "
            "anonymised by the daily retention job. The privacy notice states this period."
        ),
    )

    panels = [
        FieldPanel("staff_notification_email"),
        FieldPanel("retention_months"),
        HelpPanel(
            heading=_("Partner employability organizations"),
            template="registration/admin/partner_organizations_help.html",
        ),
    ]

    class Meta:
        verbose_name = _("intake settings")


class PartnerOrganization(TranslatableMixin, models.Model):
    """Shown to visitors the program cannot take: a translatable snippet, one row per language.

    The French row is the source; its English translation shares its ``translation_key``.
    """

    name = models.CharField(verbose_name=_("name"), max_length=200)
    description = models.TextField(verbose_name=_("description"), blank=True)
    url = models.URLField(verbose_name=_("website"), blank=True)
    # A number rather than drag and drop: Wagtail reorders a translatable snippet only in the
    # list of every language at once, which would mix the French and English rows.
    position = models.PositiveSmallIntegerField(
        verbose_name=_("position"),
        default=0,
        help_text=_("Organizations are listed by position, then by name."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("url"),
        FieldPanel("position"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner organization")
        verbose_name_plural = _("partner organizations")
        ordering = ["position", "name"]

    def __str__(self):
        return self.name
