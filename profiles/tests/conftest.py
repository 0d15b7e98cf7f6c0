import shutil

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from wagtail import hooks

from home.roles import ADVISORS
from profiles.selectors import PACKET_AUDIENCES_HOOK
from registration.factories import RegistrationFactory, UserFactory


@pytest.fixture(autouse=True)
def private_media():
    """Each test starts and ends with an empty private storage, so files left behind show."""
    shutil.rmtree(settings.PRIVATE_MEDIA_ROOT, ignore_errors=True)
    yield settings.PRIVATE_MEDIA_ROOT
    shutil.rmtree(settings.PRIVATE_MEDIA_ROOT, ignore_errors=True)


def stored_files() -> list:
    root = settings.PRIVATE_MEDIA_ROOT
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []


@pytest.fixture
def advisor(db):
    user = UserFactory(email="conseillere@example.org", is_staff=True, first_name="Éloïse")
    user.groups.add(Group.objects.get(name=ADVISORS))
    return user


@pytest.fixture
def participant(db):
    return RegistrationFactory(
        user__email="Amina.Benali@Example.org", preferred_language="en", complete=True
    ).user


@pytest.fixture
def employer(db):
    """A recruiter at an event the participant signed up for, as the events and employers apps
    will tell profiles through the ``profiles_packet_audiences`` hook."""
    user = UserFactory(email="recrutement@genie-conseil.example.com")

    def audience(*, user: object, profile: object) -> bool:
        return user.email == "recrutement@genie-conseil.example.com"

    with hooks.register_temporarily(PACKET_AUDIENCES_HOOK, audience):
        yield user
