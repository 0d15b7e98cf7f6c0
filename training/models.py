from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES, BaseStreamBlock


class WelcomeActivityPage(Page):
    """Step 1 of the path: the welcome activity (activité d'accueil)."""

    intro = RichTextField(verbose_name=_("purpose"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("welcome activity page")
        verbose_name_plural = _("welcome activity pages")


class CoursePage(Page):
    """The « Candidature vidéo » course; its modules are its children, in tree order."""

    intro = RichTextField(verbose_name=_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    search_fields = Page.search_fields + [index.SearchField("intro")]
    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["training.ModulePage"]

    class Meta:
        verbose_name = _("course page")
        verbose_name_plural = _("course pages")


class ModulePage(Page):
    summary = models.TextField(verbose_name=_("summary"), blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(
        verbose_name=_("estimated minutes"), default=15
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]

    parent_page_types = ["training.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("module page")
        verbose_name_plural = _("module pages")
