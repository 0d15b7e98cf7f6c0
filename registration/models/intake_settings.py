from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Orderable


@register_setting(icon="group")
class IntakeSettings(ClusterableModel, BaseGenericSetting):
    staff_notification_email = models.EmailField(
        verbose_name=_("staff notification e-mail"),
        blank=True,
        help_text=_("Told of each new registration, with only a link to the admin."),
    )

    panels = [
        FieldPanel("staff_notification_email"),
        InlinePanel(
            "partner_organizations",
            heading=_("Partner employability organizations"),
            label=_("organization"),
        ),
    ]

    class Meta:
        verbose_name = _("intake settings")


class PartnerOrganization(Orderable):
    """Shown to visitors the program cannot take, in their language."""

    settings = ParentalKey(
        IntakeSettings, on_delete=models.CASCADE, related_name="partner_organizations"
    )
    name_fr = models.CharField(verbose_name=_("name (French)"), max_length=200)
    name_en = models.CharField(verbose_name=_("name (English)"), max_length=200)
    description_fr = models.TextField(verbose_name=_("description (French)"), blank=True)
    description_en = models.TextField(verbose_name=_("description (English)"), blank=True)
    url = models.URLField(verbose_name=_("website"), blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("partner organization")
        verbose_name_plural = _("partner organizations")

    def __str__(self):
        return self.name_fr

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_fr

    def description(self, language: str) -> str:
        return self.description_en if language == "en" else self.description_fr
