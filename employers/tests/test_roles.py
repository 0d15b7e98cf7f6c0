"""Role × URL: a marker participant's packet appears only where the rules allow."""

import pytest
from django.test import Client
from django.urls import reverse

from employers.factories import RecruiterFactory
from employers.services import deactivate
from events.factories import SignUpFactory
from profiles.factories import ProfileFactory
from registration.factories import UserFactory, _a_sector
from sectors.services import create_representative

from .conftest import MARKER

pytestmark = pytest.mark.django_db


@pytest.fixture
def clients(recruiter_a, recruiter_b, organisation_a, marker, event, advisor):
    other = ProfileFactory(headline="Autre participante")
    SignUpFactory(event=event, user=other.user)
    deactivated = RecruiterFactory(organisation=organisation_a)
    deactivate(recruiter=deactivated)
    representative, _password = create_representative(
        email="representante@secteur.example.org", sector_page=_a_sector()
    )
    users = {
        "participant": other.user,
        "recruiter_a": recruiter_a,
        "recruiter_b": recruiter_b,
        "deactivated": deactivated.user,
        "representative": representative,
        "advisor": advisor,
        "anonymous": None,
        "superuser": UserFactory(is_staff=True, is_superuser=True),
    }
    result = {}
    for name, user in users.items():
        client = Client()
        if user is not None:
            client.force_login(user)
        result[name] = client
    return result


def urls(event, marker):
    return {
        "list": reverse("employers:participants", args=[event.pk]),
        "packet": reverse("employers:packet", args=[event.pk, marker.pk]),
        "dashboard": reverse("employers:dashboard"),
        "admin_organisations": reverse("organisations:index"),
        "admin_packet_views": reverse("packet_views:index"),
        "my_path": reverse("registration:my_path"),
    }


# Where the marker's packet (its headline) may appear.
ALLOWED = {
    ("recruiter_a", "list"),
    ("recruiter_a", "packet"),
    # Staff see which packets each organisation opened.
    ("superuser", "admin_packet_views"),
    ("advisor", "admin_packet_views"),
}


def test_marker_appears_only_where_allowed(clients, event, marker):
    seen = set()
    statuses = {}
    for role, client in clients.items():
        for name, url in urls(event, marker).items():
            response = client.get(url)
            statuses[(role, name)] = response.status_code
            body = response.content.decode() if response.status_code == 200 else ""
            if MARKER in body:
                seen.add((role, name))
    assert seen == ALLOWED, statuses
    # The portal refuses everyone but an active recruiter; anonymous visitors go to sign in.
    for role in ("participant", "deactivated", "representative", "advisor"):
        assert statuses[(role, "dashboard")] == 403, role
    assert statuses[("anonymous", "dashboard")] == 302
    assert statuses[("recruiter_b", "list")] == 404
    # The admin is staff's: no recruiter gets in.
    for role in ("recruiter_a", "recruiter_b", "deactivated", "participant"):
        assert statuses[(role, "admin_organisations")] in (302, 403), role
    assert statuses[("superuser", "admin_organisations")] == 200
    assert statuses[("advisor", "admin_organisations")] == 200
    assert statuses[("representative", "admin_organisations")] in (302, 403)
