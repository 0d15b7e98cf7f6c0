from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index

from .blocks import RICH_TEXT_FEATURES, BaseStreamBlock


class HomePage(Page):
    """The root of each language tree: /fr/ and /en/."""

    intro = RichTextField(verbose_name=_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ContentPage",
        "training.WelcomeActivityPage",
        "training.CoursePage",
        "sectors.SectorIndexPage",
        "registration.RegistrationPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class ContentPage(Page):
    """A plain page: privacy policy, FAQ, about."""

    intro = models.TextField(verbose_name=_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")


class SiteIdentity(TranslatableMixin, ClusterableModel):
    """Site name, contact e-mail and footer links, one per language.

    Wagtail settings are one per site and not translatable; a translatable snippet, shown in
    the admin's Settings menu, gives editors the same place with one version per language.
    """

    site_name = models.CharField(
        verbose_name=_("site name"), max_length=100, default="Passerelle sectorielle"
    )
    tagline = models.CharField(verbose_name=_("tagline"), max_length=200, blank=True)
    organisation_name = models.CharField(
        verbose_name=_("organisation name"),
        max_length=200,
        default="Chambre de commerce du Montréal métropolitain",
    )
    contact_email = models.EmailField(verbose_name=_("contact e-mail"), blank=True)

    panels = [
        FieldPanel("site_name"),
        FieldPanel("tagline"),
        FieldPanel("organisation_name"),
        FieldPanel("contact_email"),
        InlinePanel("footer_links", label=_("Footer links")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site identity")
        verbose_name_plural = _("site identity")

    def __str__(self):
        return f"{self.site_name} ({self.locale})"

    @classmethod
    def for_active_locale(cls) -> "SiteIdentity | None":
        """The identity in the visitor's language, else the default language's, else none."""
        identities = {
            identity.locale_id: identity
            for identity in cls.objects.prefetch_related("footer_links__page")
        }
        for locale in (Locale.get_active(), Locale.get_default()):
            if locale.pk in identities:
                return identities[locale.pk]
        return None


class FooterLink(Orderable):
    identity = ParentalKey(SiteIdentity, on_delete=models.CASCADE, related_name="footer_links")
    label = models.CharField(verbose_name=_("label"), max_length=80)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    url = models.URLField(verbose_name=_("external address"), blank=True)

    panels = [FieldPanel("label"), FieldPanel("page"), FieldPanel("url")]

    @property
    def href(self) -> str:
        if self.page_id:
            return self.page.localized.url or ""
        return self.url
