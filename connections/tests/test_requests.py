"""Requests both ways: one pending per pair, e-mails in the receiver's language, accept / decline /
withdraw by the right side only, expiry when read and by the command."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from connections import services
from connections.choices import ConnectionOrigin, RequestStatus, Side
from connections.factories import ConnectionRequestFactory
from connections.models import Connection, ConnectionRequest
from connections.tests.conftest import make_member

pytestmark = pytest.mark.django_db

MESSAGE = "Bonjour ! Votre parcours en hydraulique nous intéresse : parlons-en ?"


def _send(client, recruiter, member, message=MESSAGE):
    client.force_login(recruiter)
    return client.post(reverse("connections:pool_packet", args=[member.pk]), {"message": message})


def test_a_request_sent_twice_is_received_once(
    client, recruiter, member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _send(client, recruiter, member)
        _send(client, recruiter, member)
    assert ConnectionRequest.objects.filter(participant=member.user).count() == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [member.user.email]
    assert (
        "Ponts et Chaussées Fictifs souhaite entrer en relation avec vous" in mail.outbox[0].subject
    )
    assert MESSAGE in mail.outbox[0].body
    assert "/fr/mon-parcours/mises-en-relation/" in mail.outbox[0].body


def test_the_participant_is_told_in_their_own_language(
    client, recruiter, past_event, django_capture_on_commit_callbacks
):
    english = make_member(past_event, language="en")
    with django_capture_on_commit_callbacks(execute=True):
        _send(client, recruiter, english)
    assert mail.outbox[0].subject == "Ponts et Chaussées Fictifs would like to connect with you"
    assert "/en/my-path/connections/" in mail.outbox[0].body


def test_the_participant_accepts_and_a_connection_is_made(
    client, recruiter, member, django_capture_on_commit_callbacks
):
    request = services.request_from_organisation(
        organisation=recruiter.recruiter.organisation,
        participant=member.user,
        message=MESSAGE,
        by=recruiter,
    )
    client.force_login(member.user)
    page = client.get(reverse("connections:mine")).content.decode()
    assert MESSAGE.replace("'", "&#x27;") in page or "Votre parcours en hydraulique" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("connections:my_request_action", args=[request.pk, "accept"]), follow=True
        )
    connection = Connection.objects.get(participant=member.user)
    assert connection.origin == ConnectionOrigin.REQUEST
    assert connection.contact_shared_at is None
    assert "Transmettre mes coordonnées" in response.content.decode()
    # The recruiter learns it, in French (their portal language by default).
    assert [message.to for message in mail.outbox] == [[recruiter.email]]
    assert "acceptée" in mail.outbox[0].subject
    # Accepting again changes nothing.
    client.post(reverse("connections:my_request_action", args=[request.pk, "accept"]))
    assert Connection.objects.count() == 1


def test_only_the_receiver_answers_and_only_the_sender_withdraws(recruiter, member):
    request = services.request_from_organisation(
        organisation=recruiter.recruiter.organisation,
        participant=member.user,
        message=MESSAGE,
        by=recruiter,
    )
    with pytest.raises(services.ConnectionsError):
        services.accept(request, side=Side.ORGANISATION)
    with pytest.raises(services.ConnectionsError):
        services.withdraw(request, side=Side.PARTICIPANT)
    services.withdraw(request, side=Side.ORGANISATION)
    assert request.status == RequestStatus.WITHDRAWN
    with pytest.raises(services.ConnectionsError):
        services.accept(request, side=Side.PARTICIPANT)


def test_another_organisation_cannot_touch_the_request(client, recruiter, other_recruiter, member):
    request = services.request_from_organisation(
        organisation=recruiter.recruiter.organisation,
        participant=member.user,
        message=MESSAGE,
        by=recruiter,
    )
    client.force_login(other_recruiter)
    url = reverse("connections:portal_request_action", args=[request.pk, "withdraw"])
    assert client.post(url).status_code == 404
    request.refresh_from_db()
    assert request.status == RequestStatus.PENDING


def test_a_participant_asks_an_organisation_about_an_opening(
    client, recruiter, member, opening, django_capture_on_commit_callbacks
):
    client.force_login(member.user)
    listing = client.get(reverse("connections:openings")).content.decode()
    assert "Ingénieure hydraulique principale" in listing
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("connections:ask_about_opening", args=[opening.pk]), {"message": MESSAGE}
        )
    request = ConnectionRequest.objects.get(participant=member.user)
    assert request.opening == opening
    assert mail.outbox[0].to == [recruiter.email]
    assert "Ingénieure hydraulique principale" in mail.outbox[0].body

    client.force_login(recruiter)
    portal = client.get(reverse("connections:portal")).content.decode()
    assert "Ingénieure hydraulique principale" in portal
    assert member.user.email not in portal
    client.post(reverse("connections:portal_request_action", args=[request.pk, "accept"]))
    assert Connection.objects.filter(participant=member.user, organisation=opening.organisation)


def test_a_participant_outside_the_pool_cannot_ask(client, past_event, opening):
    outsider = make_member(past_event, consent=False)
    client.force_login(outsider.user)
    response = client.post(
        reverse("connections:ask_about_opening", args=[opening.pk]),
        {"message": MESSAGE},
        follow=True,
    )
    assert not ConnectionRequest.objects.exists()
    assert "Acceptez d’abord de rester dans le bassin" in response.content.decode()


def test_a_request_past_its_date_reads_as_expired_and_cannot_be_accepted(
    client, member, organisation
):
    request = ConnectionRequestFactory(
        participant=member.user,
        organisation=organisation,
        expires_at=timezone.now() - datetime.timedelta(minutes=1),
    )
    client.force_login(member.user)
    page = client.get(reverse("connections:mine")).content.decode()
    assert "expirée" in page
    assert "Accepter la demande" not in page
    response = client.post(
        reverse("connections:my_request_action", args=[request.pk, "accept"]), follow=True
    )
    assert "a expiré" in response.content.decode()
    assert not Connection.objects.exists()


def test_the_expiry_command_is_idempotent(member, organisation, settings):
    late = ConnectionRequestFactory(
        participant=member.user,
        organisation=organisation,
        expires_at=timezone.now() - datetime.timedelta(seconds=1),
    )
    fresh = ConnectionRequestFactory(organisation=organisation)
    call_command("expire_connection_requests", "--quiet")
    call_command("expire_connection_requests", "--quiet")
    late.refresh_from_db()
    fresh.refresh_from_db()
    assert late.status == RequestStatus.EXPIRED
    assert fresh.status == RequestStatus.PENDING


def test_requests_last_the_configured_number_of_days(recruiter, member, settings):
    settings.CONNECTION_REQUEST_DAYS = 3
    request = services.request_from_organisation(
        organisation=recruiter.recruiter.organisation,
        participant=member.user,
        message=MESSAGE,
        by=recruiter,
    )
    lifetime = request.expires_at - request.created_at
    assert datetime.timedelta(days=3) - lifetime < datetime.timedelta(seconds=5)


def test_recruiters_are_written_to_in_the_language_they_use_the_portal_in(
    client, recruiter, member, opening, django_capture_on_commit_callbacks
):
    client.force_login(recruiter)
    client.get("/en/employers/portal/connections/")
    with django_capture_on_commit_callbacks(execute=True):
        services.request_from_participant(participant=member.user, opening=opening, message=MESSAGE)
    assert mail.outbox[0].subject == "A participant would like to connect with your organisation"
    assert "/en/employers/portal/connections/" in mail.outbox[0].body
