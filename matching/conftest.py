"""Tests marked `postgresql` need real row locks: they run on PostgreSQL (CI's second pass) and
are deselected, not skipped, on SQLite (as in events/)."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group

from employers.factories import (
    EventParticipationFactory,
    FullOrganisationFactory,
    OpeningFactory,
    RecruiterFactory,
    RecruitmentEventFactory,
)
from events.factories import SignUpFactory
from home.roles import ADVISORS
from profiles.factories import FullProfileFactory
from registration.factories import RegistrationFactory, UserFactory


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
def advisor(db):
    user = UserFactory(email="Conseillere.Matching@Example.org", is_staff=True)
    user.groups.add(Group.objects.get(name=ADVISORS))
    return user


@pytest.fixture
def fair(db):
    """A recruitment event: two organisations (2 tables and 1 table) with an opening each, and
    four confirmed participants with full profiles."""
    from matching.factories import EventMatchingFactory

    event = RecruitmentEventFactory(title="Entrevues éclair — génie civil (fictif)")
    EventMatchingFactory(event=event, slots=3, max_interviews=2, room_link_template="")
    ponts = FullOrganisationFactory(name="Ponts et Chaussées Fictifs")
    boulangerie = FullOrganisationFactory(name="Boulangerie Fictive Saint-Laurent")
    for organisation, tables in ((ponts, 2), (boulangerie, 1)):
        participation = EventParticipationFactory(
            organisation=organisation, event=event, tables_count=tables
        )
        participation.openings.add(OpeningFactory(organisation=organisation))
    people = []
    for first, last in (
        ("Amina", "Benali"),
        ("José", "Nguyễn-Ouellet"),
        ("Oksana", "Kovalenko"),
        ("Kwame", "Mensah"),
    ):
        registration = RegistrationFactory(
            complete=True, user__first_name=first, user__last_name=last
        )
        profile = FullProfileFactory(user=registration.user)
        SignUpFactory(event=event, user=profile.user)
        people.append(profile.user)
    recruiter = RecruiterFactory(organisation=ponts).user
    return {
        "event": event,
        "ponts": ponts,
        "boulangerie": boulangerie,
        "people": people,
        "recruiter": recruiter,
    }
