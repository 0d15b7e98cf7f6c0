import pytest
from django.contrib.auth.models import Group

from employers.factories import (
    EventParticipationFactory,
    FullOrganisationFactory,
    RecruiterFactory,
    RecruitmentEventFactory,
)
from events.factories import SignUpFactory
from home.roles import ADVISORS
from profiles.factories import FullProfileFactory
from registration.factories import UserFactory

MARKER = "Zéphyrine-Marqueur ingénieure hydraulique"


@pytest.fixture
def event(db):
    return RecruitmentEventFactory()


@pytest.fixture
def organisation_a(db):
    return FullOrganisationFactory(name="Ponts et Chaussées Fictifs A")


@pytest.fixture
def organisation_b(db):
    return FullOrganisationFactory(name="Boulangerie Fictive B")


@pytest.fixture
def recruiter_a(organisation_a, event):
    EventParticipationFactory(organisation=organisation_a, event=event)
    return RecruiterFactory(organisation=organisation_a).user


@pytest.fixture
def recruiter_b(organisation_b):
    return RecruiterFactory(organisation=organisation_b).user


@pytest.fixture
def marker(event):
    """A consenting participant confirmed for the event, whose headline marks their packet."""
    profile = FullProfileFactory(headline=MARKER)
    SignUpFactory(event=event, user=profile.user)
    return profile


@pytest.fixture
def advisor(db):
    user = UserFactory(email="conseillere@example.org", is_staff=True)
    user.groups.add(Group.objects.get(name=ADVISORS))
    return user
