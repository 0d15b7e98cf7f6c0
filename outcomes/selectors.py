"""Reads of outcomes: the impact report, the advisors' "did not answer" list, public figures.

The impact report loads a few narrow columns per participant in a fixed number of queries (one
per source table, whatever the number of participants) and counts in Python: the same figures
for the whole program and for every group (cohort, sector, language, status group).
"""

import datetime
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db.models import CharField, Count, Exists, Min, OuterRef, Q, Sum
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import get_language, gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from connections.choices import ConnectionState
from connections.models import Connection
from employers.models import EventParticipation
from events.choices import EventKind
from events.models import SignUp
from home.page_cache import site_fragment
from progress.models import ModuleCompletion
from progress.selectors import current_course
from registration.choices import Eligibility, Language, PipelineStatus
from registration.models import Registration, RegistrationStatusChange
from sectors.models import SectorBriefingPage

from .choices import EMPLOYED, STATUS_GROUP_OF, StatusGroup
from .models import Checkpoint, EmployerFollowUp, FollowUpSettings

CONTACTED_OR_LATER = [
    PipelineStatus.CONTACTED,
    PipelineStatus.IN_PATH,
    PipelineStatus.READY,
    PipelineStatus.EMPLOYED,
]
PATH_STAGES = [
    ("registered", pgettext_lazy("impact funnel", "Registered")),
    ("eligible", pgettext_lazy("impact funnel", "Eligible")),
    ("contacted", pgettext_lazy("impact funnel", "Contacted by an advisor")),
    ("welcome", pgettext_lazy("impact funnel", "Welcome session attended")),
    ("course", pgettext_lazy("impact funnel", "Course completed")),
    ("sector_activity", pgettext_lazy("impact funnel", "Sector activity attended")),
    ("recruitment", pgettext_lazy("impact funnel", "Recruitment event attended")),
    ("interview", pgettext_lazy("impact funnel", "Interviewed")),
    ("connection", pgettext_lazy("impact funnel", "Connected with an employer")),
    ("hired", pgettext_lazy("impact funnel", "Hired through a connection")),
]
KIND_STAGE = {
    EventKind.WELCOME_SESSION: "welcome",
    EventKind.SECTOR_ACTIVITY: "sector_activity",
    EventKind.RECRUITMENT_EVENT: "recruitment",
}
CHECKPOINT_FACTS = ("due", "answered", "employed")
DIMENSIONS = [
    ("cohort", _("Cohort (month of registration)")),
    ("sector", _("Sector of interest")),
    ("language", _("Preferred language")),
    ("status_group", _("Immigration status group")),
]


def min_group_size() -> int:
    return getattr(settings, "OUTCOMES_MIN_GROUP_SIZE", 10)


def fewer_than() -> str:
    return gettext("fewer than %(count)s") % {"count": min_group_size()}


def headline_months(offsets: list[int]) -> int:
    """The checkpoint the report's main rate uses: 6 months, or the middle one."""
    return 6 if 6 in offsets else offsets[len(offsets) // 2]


def percent(part: int, whole: int) -> int | None:
    return round(100 * part / whole) if whole else None


@dataclass(frozen=True)
class Cell:
    value: int | None
    suppressed: bool = False

    def __str__(self) -> str:
        if self.suppressed:
            return fewer_than()
        return "—" if self.value is None else str(self.value)


@dataclass
class ImpactRow:
    """One group's line of the report (and of its export)."""

    dimension: str
    dimension_label: str
    group: str
    cells: dict[str, Cell]
    suppressed: bool

    def __getattr__(self, name):
        cells = self.__dict__.get("cells", {})
        if name in cells:
            return str(cells[name])
        raise AttributeError(name)


@dataclass(frozen=True)
class FunnelStage:
    key: str
    label: str
    count: int
    percent: int


@dataclass(frozen=True)
class CheckpointFigures:
    months: int
    due: int
    answered: int
    employed: int

    @property
    def response_rate(self) -> int | None:
        return percent(self.answered, self.due)

    @property
    def employment_rate(self) -> int | None:
        return percent(self.employed, self.answered)

    @property
    def rate_suppressed(self) -> bool:
        return self.answered < min_group_size()


@dataclass
class ImpactReport:
    start: datetime.date | None
    end: datetime.date | None
    offsets: list[int]
    headline: int
    funnel: list[FunnelStage]
    checkpoints: list[CheckpointFigures]
    rows: list[ImpactRow]
    columns: list[tuple[str, str]]
    first_job_days: int | None
    first_job_people: int
    employers: int
    returning_employers: int
    employer_answers: int
    employer_would_return: int
    employer_hires: int
    first_registration: datetime.date | None

    @property
    def headline_figures(self) -> CheckpointFigures | None:
        return next((c for c in self.checkpoints if c.months == self.headline), None)

    @property
    def employer_return_rate(self) -> int | None:
        return percent(self.returning_employers, self.employers)

    @property
    def min_group_size(self) -> int:
        return min_group_size()

    def rows_of(self, dimension: str) -> list[ImpactRow]:
        return [row for row in self.rows if row.dimension == dimension]


def _in_period(prefix: str, start, end) -> Q:
    condition = Q()
    if start:
        condition &= Q(**{f"{prefix}created_at__date__gte": start})
    if end:
        condition &= Q(**{f"{prefix}created_at__date__lte": end})
    return condition


def _sector_titles(language: str) -> dict[int, str]:
    """French sector page id → its title in `language` (the French one when not translated)."""
    pages = list(
        SectorBriefingPage.objects.values_list(
            "pk", "translation_key", "locale__language_code", "title"
        )
    )
    translated = {key: title for _pk, key, code, title in pages if code == language}
    return {pk: translated.get(key, title) for pk, key, code, title in pages if code == "fr"} | {
        pk: title for pk, _key, code, title in pages if code != "fr"
    }


def _local_day(text: str, local: datetime.tzinfo) -> datetime.date:
    """The local date of a stored date-time read as text (UTC; PostgreSQL may add "+00")."""
    moment = datetime.datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone(local).date()


def impact_report(
    *,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    today: datetime.date | None = None,
) -> ImpactReport:
    """The whole path as a funnel, the checkpoints' answers and the breakdowns, for the people
    who registered between `start` and `end` (both included; None: no bound)."""
    today = today or timezone.localdate()
    offsets = FollowUpSettings.load().offsets
    headline = headline_months(offsets)
    period = _in_period("user__registration__", start, end)

    contacted = RegistrationStatusChange.objects.filter(
        registration=OuterRef("pk"), to_status__in=CONTACTED_OR_LATER
    )
    registrations = list(
        Registration.objects.filter(_in_period("", start, end))
        .annotate(was_contacted=Exists(contacted))
        .order_by()
        # The date as text, parsed below: Django's per-row datetime converter is the slowest
        # part of reading 20,000 rows on SQLite.
        .annotate(registered_text=Cast("created_at", output_field=CharField()))
        .values_list(
            "pk",
            "user_id",
            "registered_text",
            "eligibility",
            "status",
            "preferred_language",
            "immigration_status",
            "was_contacted",
        )
    )
    user_of = {row[0]: row[1] for row in registrations}
    people_sectors = defaultdict(list)
    for registration_id, sector_id in Registration.sectors.through.objects.filter(
        _in_period("registration__", start, end)
    ).values_list("registration_id", "sectorbriefingpage_id"):
        people_sectors[user_of.get(registration_id)].append(sector_id)

    reached: dict[str, set[int]] = defaultdict(set)
    for user_id, kind in (
        SignUp.objects.filter(period, attended=True)
        .order_by()
        .values_list("user_id", "event__kind")
        .distinct()
    ):
        if kind in KIND_STAGE:
            reached[KIND_STAGE[kind]].add(user_id)

    course = current_course(language_code="fr")
    module_keys = [module.translation_key for module in course.get_modules()] if course else []
    if module_keys:
        reached["course"] = {
            user_id
            for user_id, done in ModuleCompletion.objects.filter(period, module_key__in=module_keys)
            .values("user_id")
            .annotate(done=Count("module_key", distinct=True))
            .values_list("user_id", "done")
            if done >= len(module_keys)
        }

    if apps.is_installed("matching"):
        interview = apps.get_model("matching", "Interview")
        reached["interview"] = set(
            interview.objects.filter(_in_period("participant__registration__", start, end))
            .order_by()
            .values_list("participant_id", flat=True)
            .distinct()
        )

    first_job: dict[int, datetime.date] = {}
    for user_id, state, updated_at in (
        Connection.objects.filter(_in_period("participant__registration__", start, end))
        .order_by()
        .values_list("participant_id", "state", "updated_at")
    ):
        reached["connection"].add(user_id)
        if state == ConnectionState.HIRED:
            reached["hired"].add(user_id)
            day = timezone.localdate(updated_at)
            first_job[user_id] = min(first_job.get(user_id, day), day)

    checkpoints_due = Checkpoint.objects.filter(
        _in_period("participant__registration__", start, end), due_on__lte=today
    ).order_by()
    answers = list(checkpoints_due.values_list("participant_id", "months", "answer"))
    # An employed answer says the person had a job by that checkpoint's date at the latest.
    for user_id, due_on in (
        checkpoints_due.filter(answer__in=EMPLOYED)
        .values("participant_id")
        .annotate(first=Min("due_on"))
        .values_list("participant_id", "first")
    ):
        first_job[user_id] = min(first_job.get(user_id, due_on), due_on)

    # --- counting -------------------------------------------------------------------------
    # Each person's facts as one bit mask (path stages, then due/answered/employed per
    # checkpoint); people are counted per (group, mask), and masks expanded once per group.
    stage_keys = [key for key, _label in PATH_STAGES]
    months_seen = sorted(set(offsets) | {months for _u, months, _a in answers})
    bits: dict = {}
    for key in stage_keys + [(what, m) for m in months_seen for what in CHECKPOINT_FACTS]:
        bits[key] = 1 << len(bits)
    # Everything known about each person but their registration row, as one mask.
    checkpoint_mask: dict[int, int] = defaultdict(int)
    for key in stage_keys[3:]:
        bit = bits[key]
        for user_id in reached[key]:
            checkpoint_mask[user_id] |= bit
    for user_id, months, answer in answers:
        mask = bits[("due", months)]
        if answer:
            mask |= bits[("answered", months)]
        if answer in EMPLOYED:
            mask |= bits[("employed", months)]
        checkpoint_mask[user_id] |= mask
    sector_titles = _sector_titles(get_language() or "fr")
    language_labels = {value: str(label) for value, label in Language.choices}
    status_labels = {code: str(StatusGroup(group).label) for code, group in STATUS_GROUP_OF.items()}
    other_status = str(StatusGroup.OTHER.label)
    contacted_statuses = set(CONTACTED_OR_LATER)
    local = timezone.get_current_timezone()
    people: dict[tuple, int] = {}
    registered_on: dict[int, datetime.date] = {}
    for (
        _pk,
        user_id,
        registered_text,
        eligibility,
        status,
        language,
        status_code,
        was_contacted,
    ) in registrations:
        day = _local_day(registered_text, local)
        registered_on[user_id] = day
        mask = bits["registered"] | checkpoint_mask.get(user_id, 0)
        if eligibility == Eligibility.ELIGIBLE:
            mask |= bits["eligible"]
        if was_contacted or status in contacted_statuses:
            mask |= bits["contacted"]
        for key in (
            ("all", "", mask),
            ("cohort", f"{day.year}-{day.month:02d}", mask),
            ("language", language_labels.get(language, language), mask),
            ("status_group", status_labels.get(status_code, other_status), mask),
            *(
                ("sector", sector_titles.get(sector_id, "?"), mask)
                for sector_id in people_sectors.get(user_id, ())
            ),
        ):
            people[key] = people.get(key, 0) + 1
    tallies: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for (dimension, group, mask), count in people.items():
        tally = tallies[dimension, group]
        for key, bit in bits.items():
            if mask & bit:
                tally[key] += count
    total = tallies["all", ""]

    registered = total["registered"]
    funnel = [
        FunnelStage(key, str(label), total[key], percent(total[key], registered) or 0)
        for key, label in PATH_STAGES
    ] + [
        FunnelStage(
            f"employed_{months}",
            gettext("Employed at %(months)s months") % {"months": months},
            total["employed", months],
            percent(total["employed", months], registered) or 0,
        )
        for months in offsets
    ]
    checkpoints = [
        CheckpointFigures(
            months, total["due", months], total["answered", months], total["employed", months]
        )
        for months in offsets
    ]

    columns = (
        [(key, str(label)) for key, label in PATH_STAGES]
        + [
            (f"employed_{m}", gettext("Employed at %(months)s months") % {"months": m})
            for m in offsets
        ]
        + [
            ("answered", gettext("Answered at %(months)s months") % {"months": headline}),
            (
                "employment_rate",
                gettext("Employment rate at %(months)s months (%%)") % {"months": headline},
            ),
            (
                "response_rate",
                gettext("Response rate at %(months)s months (%%)") % {"months": headline},
            ),
        ]
    )
    minimum = min_group_size()
    dimension_labels = dict(DIMENSIONS) | {"all": _("Whole program")}

    def row(dimension: str, group: str, tally: Counter) -> ImpactRow:
        small = tally["registered"] < minimum
        cells = {key: Cell(None if small else tally[key], small) for key, _label in PATH_STAGES} | {
            f"employed_{m}": Cell(None if small else tally["employed", m], small) for m in offsets
        }
        answered = tally["answered", headline]
        cells["answered"] = Cell(None if small else answered, small)
        cells["employment_rate"] = Cell(
            None if small or answered < minimum else percent(tally["employed", headline], answered),
            small or answered < minimum,
        )
        cells["response_rate"] = Cell(
            None if small else percent(answered, tally["due", headline]), small
        )
        return ImpactRow(
            dimension=dimension,
            dimension_label=str(dimension_labels[dimension]),
            group=group,
            cells=cells,
            suppressed=small,
        )

    rows = [row("all", gettext("All participants"), total)]
    for dimension, _label in DIMENSIONS:
        keys = sorted(key for key in tallies if key[0] == dimension)
        if dimension != "cohort":
            keys.sort(key=lambda key: -tallies[key]["registered"])
        rows += [row(dimension, group, tallies[dimension, group]) for _dim, group in keys]

    delays = [
        (day - registered_on[user_id]).days
        for user_id, day in first_job.items()
        if user_id in registered_on and day >= registered_on[user_id]
    ]

    participations = EventParticipation.objects.filter(
        event__kind=EventKind.RECRUITMENT_EVENT, event__is_cancelled=False
    )
    if start:
        participations = participations.filter(event__start__date__gte=start)
    if end:
        participations = participations.filter(event__start__date__lte=end)
    events_per_employer = Counter(participations.values_list("organisation_id", flat=True))
    employer_answers = EmployerFollowUp.objects.filter(
        answered_at__isnull=False, participation__in=participations
    ).aggregate(
        answers=Count("pk"),
        would_return=Count("pk", filter=Q(would_return=True)),
        hires=Sum("hires"),
    )
    first_registration = Registration.objects.aggregate(first=Min("created_at"))["first"]

    return ImpactReport(
        start=start,
        end=end,
        offsets=offsets,
        headline=headline,
        funnel=funnel,
        checkpoints=checkpoints,
        rows=rows,
        columns=columns,
        first_job_days=round(statistics.median(delays)) if delays else None,
        first_job_people=len(delays),
        employers=len(events_per_employer),
        returning_employers=sum(1 for count in events_per_employer.values() if count > 1),
        employer_answers=employer_answers["answers"],
        employer_would_return=employer_answers["would_return"],
        employer_hires=employer_answers["hires"] or 0,
        first_registration=timezone.localdate(first_registration) if first_registration else None,
    )


# --- The advisors' call list ------------------------------------------------------------------


def did_not_answer(*, today: datetime.date | None = None):
    """Checkpoints due, unanswered, whose e-mail and reminders are all out (or were never sent):
    the people advisors should call. Unsubscribed people are left alone."""
    today = today or timezone.localdate()
    return (
        Checkpoint.objects.filter(
            due_on__lte=today,
            answered_at__isnull=True,
            unsubscribed_at__isnull=True,
            participant__is_active=True,
            participant__registration__anonymised_at__isnull=True,
        )
        .filter(Q(sent_at__isnull=True) | Q(reminders_sent__gte=2))
        .select_related("participant", "participant__registration")
        .order_by("due_on", "pk")
    )


# --- Public figures -----------------------------------------------------------------------------

PUBLIC_FIGURES_CACHE_KEY = "outcomes:public-figures"
PUBLIC_FIGURES_TIMEOUT = 600


@dataclass(frozen=True)
class PublicFigure:
    key: str
    value: str
    label: str


def public_figure_numbers() -> dict:
    """The numbers behind the public figures, cached a few minutes (the home page is busy)."""
    numbers = cache.get(PUBLIC_FIGURES_CACHE_KEY)
    if numbers is None:
        report = impact_report()
        figures = report.headline_figures
        numbers = {
            "participants": report.funnel[0].count,
            "since": report.first_registration.year if report.first_registration else None,
            "months": report.headline,
            "answered": figures.answered if figures else 0,
            "employment_rate": figures.employment_rate if figures else None,
            "response_rate": figures.response_rate if figures else None,
            "hired": next(stage.count for stage in report.funnel if stage.key == "hired"),
            "employers": report.employers,
            "return_rate": report.employer_return_rate,
        }
        cache.set(PUBLIC_FIGURES_CACHE_KEY, numbers, PUBLIC_FIGURES_TIMEOUT)
    return numbers


def _percent_text(value: int) -> str:
    # French puts a no-break space before the sign (62 %), English does not (62%).
    return f"{value}\u00a0%" if get_language() == "fr" else f"{value}%"


def public_figures(request=None) -> list[PublicFigure]:
    """The figures staff chose to publish, each only when its base reaches the minimum size.

    Staff's choice is read through the site fragments' cache (purged when the setting is saved),
    so a signed-in visitor's home page does not spend a query on it."""
    chosen = site_fragment(request, "public_figure_choices", FollowUpSettings.load)
    if not any(
        [
            chosen.publish_participants,
            chosen.publish_employment_rate,
            chosen.publish_hired,
            chosen.publish_employers,
        ]
    ):
        return []
    numbers = public_figure_numbers()
    minimum = min_group_size()
    figures = []
    if chosen.publish_participants and numbers["participants"] >= minimum:
        figures.append(
            PublicFigure(
                "participants",
                f"{numbers['participants']:,}".replace(",", "\u202f")
                if get_language() == "fr"
                else f"{numbers['participants']:,}",
                gettext("participants since %(year)s") % {"year": numbers["since"]},
            )
        )
    if (
        chosen.publish_employment_rate
        and numbers["answered"] >= minimum
        and numbers["employment_rate"] is not None
    ):
        figures.append(
            PublicFigure(
                "employment_rate",
                _percent_text(numbers["employment_rate"]),
                gettext(
                    "employed %(months)s months after the path (of the %(answered)s who answered, "
                    "%(response)s%% of those asked)"
                )
                % {
                    "months": numbers["months"],
                    "answered": numbers["answered"],
                    "response": numbers["response_rate"],
                },
            )
        )
    if chosen.publish_hired and numbers["hired"] >= minimum:
        figures.append(
            PublicFigure(
                "hired",
                str(numbers["hired"]),
                gettext("hired by an employer met through the program"),
            )
        )
    if chosen.publish_employers and numbers["employers"] >= minimum:
        figures.append(
            PublicFigure(
                "employers",
                str(numbers["employers"]),
                gettext("employers at our recruitment events, %(rate)s%% of them came back")
                % {"rate": numbers["return_rate"] or 0},
            )
        )
    return figures
