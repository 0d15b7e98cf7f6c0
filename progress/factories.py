"""Factories for progress tests and demos: participants, a course with modules, completions."""

import factory
import wagtail_factories
from wagtail.models import Locale, Page

from progress.models import ModuleCompletion
from registration.choices import PipelineStatus
from registration.models import Registration, User
from training.models import CoursePage, ModulePage

PASSWORD = "parcours-2026-Montreal"


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"participant{n}@example.com")
    first_name = "Amina"
    last_name = factory.Sequence(lambda n: f"Diallo{n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    class Meta:
        model = User
        skip_postgeneration_save = True

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class RegistrationFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    status = PipelineStatus.NEW

    class Meta:
        model = Registration


class CoursePageFactory(wagtail_factories.PageFactory):
    title = "Candidature vidéo"
    slug = "candidature-video"

    class Meta:
        model = CoursePage


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Module {n}")
    summary = "Rédiger un argumentaire éclair."

    class Meta:
        model = ModulePage


def build_course(*, parent: Page, modules: int = 3) -> tuple[CoursePage, list[ModulePage]]:
    """A live course under ``parent`` with ``modules`` live modules, in order."""
    course = CoursePageFactory(parent=parent)
    children = [
        ModulePageFactory(parent=course, title=f"Module {index}", slug=f"module-{index}")
        for index in range(1, modules + 1)
    ]
    return course, children


def translate(page: Page, *, language_code: str = "en", title: str | None = None) -> Page:
    """A published copy of ``page`` in another locale (its parent must be translated first)."""
    locale = Locale.objects.get(language_code=language_code)
    translated = page.copy_for_translation(locale)
    if title:
        translated.title = title
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated.specific


def complete(user: User, *modules: ModulePage) -> None:
    for module in modules:
        ModuleCompletion.objects.create(user=user, module_key=module.translation_key)
