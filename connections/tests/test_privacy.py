"""A participant's withdrawal (consent withdrawn, retention, account deleted) takes them out of the
pool and withdraws their pending requests at once; their data download holds connections and
requests."""

import json

import pytest
from django.urls import reverse

from connections import services
from connections.choices import ConnectionOrigin, RequestStatus
from connections.models import Connection, ConnectionRequest
from connections.services import connect
from registration.retention import anonymise_registration
from registration.services import delete_account

pytestmark = pytest.mark.django_db


@pytest.fixture
def requests_both_ways(recruiter, member, opening, other_recruiter):
    received = services.request_from_organisation(
        organisation=other_recruiter.recruiter.organisation,
        participant=member.user,
        message="Bonjour, seriez-vous disponible ?",
        by=other_recruiter,
    )
    sent = services.request_from_participant(
        participant=member.user, opening=opening, message="Votre poste m’intéresse !"
    )
    return received, sent


def test_leaving_the_pool_withdraws_pending_requests_at_once(
    client, member, recruiter, requests_both_ways
):
    client.force_login(member.user)
    client.post(reverse("connections:pool_consent"), {"consent": "no"})
    assert set(
        ConnectionRequest.objects.filter(participant=member.user).values_list("status", flat=True)
    ) == {RequestStatus.WITHDRAWN}
    client.force_login(recruiter)
    portal = client.get(reverse("connections:portal")).content.decode()
    assert "Accepter" not in portal
    # A stale page posting "accept" creates nothing.
    received, sent = requests_both_ways
    client.post(reverse("connections:portal_request_action", args=[sent.pk, "accept"]))
    assert not Connection.objects.exists()


def test_retention_takes_the_participant_out_of_the_pool_and_erases_messages(
    member, requests_both_ways, organisation
):
    connection = connect(member.user, organisation, origin=ConnectionOrigin.INTERVIEW)
    services.confirm_sharing(connection=connection, participant=member.user)
    services.log_contact_view(connection=connection, viewer=None, side="organisation")

    anonymise_registration(registration=member.user.registration)

    assert not services.selectors.pool_profiles().filter(user=member.user).exists()
    assert not member.user.pool_consents.filter(withdrawn_at__isnull=True).exists()
    rows = ConnectionRequest.objects.filter(participant=member.user)
    assert set(rows.values_list("status", flat=True)) == {RequestStatus.WITHDRAWN}
    assert set(rows.values_list("message", flat=True)) == {""}
    connection.refresh_from_db()
    assert connection.contact_shared_at is None
    assert not connection.contact_views.exists()


def test_deleting_the_account_removes_requests_and_connections(member, requests_both_ways):
    user = member.user
    delete_account(user=user)
    assert not ConnectionRequest.objects.exists()
    assert not Connection.objects.exists()


def test_the_data_download_holds_connections_requests_and_consents(
    client, member, organisation, requests_both_ways
):
    connection = connect(member.user, organisation, origin=ConnectionOrigin.REQUEST)
    services.confirm_sharing(connection=connection, participant=member.user)
    client.force_login(member.user)
    client.get(reverse("connections:my_connection", args=[connection.pk]))
    response = client.get(reverse("registration:download_my_data"))
    data = json.loads(response.content)
    assert data["connections"][0]["organisation"] == "Ponts et Chaussées Fictifs"
    assert len(data["connections"][0]["contact_views"]) == 1
    messages = {item["message"] for item in data["connection_requests"]}
    assert messages == {"Bonjour, seriez-vous disponible ?", "Votre poste m’intéresse !"}
    assert data["pool_consents"][0]["withdrawn_at"] is None
