"""Advisors' lists of connections and requests, with filters and export; nobody else sees them."""

import pytest
from django.urls import reverse

from connections.choices import ConnectionOrigin
from connections.factories import ConnectionRequestFactory
from connections.services import connect

pytestmark = pytest.mark.django_db


def test_advisors_list_filter_and_export_connections_and_requests(
    client, advisor, member, organisation
):
    connect(member.user, organisation, origin=ConnectionOrigin.INTERVIEW)
    ConnectionRequestFactory(participant=member.user, organisation=organisation)
    client.force_login(advisor)

    listing = client.get(reverse("connection_records:index"), {"state": "new"})
    assert listing.status_code == 200
    assert "Zéphyrine Côté-Nguyen" in listing.content.decode()
    export = client.get(reverse("connection_records:index"), {"export": "csv"})
    content = b"".join(export.streaming_content).decode("utf-8-sig")
    assert "Ponts et Chaussées Fictifs" in content

    requests = client.get(reverse("connection_requests:index"), {"status": "pending"})
    assert "Zéphyrine Côté-Nguyen" in requests.content.decode()


def test_recruiters_and_participants_never_see_the_admin_lists(client, recruiter, member):
    for user in (recruiter, member.user):
        client.force_login(user)
        response = client.get(reverse("connection_records:index"))
        assert response.status_code in (302, 403)
