"""Reads of the intake and the advisors' pipeline."""

from dataclasses import dataclass

from django.db.models import Count
from django.utils.translation import pgettext_lazy

from .models import IntakeSettings, PipelineStatus, Registration, User


def registration_for_user(*, user: User) -> Registration | None:
    if not user.is_authenticated:
        return None
    return Registration.objects.filter(user=user).first()


def partner_organizations(*, language: str) -> list[dict]:
    """The partner employability organizations, in the visitor's language."""
    return [
        {
            "name": organization.name(language),
            "description": organization.description(language),
            "url": organization.url,
        }
        for organization in IntakeSettings.load().partner_organizations.all()
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
