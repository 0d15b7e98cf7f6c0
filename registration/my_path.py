"""« My path »: the participant's own page, with sections other apps add to it.

Registration sits below the apps that have something to show there (progress now; profiles,
events, employers and matching later), so it never imports them: each registers a function
under the ``registration_my_path_sections`` Wagtail hook, in its ``wagtail_hooks.py``::

    @hooks.register("registration_my_path_sections")
    def my_section(*, user: User, request: HttpRequest) -> MyPathSection | None:
        return MyPathSection(template="myapp/my_path_section.html", context={...}, order=10)

Return ``None`` to show nothing. The template is rendered with the page's context plus
``context``; ``step`` puts the section inside one of the program's three steps (1, 2, 3) or,
when ``None``, in a section of its own after the steps. Sections are shown in ``order``.
"""

from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest
from wagtail import hooks
from wagtail.models import Page

from home.selectors import live_page
from sectors.models import SectorIndexPage
from training.models import WelcomeActivityPage

from .choices import PipelineStatus
from .models import Registration, RegistrationPage, User
from .selectors import registration_for_user

MY_PATH_SECTIONS_HOOK = "registration_my_path_sections"


@dataclass(frozen=True)
class MyPathSection:
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    order: int = 0
    step: int | None = None
    unfinished: bool = False
    """True while the participant still has work to do in this section's step: the step stays
    under way after an advisor moves the participant on to the next one."""
    done: bool | None = None
    """What the participant actually did in this section's step (e.g. attended its event), or
    None when the section has no say: when a section says, the step is done only if every
    section that says is done and none is unfinished, whatever the pipeline status."""


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
    state: str  # "done", "current", "upcoming" or "" when the path is closed
    page: Page | None = None
    sections: list[MyPathSection] = field(default_factory=list)


@dataclass(frozen=True)
class MyPath:
    registration: Registration | None
    registration_page: Page | None
    steps: list[PathStep]
    sections: list[MyPathSection]
    """Sections of their own, after the steps."""


def contributed_sections(*, user: User, request: HttpRequest) -> list[MyPathSection]:
    sections = [
        section
        for contribute in hooks.get_hooks(MY_PATH_SECTIONS_HOOK)
        if (section := contribute(user=user, request=request)) is not None
    ]
    return sorted(sections, key=lambda section: section.order)


def _step_state(step: int, current: int | None, sections: list[MyPathSection]) -> str:
    if current is None:
        return ""
    reported = [section.done for section in sections if section.done is not None]
    if reported:
        if all(reported) and not any(section.unfinished for section in sections):
            return "done"
        if step < current:
            return "current"
    if step == current - 1 and any(section.unfinished for section in sections):
        # The advisor moved them on, but this step is still theirs to finish.
        return "current"
    if step < current:
        return "done"
    return "current" if step == current else "upcoming"


def my_path(*, user: User, request: HttpRequest) -> MyPath:
    """The participant's three steps, in the active language, with their registration's status."""
    registration = registration_for_user(user=user)
    current = CURRENT_STEP.get(registration.status) if registration else None
    sections = contributed_sections(user=user, request=request)
    pages = {1: live_page(WelcomeActivityPage), 2: live_page(SectorIndexPage)}
    steps = []
    for number in (1, 2, 3):
        in_step = [section for section in sections if section.step == number]
        steps.append(
            PathStep(
                number=number,
                state=_step_state(number, current, in_step),
                page=pages.get(number),
                sections=in_step,
            )
        )
    return MyPath(
        registration=registration,
        registration_page=None if registration else live_page(RegistrationPage),
        steps=steps,
        sections=[section for section in sections if section.step is None],
    )
