"""Reads: what a participant completed, their progress through the course, and staff reports.

Page models and templates ask for progress through these functions only; none of them queries
the completion table for an anonymous visitor.
"""

import uuid
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from phonenumber_field.phonenumber import PhoneNumber
from wagtail.models import Locale, Page

from registration.models import ModuleCompletion, PipelineStatus, Registration, User
from training.models import CoursePage, ModulePage


@dataclass(frozen=True)
class ModuleState:
    module: ModulePage
    position: int
    done: bool


@dataclass(frozen=True)
class CourseProgress:
    course: Page | None
    modules: list[ModuleState]
    tracked: bool
    """False for anonymous visitors: nothing is known about what they completed."""

    @property
    def total(self) -> int:
        return len(self.modules)

    @property
    def done(self) -> int:
        return sum(1 for state in self.modules if state.done)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def is_complete(self) -> bool:
        return self.total > 0 and self.done == self.total

    @property
    def is_started(self) -> bool:
        return self.done > 0

    @property
    def next_module(self) -> ModulePage | None:
        """Where to continue: the first module in course order that is not done yet."""
        return next((state.module for state in self.modules if not state.done), None)

    @property
    def done_keys(self) -> set[uuid.UUID]:
        return {state.module.translation_key for state in self.modules if state.done}

    def state_of(self, module: Page) -> ModuleState | None:
        return next((state for state in self.modules if state.module.pk == module.pk), None)


def _is_participant(user: User | None) -> bool:
    return user is not None and user.is_authenticated


def completed_module_keys(*, user: User | None) -> set[uuid.UUID]:
    """The translation keys of every module the user completed (one query; none if anonymous)."""
    if not _is_participant(user):
        return set()
    return set(ModuleCompletion.objects.filter(user=user).values_list("module_key", flat=True))


def course_modules(*, course: Page) -> list[ModulePage]:
    """The course's live modules, in the order editors gave them (one query)."""
    return list(ModulePage.objects.live().child_of(course).order_by("path"))


def _progress(*, user: User | None, course: Page | None, modules: list[ModulePage]):
    tracked = _is_participant(user)
    done_keys = completed_module_keys(user=user) if tracked else set()
    return CourseProgress(
        course=course,
        modules=[
            ModuleState(module=module, position=index, done=module.translation_key in done_keys)
            for index, module in enumerate(modules, start=1)
        ],
        tracked=tracked,
    )


def course_progress(
    *, user: User | None, course: Page, modules: list[ModulePage] | None = None
) -> CourseProgress:
    """Each module's state, the count done, the percentage and where to continue.

    Two queries (modules, completions), or one when the caller already has the live modules in
    course order; none on the completion table for an anonymous visitor.
    """
    if modules is None:
        modules = course_modules(course=course)
    return _progress(user=user, course=course, modules=list(modules))


def module_course_progress(*, user: User | None, module: ModulePage) -> CourseProgress:
    """The progress through the course ``module`` belongs to, without loading the course page."""
    modules = list(ModulePage.objects.live().sibling_of(module, inclusive=True).order_by("path"))
    return _progress(user=user, course=None, modules=modules)


def course_for_language(*, language_code: str | None = None) -> CoursePage | None:
    """The live course in the given (or active) language, else in the default language."""
    courses = CoursePage.objects.live().select_related("locale").order_by("path")
    try:
        locale = (
            Locale.objects.get(language_code=language_code)
            if language_code
            else Locale.get_active()
        )
    except Locale.DoesNotExist:
        locale = Locale.get_default()
    return courses.filter(locale=locale).first() or courses.first()


def participant_progress(*, user: User, language_code: str | None = None) -> CourseProgress | None:
    """A participant's progress through the course, for them or for the advisors."""
    course = course_for_language(language_code=language_code)
    if course is None:
        return None
    return course_progress(user=user, course=course)


# --- "My path" -------------------------------------------------------------------------------

STATUS_IN_PLAIN_WORDS = {
    PipelineStatus.NEW: _(
        "We have received your registration. An advisor from the Talents et diversité team "
        "will call you soon."
    ),
    PipelineStatus.CONTACTED: _(
        "An advisor has contacted you. Your next step is the welcome activity; meanwhile, you "
        "can start the « Candidature vidéo » course."
    ),
    PipelineStatus.IN_PATH: _(
        "You are in the preparatory path: complete the « Candidature vidéo » course and take "
        "part in the activities with sector representatives."
    ),
    PipelineStatus.READY: _(
        "You are ready for the recruitment events. Your advisor will match you with employers "
        "and tell you about the next speed interviews and virtual job fairs."
    ),
    PipelineStatus.EMPLOYED: _(
        "Congratulations on your new job! Thank you for letting us know: it is how the program "
        "measures its success."
    ),
    PipelineStatus.WITHDRAWN: _(
        "Your participation in the program is closed. If you wish to start again, write to us."
    ),
}

SECTOR_STEP_TEXT = {
    PipelineStatus.NEW: _(
        "After the course, your advisor invites you to interactive activities with sector "
        "representatives and HR professionals, then to recruitment events."
    ),
    PipelineStatus.CONTACTED: _(
        "After the course, your advisor invites you to interactive activities with sector "
        "representatives and HR professionals, then to recruitment events."
    ),
    PipelineStatus.IN_PATH: _(
        "Your advisor invites you to the activities with sector representatives. Read the "
        "briefings of the sectors that interest you to prepare."
    ),
    PipelineStatus.READY: _(
        "You are matched with employers for the next speed interviews and virtual job fairs. "
        "Your advisor sends you the dates."
    ),
    PipelineStatus.EMPLOYED: _("You completed the path. Well done!"),
    PipelineStatus.WITHDRAWN: _("The sector briefings stay open to everyone."),
}

# Which of the three steps is under way for each status; earlier steps are done.
CURRENT_STEP = {
    PipelineStatus.NEW: 1,
    PipelineStatus.CONTACTED: 1,
    PipelineStatus.IN_PATH: 2,
    PipelineStatus.READY: 3,
    PipelineStatus.EMPLOYED: 4,
}


@dataclass(frozen=True)
class PathStep:
    number: int
    title: Any
    state: str  # "done", "current", "upcoming" or "" when the path is closed
    page: Page | None = None
    text: Any = ""
    progress: CourseProgress | None = None


@dataclass(frozen=True)
class MyPath:
    registration: Registration | None
    status_text: Any
    registration_page: Page | None
    steps: list[PathStep] = field(default_factory=list)


def _live_page_in_language(model: type[Page], locale: Locale) -> Page | None:
    pages = model.objects.live().order_by("path")
    return pages.filter(locale=locale).first() or pages.first()


def _step_state(step: int, current: int | None) -> str:
    if current is None:
        return ""
    if step < current:
        return "done"
    return "current" if step == current else "upcoming"


def my_path(*, user: User) -> MyPath:
    """The participant's three steps, in the active language, with their registration's status."""
    from registration.models import RegistrationPage
    from sectors.models import SectorIndexPage
    from training.models import WelcomeActivityPage

    locale = Locale.get_active()
    registration = Registration.objects.filter(user=user).first()
    status = PipelineStatus(registration.status) if registration else None
    current = CURRENT_STEP.get(status) if status else None
    progress = participant_progress(user=user)
    if current == 2 and progress is not None and not progress.is_complete:
        # The advisor moved them on, but the course is still theirs to finish.
        first_step_state = "current"
    else:
        first_step_state = _step_state(1, current)
    steps = [
        PathStep(
            number=1,
            title=_("Welcome activity and the « Candidature vidéo » course"),
            state=first_step_state,
            page=_live_page_in_language(WelcomeActivityPage, locale),
            text=_(
                "Meet the team at the welcome activity, then write your professional pitch and "
                "learn good practice for your video application."
            ),
            progress=progress,
        ),
        PathStep(
            number=2,
            title=_("Activities with sector representatives"),
            state=_step_state(2, current),
            page=_live_page_in_language(SectorIndexPage, locale),
            text=SECTOR_STEP_TEXT.get(status, SECTOR_STEP_TEXT[PipelineStatus.NEW]),
        ),
        PathStep(
            number=3,
            title=_("Recruitment events"),
            state=_step_state(3, current),
            text=_(
                "Speed interviews and virtual job fairs with Montreal employers, prepared by "
                "matching you with companies."
            ),
        ),
    ]
    return MyPath(
        registration=registration,
        status_text=STATUS_IN_PLAIN_WORDS.get(status, "") if status else "",
        registration_page=None
        if registration
        else _live_page_in_language(RegistrationPage, locale),
        steps=steps,
    )


# --- Staff reports ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ModuleCompletionRow:
    position: int
    title: str
    completed: int
    participants: int

    @property
    def percent(self) -> int:
        return round(100 * self.completed / self.participants) if self.participants else 0


def module_completion_counts(*, language_code: str | None = None) -> list[ModuleCompletionRow]:
    """How many registered participants completed each module of the course, in course order."""
    course = course_for_language(language_code=language_code)
    if course is None:
        return []
    modules = course_modules(course=course)
    counts = dict(
        ModuleCompletion.objects.filter(user__registration__isnull=False)
        .values("module_key")
        .annotate(participants=Count("user", distinct=True))
        .values_list("module_key", "participants")
    )
    participants = Registration.objects.count()
    return [
        ModuleCompletionRow(
            position=position,
            title=module.title,
            completed=counts.get(module.translation_key, 0),
            participants=participants,
        )
        for position, module in enumerate(modules, start=1)
    ]


FUNNEL_STEPS = [
    (None, pgettext_lazy("pipeline funnel step", "Registered")),
    (PipelineStatus.CONTACTED, pgettext_lazy("pipeline funnel step", "Contacted")),
    (PipelineStatus.IN_PATH, pgettext_lazy("pipeline funnel step", "In the path")),
    (PipelineStatus.READY, pgettext_lazy("pipeline funnel step", "Ready for recruitment events")),
    (PipelineStatus.EMPLOYED, pgettext_lazy("pipeline funnel step", "Employed")),
]
PIPELINE_ORDER = [
    PipelineStatus.NEW,
    PipelineStatus.CONTACTED,
    PipelineStatus.IN_PATH,
    PipelineStatus.READY,
    PipelineStatus.EMPLOYED,
]


@dataclass(frozen=True)
class FunnelStep:
    position: int
    label: str
    count: int
    registered: int

    @property
    def percent(self) -> int:
        return round(100 * self.count / self.registered) if self.registered else 0


def pipeline_funnel() -> list[FunnelStep]:
    """Registrations at or past each step of the pipeline, as they stand now.

    "Registered" counts every registration. Each later step counts the registrations whose
    current status is that step or a later one; withdrawn registrations count as registered
    only, since their status no longer says how far they went.
    """
    by_status = dict(
        Registration.objects.values("status")
        .annotate(count=Count("pk"))
        .values_list("status", "count")
    )
    registered = sum(by_status.values())
    steps = []
    for position, (status, label) in enumerate(FUNNEL_STEPS, start=1):
        if status is None:
            count = registered
        else:
            reached = PIPELINE_ORDER[PIPELINE_ORDER.index(status) :]
            count = sum(by_status.get(value, 0) for value in reached)
        steps.append(
            FunnelStep(position=position, label=str(label), count=count, registered=registered)
        )
    return steps


# --- The participant's own data (Law 25: access to the personal information held) ----------


def _field_value(instance, model_field) -> Any:
    value = getattr(instance, model_field.attname)
    if model_field.is_relation:
        related = getattr(instance, model_field.name)
        if isinstance(related, User):
            # Another account (the advisor who wrote a note or moved the file): their name,
            # never their e-mail address.
            return related.get_full_name() or str(_("CCMM staff"))
        return str(related) if related is not None else None
    if model_field.choices and value not in (None, ""):
        return {
            "value": value,
            "label": str(getattr(instance, f"get_{model_field.name}_display")()),
        }
    if isinstance(value, uuid.UUID | PhoneNumber):
        return str(value)
    return value


def _serialize(instance, *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """Every concrete and many-to-many field of ``instance``, whatever fields it gains later."""
    opts = instance._meta
    data = {
        model_field.name: _field_value(instance, model_field)
        for model_field in opts.concrete_fields
        if model_field.name not in skip and model_field.name != "password"
    }
    for model_field in opts.many_to_many:
        if model_field.name not in skip:
            data[model_field.name] = [
                str(item) for item in getattr(instance, model_field.name).all()
            ]
    return data


OWNER_FIELD_NAMES = {"user", "participant", "account"}


def _related_records(instance, *, app_label: str, exclude: tuple[type, ...]) -> dict[str, list]:
    """Rows of this app's models that point at ``instance`` (answers, consents, notes, history)."""
    records = {}
    for relation in instance._meta.related_objects:
        model = relation.related_model
        if model._meta.app_label != app_label or model in exclude or relation.many_to_many:
            continue
        if isinstance(instance, User) and relation.field.name not in OWNER_FIELD_NAMES:
            # Rows an advisor wrote about others (notes, status changes) are not their data.
            continue
        rows = model._default_manager.filter(**{relation.field.name: instance})
        records[str(model._meta.verbose_name_plural)] = [
            _serialize(row, skip=("id", relation.field.name)) for row in rows
        ]
    return records


def participant_data(*, user: User) -> dict[str, Any]:
    """Everything the site holds about ``user``, and nothing about anyone else."""
    registration = Registration.objects.filter(user=user).first()
    completions = list(ModuleCompletion.objects.filter(user=user).order_by("completed_at"))
    titles: dict[uuid.UUID, dict[str, str]] = {}
    for module in ModulePage.objects.filter(
        translation_key__in=[completion.module_key for completion in completions]
    ).select_related("locale"):
        titles.setdefault(module.translation_key, {})[module.locale.language_code] = module.title

    email_addresses = []
    try:
        from allauth.account.models import EmailAddress
    except ImportError:  # pragma: no cover - allauth is installed with the project
        EmailAddress = None
    if EmailAddress is not None:
        email_addresses = [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("pk")
        ]

    return {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "email_addresses": email_addresses,
        },
        "account_records": _related_records(
            user, app_label="registration", exclude=(Registration, ModuleCompletion)
        ),
        "registration": (
            {
                **_serialize(registration, skip=("id", "user")),
                "records": _related_records(registration, app_label="registration", exclude=()),
            }
            if registration
            else None
        ),
        "module_completions": [
            {
                "module_key": str(completion.module_key),
                "module_titles": titles.get(completion.module_key, {}),
                "completed_at": completion.completed_at,
            }
            for completion in completions
        ],
    }


def registrations_with_progress():
    """Registrations annotated with ``modules_done`` and ``modules_total`` of the current course.

    One query for the course's modules, then one for the registrations, however many there are.
    """
    from django.db.models import Q, Value

    course = course_for_language()
    module_keys = (
        [module.translation_key for module in course_modules(course=course)] if course else []
    )
    return (
        Registration.objects.select_related("user")
        .annotate(
            modules_done=Count(
                "user__module_completions",
                filter=Q(user__module_completions__module_key__in=module_keys),
                distinct=True,
            ),
            modules_total=Value(len(module_keys)),
        )
        .order_by("-created_at")
    )
