"""Reads of the intake and the advisors' pipeline."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count
from django.utils import translation
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale

from .choices import PipelineStatus
from .models import PartnerOrganization, Registration, User


def registration_for_user(*, user: User) -> Registration | None:
    """The user's registration, read once per user object (the request's user): the sections of
    « Mon parcours » from several apps share it instead of a query each."""
    if not user.is_authenticated:
        return None
    try:
        return user.registration
    except Registration.DoesNotExist:
        return None


def preferred_language(user: User | None, default: str | None = None) -> str:
    """The language a person chose in the questionnaire, for what we send them (e-mails, links).

    Without a registration (staff, or no user): `default`, else the active language, else the
    site's default language."""
    registration = getattr(user, "registration", None) if user is not None else None
    if registration is not None and registration.preferred_language:
        return registration.preferred_language
    return default or translation.get_language() or settings.LANGUAGE_CODE


def partner_organizations(*, language: str) -> list[PartnerOrganization]:
    """The partner employability organizations in the visitor's language, by position.

    An organization not translated yet shows in the default language rather than not at all.
    """
    default = Locale.get_default()
    locale = Locale.objects.filter(language_code=language).first() or default
    chosen: dict = {}
    for organization in PartnerOrganization.objects.filter(locale__in=[locale, default]):
        if organization.translation_key not in chosen or organization.locale_id == locale.pk:
            chosen[organization.translation_key] = organization
    return sorted(
        chosen.values(), key=lambda organization: (organization.position, organization.name)
    )


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
