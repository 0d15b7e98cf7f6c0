import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Permission
from django.core.cache import cache

from registration.factories import PASSWORD, UserFactory


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def make_staff(
    email="Conseillere.Tremblay@Example.com", *, verified=True, perms=("view_registration",)
):
    user = UserFactory(email=email, first_name="Marie-Ève", last_name="Tremblay-Nguyễn")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(codename__in=perms),
    )
    EmailAddress.objects.create(user=user, email=email.lower(), verified=verified, primary=True)
    return user


def make_participant(email="participant.verifie@example.com", *, verified=True):
    user = UserFactory(email=email)
    EmailAddress.objects.create(user=user, email=email.lower(), verified=verified, primary=True)
    return user


@pytest.fixture
def staff(db):
    return make_staff()


@pytest.fixture
def participant(db):
    return make_participant()


PASSWORD = PASSWORD
