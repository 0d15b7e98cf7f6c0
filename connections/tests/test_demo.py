"""The demo: two pool members who attended the fall speed interviews, one pending request."""

import pytest
from django.core.management import call_command

from connections.models import ConnectionRequest, PoolConsent
from connections.selectors import pool_profiles

pytestmark = pytest.mark.django_db


def test_demo_pool_members_and_a_pending_request(demo_content):
    # Rafael keeps his packet to himself in the demo: the pool shows only shared packets.
    assert list(pool_profiles().values_list("user__email", flat=True)) == [
        "demo.ines.haddad@example.org"
    ]
    request = ConnectionRequest.objects.get()
    assert request.status == "pending"
    assert request.participant.email == "demo.ines.haddad@example.org"
    # Idempotent.
    call_command("load_demo_content", verbosity=0)
    assert ConnectionRequest.objects.count() == 1
    assert PoolConsent.objects.count() == 2
