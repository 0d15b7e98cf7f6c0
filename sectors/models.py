from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES, BaseStreamBlock


class SectorIndexPage(Page):
    intro = RichTextField(verbose_name=_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["sectors.SectorBriefingPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("sector index page")
        verbose_name_plural = _("sector index pages")


class SectorBriefingPage(Page):
    intro = RichTextField(
        verbose_name=_("the sector at a glance"), features=RICH_TEXT_FEATURES, blank=True
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["sectors.SectorIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("sector briefing page")
        verbose_name_plural = _("sector briefing pages")
