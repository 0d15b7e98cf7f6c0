"""Tests marked `postgresql` need real row locks: they run on PostgreSQL (CI's second pass) and
are deselected, not skipped, on SQLite."""

import pytest
from django.conf import settings

from registration.choices import PipelineStatus


def pytest_collection_modifyitems(config, items):
    if "postgresql" in settings.DATABASES["default"]["ENGINE"]:
        return
    selected, deselected = [], []
    for item in items:
        (deselected if item.get_closest_marker("postgresql") else selected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


@pytest.fixture
def participant(db):
    """A registered participant with every field filled, French-speaking."""
    from registration.factories import RegistrationFactory

    return RegistrationFactory(
        complete=True,
        status=PipelineStatus.IN_PATH,
        user__email="Aminata.Diallo@Example.com",
        user__first_name="Aminata",
        user__last_name="Diallo-Bélanger",
    ).user


@pytest.fixture
def ready_participant(db):
    from registration.factories import RegistrationFactory

    return RegistrationFactory(
        complete=True,
        status=PipelineStatus.READY,
        preferred_language="en",
        user__first_name="José",
        user__last_name="Nguyễn-Ouellet",
    ).user


def registered(count: int, **kwargs):
    from registration.factories import RegistrationFactory

    return [RegistrationFactory(status=PipelineStatus.IN_PATH, **kwargs).user for _ in range(count)]
