import datetime
import secrets
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES

from .choices import (
    STEP_OF_KIND,
    Attendance,
    EventKind,
    HostRole,
    RecruitmentFormat,
    SignUpStatus,
    WhoMaySignUp,
)

# Events happen in Montreal: their times are shown there, whatever the server's time zone.
MONTREAL = zoneinfo.ZoneInfo("America/Montreal")


class EventIndexPage(Page):
    intro = RichTextField(verbose_name=_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index page")
        verbose_name_plural = _("event index pages")

    def get_context(self, request, *args, **kwargs):
        from .selectors import event_filters, events_under

        context = super().get_context(request, *args, **kwargs)
        filters = event_filters(request.GET, locale=self.locale)
        context["filters"] = filters
        context["events"] = events_under(index_page=self, **filters.cleaned)
        return context


class EventPage(Page):
    """One dated event of the path: a welcome session, a sector activity or a recruitment event.

    Sign-ups belong to the source-language page (`source_event`): the English translation shows
    the same seats, the same lists and the same sign-up state.
    """

    kind = models.CharField(
        verbose_name=_("kind"), max_length=30, choices=EventKind.choices, db_index=True
    )
    recruitment_format = models.CharField(
        verbose_name=_("recruitment format"),
        max_length=30,
        choices=RecruitmentFormat.choices,
        blank=True,
        help_text=_("For a recruitment event: speed interviews or a virtual job fair."),
    )
    summary = models.TextField(verbose_name=_("summary"), blank=True)
    body = RichTextField(verbose_name=_("description"), features=RICH_TEXT_FEATURES, blank=True)
    start = models.DateTimeField(verbose_name=_("starts at"), db_index=True)
    end = models.DateTimeField(verbose_name=_("ends at"))
    attendance = models.CharField(
        verbose_name=_("attendance"),
        max_length=20,
        choices=Attendance.choices,
        default=Attendance.ONLINE,
    )
    meeting_link = models.URLField(
        verbose_name=_("meeting link"),
        blank=True,
        help_text=_("Online events: shown only to confirmed participants, never on the page."),
    )
    venue = models.CharField(verbose_name=_("venue"), max_length=200, blank=True)
    address = models.CharField(
        verbose_name=_("address"),
        max_length=255,
        blank=True,
        help_text=_("In-person events: the street address."),
    )
    capacity = models.PositiveIntegerField(verbose_name=_("capacity"), default=20)
    signup_opens = models.DateTimeField(verbose_name=_("sign-up opens"), null=True, blank=True)
    signup_closes = models.DateTimeField(
        verbose_name=_("sign-up closes"),
        null=True,
        blank=True,
        help_text=_("Empty: sign-up closes when the event starts."),
    )
    cancellation_cutoff_hours = models.PositiveSmallIntegerField(
        verbose_name=_("cancellation cut-off (hours before the start)"), default=24
    )
    who_may_sign_up = models.CharField(
        verbose_name=_("who may sign up"),
        max_length=20,
        choices=WhoMaySignUp.choices,
        default=WhoMaySignUp.REGISTERED,
    )
    sectors = ParentalManyToManyField(
        "sectors.SectorBriefingPage", verbose_name=_("sectors"), blank=True, related_name="+"
    )
    is_cancelled = models.BooleanField(
        verbose_name=_("cancelled"),
        default=False,
        help_text=_("Participants are told by e-mail; the page stays, marked as cancelled."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("start"),
    ]
    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("recruitment_format")]),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("attendance"),
                FieldPanel("meeting_link"),
                FieldPanel("venue"),
                FieldPanel("address"),
            ],
            heading=_("When and where (Montreal time)"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldRowPanel([FieldPanel("signup_opens"), FieldPanel("signup_closes")]),
                FieldPanel("cancellation_cutoff_hours"),
                FieldPanel("who_may_sign_up"),
                FieldPanel("is_cancelled"),
            ],
            heading=_("Sign-up"),
        ),
        FieldPanel("sectors"),
        InlinePanel("hosts", label=_("Host"), heading=_("Hosts")),
    ]
    # Dates, seats, links and places are facts: the same in every language, following the
    # French page; only the prose is translated.
    override_translatable_fields = [
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("venue"),
        SynchronizedField("kind"),
        SynchronizedField("recruitment_format"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("attendance"),
        SynchronizedField("meeting_link"),
        SynchronizedField("address"),
        SynchronizedField("capacity"),
        SynchronizedField("signup_opens"),
        SynchronizedField("signup_closes"),
        SynchronizedField("cancellation_cutoff_hours"),
        SynchronizedField("who_may_sign_up"),
        SynchronizedField("sectors"),
        SynchronizedField("is_cancelled"),
        TranslatableField("hosts"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event page")
        verbose_name_plural = _("event pages")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event must end after it starts.")
        if self.attendance == Attendance.ONLINE and not self.meeting_link:
            errors["meeting_link"] = _("An online event needs its meeting link.")
        if self.attendance == Attendance.IN_PERSON and not self.address:
            errors["address"] = _("An in-person event needs its address.")
        if self.kind == EventKind.RECRUITMENT_EVENT and not self.recruitment_format:
            errors["recruitment_format"] = _("Choose speed interviews or a virtual job fair.")
        if self.signup_opens and self.signup_closes and self.signup_closes <= self.signup_opens:
            errors["signup_closes"] = _("Sign-up must close after it opens.")
        if errors:
            raise ValidationError(errors)

    @property
    def step(self) -> int:
        return STEP_OF_KIND[self.kind]

    @property
    def is_online(self) -> bool:
        return self.attendance == Attendance.ONLINE

    @property
    def local_start(self) -> datetime.datetime:
        return timezone.localtime(self.start, MONTREAL)

    @property
    def local_end(self) -> datetime.datetime:
        return timezone.localtime(self.end, MONTREAL)

    def kind_label(self) -> str:
        if self.kind == EventKind.RECRUITMENT_EVENT and self.recruitment_format:
            return self.get_recruitment_format_display()
        return self.get_kind_display()

    @property
    def closes_at(self) -> datetime.datetime:
        return self.signup_closes or self.start

    def cancellation_deadline(self) -> datetime.datetime:
        return self.start - datetime.timedelta(hours=self.cancellation_cutoff_hours)

    @cached_property
    def source_event(self) -> "EventPage":
        """The page sign-ups are attached to: the same event in the default language."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        return (
            EventPage.objects.filter(translation_key=self.translation_key, locale=default).first()
            or self
        )

    def localized_sectors(self):
        """The event's sectors in the page's language (sectors are synchronised from French)."""
        from sectors.models import SectorBriefingPage

        return SectorBriefingPage.objects.live().filter(
            locale_id=self.locale_id,
            translation_key__in=self.sectors.values("translation_key"),
        )

    def get_context(self, request, *args, **kwargs):
        from .selectors import event_page_state

        context = super().get_context(request, *args, **kwargs)
        context["state"] = event_page_state(event=self, user=request.user)
        return context


class EventHost(Orderable):
    """Someone who leads the event: a sector representative, an HR professional, an employer."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="hosts")
    name = models.CharField(verbose_name=_("name"), max_length=120)
    role = models.CharField(
        verbose_name=_("role"),
        max_length=30,
        choices=HostRole.choices,
        default=HostRole.SECTOR_REPRESENTATIVE,
    )
    organization = models.CharField(verbose_name=_("organization"), max_length=160, blank=True)
    bio = models.TextField(verbose_name=_("short bio"), max_length=600, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="hosted_events",
        help_text=_(
            "The host's staff account, if any: they then see, in the admin, the first names of "
            "the confirmed participants who agreed to it."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organization"),
        FieldPanel("bio"),
        FieldPanel("user"),
    ]
    override_translatable_fields = [
        SynchronizedField("user"),
        SynchronizedField("name"),
        SynchronizedField("role"),
        SynchronizedField("organization"),
        TranslatableField("bio"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("host")
        verbose_name_plural = _("hosts")

    def __str__(self) -> str:
        return self.name


class SignUpQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=SignUpStatus.CANCELLED)

    def confirmed(self):
        return self.filter(status=SignUpStatus.CONFIRMED)

    def waiting(self):
        return self.filter(status=SignUpStatus.WAITING).order_by("queued_at", "pk")

    def counts(self) -> dict[str, int]:
        return self.aggregate(
            confirmed=Count("pk", filter=Q(status=SignUpStatus.CONFIRMED)),
            waiting=Count("pk", filter=Q(status=SignUpStatus.WAITING)),
        )


class SignUp(models.Model):
    """A participant's place at an event: confirmed, waiting (in order of arrival) or cancelled.

    One row per participant and event, whatever happens (a double click, signing up again after
    cancelling): the unique constraint holds it, the services lock the event row.
    """

    event = models.ForeignKey(
        EventPage, verbose_name=_("event"), on_delete=models.CASCADE, related_name="signups"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="event_signups",
    )
    status = models.CharField(verbose_name=_("status"), max_length=20, choices=SignUpStatus.choices)
    queued_at = models.DateTimeField(verbose_name=_("signed up on"), default=timezone.now)
    shares_first_name = models.BooleanField(
        verbose_name=_("hosts may see my first name"), default=False
    )
    attended = models.BooleanField(verbose_name=_("attended"), null=True, blank=True)
    promoted_at = models.DateTimeField(verbose_name=_("promoted on"), null=True, blank=True)
    cancelled_at = models.DateTimeField(verbose_name=_("cancelled on"), null=True, blank=True)
    # When each message went out: the reminder command sends each one once.
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    promotion_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    day_before_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    hour_before_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    event_cancelled_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    notified_start = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="The start time the participant was last told about.",
    )

    objects = SignUpQuerySet.as_manager()

    class Meta:
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-ups")
        ordering = ["queued_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "user"], name="event_signup_once_per_user"),
        ]

    def __str__(self) -> str:
        return f"{self.event_id} · {self.get_status_display()}"


class EventInvitation(models.Model):
    """A participant invited to an invitation-only event (by an advisor)."""

    event = models.ForeignKey(
        EventPage,
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="invitations",
        limit_choices_to={"locale__language_code": "fr"},
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="event_invitations",
    )
    created_at = models.DateTimeField(verbose_name=_("invited on"), auto_now_add=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [
            models.UniqueConstraint(fields=["event", "user"], name="event_invitation_once"),
        ]

    def __str__(self) -> str:
        return f"{self.event.title} · {self.user}"


def new_calendar_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """The secret of a participant's personal calendar feed; a new token revokes the old URL."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="calendar_feed",
    )
    token = models.CharField(max_length=64, unique=True, default=new_calendar_token)
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self) -> str:
        return str(self.user_id)
