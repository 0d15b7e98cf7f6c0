from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES

from .blocks import ModuleBodyBlock

# Learning objectives are a plain list: one translatable string per objective.
OBJECTIVES_FEATURES = ["bold", "italic", "ul"]


class WelcomeActivityPage(Page):
    """Step 1 of the path: the welcome activity (activité d'accueil)."""

    intro = RichTextField(verbose_name=_("purpose"), features=RICH_TEXT_FEATURES, blank=True)
    activity_format = RichTextField(
        verbose_name=_("format"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("How the activity runs: length, online or in person, who leads it."),
    )
    what_to_prepare = RichTextField(
        verbose_name=_("what to prepare"), features=RICH_TEXT_FEATURES, blank=True
    )

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("activity_format"),
        index.SearchField("what_to_prepare"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("activity_format"),
        FieldPanel("what_to_prepare"),
    ]
    # Sessions are now event pages (events app; copied there by its migration 0002): the old
    # inline sessions are kept, neither shown nor editable, until a later migration drops them.
    override_translatable_fields = [
        TranslatableField("intro"),
        TranslatableField("activity_format"),
        TranslatableField("what_to_prepare"),
        # Not overridable: a translator must not change a session's link or place.
        SynchronizedField("sessions", overridable=False),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("welcome activity page")
        verbose_name_plural = _("welcome activity pages")

    def upcoming_sessions(self) -> list["WelcomeSession"]:
        today = timezone.localdate()
        return [session for session in self.sessions.all() if session.date >= today]


class WelcomeSession(Orderable):
    class Format(models.TextChoices):
        ONLINE = "online", _("Online")
        IN_PERSON = "in_person", _("In person")

    page = ParentalKey(WelcomeActivityPage, on_delete=models.CASCADE, related_name="sessions")
    date = models.DateField(verbose_name=_("date"))
    start_time = models.TimeField(verbose_name=_("start time"))
    duration_minutes = models.PositiveSmallIntegerField(
        verbose_name=_("duration (minutes)"), default=90
    )
    session_format = models.CharField(
        verbose_name=_("format"), max_length=20, choices=Format.choices, default=Format.ONLINE
    )
    online_link = models.URLField(
        verbose_name=_("online link"),
        blank=True,
        help_text=_("The video-conference link, for an online session."),
    )
    place = models.CharField(
        verbose_name=_("place"),
        max_length=255,
        blank=True,
        help_text=_("The address, for an in-person session."),
    )

    panels = [
        FieldPanel("date"),
        FieldPanel("start_time"),
        FieldPanel("duration_minutes"),
        FieldPanel("session_format"),
        FieldPanel("online_link"),
        FieldPanel("place"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.start_time:%H:%M}"

    @property
    def is_online(self) -> bool:
        return self.session_format == self.Format.ONLINE

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.is_online and not self.online_link:
            raise ValidationError({"online_link": _("An online session needs its link.")})
        if not self.is_online and not self.place:
            raise ValidationError({"place": _("An in-person session needs its address.")})


class CoursePage(Page):
    """The « Candidature vidéo » course; its modules are its children, in tree order."""

    intro = RichTextField(verbose_name=_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    learning_objectives = RichTextField(
        verbose_name=_("learning objectives"),
        features=OBJECTIVES_FEATURES,
        blank=True,
        help_text=_("A bulleted list: what participants can do at the end of the course."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("learning_objectives"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("learning_objectives"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["training.ModulePage"]

    class Meta:
        verbose_name = _("course page")
        verbose_name_plural = _("course pages")

    def get_modules(self) -> list["ModulePage"]:
        """The live modules of this course, in the order editors gave them.

        One query per page object: the page, the participant's progress and the modules' pager
        share the list.
        """
        return self._live_modules

    @cached_property
    def _live_modules(self) -> list["ModulePage"]:
        return list(
            ModulePage.objects.live().child_of(self).select_related("locale").order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        modules = self.get_modules()
        context["modules"] = modules
        context["total_minutes"] = sum(module.estimated_minutes for module in modules)
        return context


class ModulePage(Page):
    summary = models.TextField(verbose_name=_("summary"), blank=True)
    learning_objectives = RichTextField(
        verbose_name=_("learning objectives"),
        features=OBJECTIVES_FEATURES,
        blank=True,
        help_text=_("A bulleted list: what participants can do after this module."),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        verbose_name=_("estimated minutes"), default=15
    )
    body = StreamField(ModuleBodyBlock(), verbose_name=_("body"), blank=True)

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("learning_objectives"),
        index.SearchField("body"),
    ]
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("summary"),
                FieldPanel("learning_objectives"),
                FieldPanel("estimated_minutes"),
            ],
            heading=_("Overview"),
        ),
        FieldPanel("body"),
    ]

    parent_page_types = ["training.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("module page")
        verbose_name_plural = _("module pages")

    @cached_property
    def course(self) -> CoursePage:
        parent_path = self.path[: -self.steplen]
        return CoursePage.objects.select_related("locale").get(path=parent_path)

    def course_modules(self) -> list["ModulePage"]:
        """The live modules of this module's course, in order (the course page's own list)."""
        return self.course.get_modules()

    def _position(self) -> int | None:
        paths = [module.path for module in self.course_modules()]
        return paths.index(self.path) if self.path in paths else None

    @property
    def number(self) -> int | None:
        """The position of this module in its course, from 1."""
        position = self._position()
        return None if position is None else position + 1

    @property
    def module_count(self) -> int:
        return len(self.course_modules())

    def get_previous_module(self) -> "ModulePage | None":
        position = self._position()
        if not position:
            return None
        return self.course_modules()[position - 1]

    def get_next_module(self) -> "ModulePage | None":
        position = self._position()
        if position is None or position + 1 >= len(self.course_modules()):
            return None
        return self.course_modules()[position + 1]
