import datetime
import html
import re

from django.contrib.auth.models import Group
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES

from .blocks import ACTIVITY_FORMATS, ActivitiesBlock, RegulatedProfessionsBlock


class SectorIndexPage(Page):
    intro = RichTextField(verbose_name=_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["sectors.SectorBriefingPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("sector index page")
        verbose_name_plural = _("sector index pages")

    def get_context(self, request, *args, **kwargs):
        from .selectors import sectors_under

        context = super().get_context(request, *args, **kwargs)
        context["sectors"] = sectors_under(index_page=self)
        return context


def _rich_text(verbose_name, help_text=""):
    return RichTextField(
        verbose_name=verbose_name, help_text=help_text, features=RICH_TEXT_FEATURES, blank=True
    )


class SectorBriefingPage(Page):
    """One sector's briefing, written by its representatives and approved by staff."""

    intro = _rich_text(_("the sector at a glance"))
    realities = _rich_text(
        _("realities and challenges"), _("What the labour market of this sector looks like today.")
    )
    prospects = _rich_text(_("prospects and openings"))
    in_demand_occupations = _rich_text(_("in-demand occupations"))
    regulated_professions = StreamField(
        RegulatedProfessionsBlock(),
        verbose_name=_("regulated professions"),
        help_text=_("Professions that need a permit, with the professional order to contact."),
        blank=True,
    )
    hr_advice = _rich_text(_("HR advice for candidates"))
    # Activities are now event pages (events app; copied there by its migration 0002): this old
    # block is kept, neither shown nor editable, until a later migration drops it.
    activities = StreamField(
        ActivitiesBlock(),
        verbose_name=_("upcoming interactive activities"),
        help_text=_("Past activities are hidden from visitors automatically."),
        blank=True,
    )
    contact_name = models.CharField(_("representative's name"), max_length=120, blank=True)
    contact_role = models.CharField(
        _("representative's role and organization"), max_length=200, blank=True
    )
    contact_email = models.EmailField(_("representative's e-mail"), blank=True)
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("The day this briefing was last checked against the sector's reality."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("realities"),
        index.SearchField("prospects"),
        index.SearchField("in_demand_occupations"),
        index.SearchField("hr_advice"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("realities"),
        FieldPanel("prospects"),
        FieldPanel("in_demand_occupations"),
        FieldPanel("regulated_professions"),
        FieldPanel("hr_advice"),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_role"),
                FieldPanel("contact_email"),
            ],
            heading=_("Representative's contact"),
        ),
        FieldPanel("last_reviewed"),
    ]
    override_translatable_fields = [
        SynchronizedField("contact_name"),
        TranslatableField("contact_role"),
        SynchronizedField("contact_email"),
        SynchronizedField("last_reviewed"),
        # The hidden old activities: copied from the French, never offered to translators.
        SynchronizedField("activities", overridable=False),
    ]

    parent_page_types = ["sectors.SectorIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("sector briefing page")
        verbose_name_plural = _("sector briefing pages")

    def upcoming_activities(self, *, today: datetime.date | None = None) -> list[dict]:
        """Activities from today on, soonest first, with their format in words."""
        today = today or timezone.localdate()
        formats = dict(ACTIVITY_FORMATS)
        upcoming = [
            {**block.value, "format_label": formats.get(block.value["format"], "")}
            for block in self.activities
            if block.value["date"] and block.value["date"] >= today
        ]
        return sorted(upcoming, key=lambda activity: activity["date"])

    @property
    def summary(self) -> str:
        """The first paragraph of "the sector at a glance", as plain text, for lists."""
        first = re.search(r"<p[^>]*>(.*?)</p>", self.intro or "", re.DOTALL)
        return html.unescape(strip_tags(first.group(1))).strip() if first else ""

    @property
    def reviewed_on(self) -> datetime.date | None:
        if self.last_reviewed:
            return self.last_reviewed
        return self.last_published_at.date() if self.last_published_at else None


class SectorRepresentativeGroup(models.Model):
    """The group whose members may edit one sector's briefing, in every language.

    Pages of the same sector share a translation key, so one group covers the French and the
    English page; it is created, renamed and removed by `sectors.services`, never by hand.
    """

    translation_key = models.UUIDField(_("sector translation key"), unique=True)
    group = models.OneToOneField(
        Group,
        on_delete=models.CASCADE,
        related_name="sector_representation",
        verbose_name=_("group"),
    )

    class Meta:
        verbose_name = _("sector representative group")
        verbose_name_plural = _("sector representative groups")

    def __str__(self):
        return self.group.name
