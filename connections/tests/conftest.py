import pytest
from django.contrib.auth.models import Group

from connections.factories import PoolConsentFactory
from employers.factories import (
    EventParticipationFactory,
    FullOrganisationFactory,
    OpeningFactory,
    RecruiterFactory,
    RecruitmentEventFactory,
)
from events.factories import SignUpFactory, in_days
from home.roles import ADVISORS
from profiles.factories import FullProfileFactory
from registration.factories import RegistrationFactory, UserFactory

HEADLINE = "Zéphyrine-Marqueur, ingénieure hydraulique"


@pytest.fixture
def past_event(db):
    return RecruitmentEventFactory(start=in_days(-3))


@pytest.fixture
def organisation(past_event):
    organisation = FullOrganisationFactory(name="Ponts et Chaussées Fictifs")
    EventParticipationFactory(organisation=organisation, event=past_event)
    return organisation


@pytest.fixture
def recruiter(organisation):
    return RecruiterFactory(
        organisation=organisation,
        user__first_name="Marie-Ève",
        user__last_name="Lefebvre-Ouellet",
        user__email="Recruteuse.Pool@Ponts-Fictifs.example.com",
    ).user


@pytest.fixture
def opening(organisation):
    return OpeningFactory(organisation=organisation, title="Ingénieure hydraulique principale")


@pytest.fixture
def other_recruiter(past_event):
    """A recruiter of another organisation, which also attended the event."""
    other = FullOrganisationFactory(name="Boulangerie Fictive")
    EventParticipationFactory(organisation=other, event=past_event)
    return RecruiterFactory(organisation=other).user


def make_member(event, *, consent=True, attended=True, language="fr", headline=HEADLINE):
    registration = RegistrationFactory(
        preferred_language=language,
        user=UserFactory(
            first_name="Zéphyrine",
            last_name="Côté-Nguyen",
            email=f"Zephyrine.{language}.{headline[:3]}@Example.ORG".replace(" ", ""),
        ),
        phone="+15148720311",
    )
    profile = FullProfileFactory(user=registration.user, headline=headline)
    SignUpFactory(event=event, user=registration.user, attended=attended)
    if consent:
        PoolConsentFactory(participant=registration.user)
    return profile


@pytest.fixture
def member(past_event):
    """A participant who attended the event, consents to the pool and shares the packet."""
    return make_member(past_event)


@pytest.fixture
def advisor(db):
    user = UserFactory(email="conseillere@example.org", is_staff=True)
    user.groups.add(Group.objects.get(name=ADVISORS))
    return user


def pytest_collection_modifyitems(config, items):
    """Tests marked `postgresql` need real row locks: deselected, not skipped, on SQLite (as in
    events/conftest.py, which is not loaded when only this app's tests run)."""
    from django.conf import settings

    if "postgresql" in settings.DATABASES["default"]["ENGINE"]:
        return
    selected, deselected = [], []
    for item in items:
        (deselected if item.get_closest_marker("postgresql") else selected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected
