"""Progress test data: a course with its modules in order, and completions.

Participants come from `registration.factories`, pages from `training.factories`.
"""

from wagtail.models import Page

from progress.models import ModuleCompletion
from registration.models import User
from training.factories import CoursePageFactory, ModulePageFactory
from training.models import CoursePage, ModulePage


def build_course(*, parent: Page, modules: int = 3) -> tuple[CoursePage, list[ModulePage]]:
    """A live course under ``parent`` with ``modules`` live modules, in order."""
    course = CoursePageFactory(parent=parent, slug="candidature-video")
    children = [
        ModulePageFactory(parent=course, title=f"Module {index}", slug=f"module-{index}")
        for index in range(1, modules + 1)
    ]
    return course, children


def complete(user: User, *modules: ModulePage) -> None:
    for module in modules:
        ModuleCompletion.objects.create(user=user, module_key=module.translation_key)
