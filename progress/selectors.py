"""Reads: what a participant completed, their progress through the course, and staff reports.

Page templates and other apps ask for progress through these functions only; none of them
queries the completion table for an anonymous visitor.
"""

import uuid
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet, Value
from wagtail.models import Page

from home.selectors import live_page
from registration.models import Registration, User
from training.models import CoursePage, ModulePage

from .models import ModuleCompletion


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


def course_progress(*, user: User | None, page: CoursePage | ModulePage) -> CourseProgress:
    """Each module's state, the count done, the percentage and where to continue.

    ``page`` is the course, or one of its modules. The course's module list is the page's own
    (one query, shared with the page that shows it); one more query reads the completions, none
    for an anonymous visitor.
    """
    course = page.course if isinstance(page, ModulePage) else page
    tracked = _is_participant(user)
    done_keys = completed_module_keys(user=user) if tracked else set()
    return CourseProgress(
        course=course,
        modules=[
            ModuleState(module=module, position=index, done=module.translation_key in done_keys)
            for index, module in enumerate(course.get_modules(), start=1)
        ],
        tracked=tracked,
    )


def current_course(*, language_code: str | None = None) -> CoursePage | None:
    """The live course in the given (or active) language, else any live one."""
    return live_page(CoursePage, language_code=language_code)


def participant_progress(*, user: User, language_code: str | None = None) -> CourseProgress | None:
    """A participant's progress through the course, for them or for the advisors."""
    course = current_course(language_code=language_code)
    if course is None:
        return None
    return course_progress(user=user, page=course)


def personal_data(*, user: User) -> dict[str, Any]:
    """The participant's completions, each with the module's title in every language it has."""
    completions = list(ModuleCompletion.objects.filter(user=user).order_by("completed_at"))
    titles: dict[uuid.UUID, dict[str, str]] = {}
    for module in ModulePage.objects.filter(
        translation_key__in=[completion.module_key for completion in completions]
    ).select_related("locale"):
        titles.setdefault(module.translation_key, {})[module.locale.language_code] = module.title
    return {
        "module_completions": [
            {
                "module_key": str(completion.module_key),
                "module_titles": titles.get(completion.module_key, {}),
                "completed_at": completion.completed_at,
            }
            for completion in completions
        ]
    }


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
    course = current_course(language_code=language_code)
    if course is None:
        return []
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
        for position, module in enumerate(course.get_modules(), start=1)
    ]


def registrations_with_progress() -> QuerySet[Registration]:
    """Registrations annotated with ``modules_done`` and ``modules_total`` of the current course.

    One query for the course's modules, then one for the registrations, however many there are.
    """
    course = current_course()
    module_keys = [module.translation_key for module in course.get_modules()] if course else []
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
