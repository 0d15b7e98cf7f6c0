from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES


class RegistrationPage(RoutablePageMixin, Page):
    """Serves the intake questionnaire in the page's language."""

    intro = RichTextField(verbose_name=_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    privacy_notice = RichTextField(
        verbose_name=_("privacy notice"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What is collected, why, who sees it and for how long."),
    )
    privacy_notice_version = models.CharField(
        verbose_name=_("privacy notice version"),
        max_length=20,
        default="1",
        help_text=_("Change it whenever the notice changes: each consent records the version."),
    )
    thank_you = RichTextField(
        verbose_name=_("thank-you text"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Shown once the registration is saved: what happens next."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("privacy_notice"), FieldPanel("privacy_notice_version")],
            heading=_("Privacy notice"),
        ),
        FieldPanel("thank_you"),
    ]
    override_translatable_fields = [
        TranslatableField("intro"),
        TranslatableField("privacy_notice"),
        TranslatableField("thank_you"),
        SynchronizedField("privacy_notice_version"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("registration page")
        verbose_name_plural = _("registration pages")

    # The routes call the views at request time, not through a module-level import: the views
    # use the intake form, a ModelForm on Registration, which this package defines, so importing
    # them here would be a cycle (models → views → forms → models).
    @path("")
    def questionnaire(self, request):
        from registration import views

        return views.questionnaire(request, page=self)

    # Translated paths: /fr/inscription/merci/, /en/register/thank-you/ (resolved and reversed
    # in the active language, which is the page's: its URL carries the language prefix).
    @path(_("thank-you/"), name="thanks")
    def thanks(self, request):
        from registration import views

        return views.thanks(request, page=self)

    @path(_("not-eligible/"), name="not_eligible")
    def not_eligible(self, request):
        from registration import views

        return views.not_eligible(request, page=self)
