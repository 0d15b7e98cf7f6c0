"""A connection on both sides: contact details only after the participant confirms, every view
logged, follow-up states by either side with an e-mail to the other, hired → employed only when
an advisor confirms."""

import pytest
from django.core import mail
from django.urls import reverse

from connections import services
from connections.choices import ConnectionOrigin, ConnectionState, Side
from connections.models import ContactView
from connections.services import connect
from registration.choices import PipelineStatus

pytestmark = pytest.mark.django_db

PARTICIPANT_EMAIL = "zephyrine.fr.zép@example.org"


@pytest.fixture
def connection(member, organisation):
    return connect(member.user, organisation, origin=ConnectionOrigin.REQUEST)


def _every_page(client, recruiter, connection, member):
    client.force_login(recruiter)
    return "".join(
        client.get(url).content.decode()
        for url in (
            reverse("connections:portal"),
            reverse("connections:portal_connection", args=[connection.pk]),
            reverse("connections:pool_packet", args=[member.pk]),
            reverse("connections:pool"),
            reverse("employers:dashboard"),
        )
    )


def test_before_the_participant_confirms_no_page_shows_their_contact_details(
    client, recruiter, member, connection
):
    pages = _every_page(client, recruiter, connection, member)
    assert member.user.email.lower() not in pages.lower()
    # The number in any of its forms (not "514" alone: an event's title may hold those digits).
    assert not any(form in pages for form in ("872-0311", "8720311", "872 0311"))
    assert "Côté-Nguyen" not in pages
    assert not ContactView.objects.exists()


def test_after_confirming_both_see_each_others_contact_details_and_each_view_is_logged(
    client, recruiter, member, connection, django_capture_on_commit_callbacks
):
    client.force_login(member.user)
    before = client.get(reverse("connections:my_connection", args=[connection.pk])).content.decode()
    assert recruiter.email not in before
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("connections:my_connection", args=[connection.pk]), {"share": "1"})
    assert [message.to for message in mail.outbox] == [[recruiter.email]]

    mine = client.get(reverse("connections:my_connection", args=[connection.pk])).content.decode()
    assert recruiter.email in mine
    assert "Marie-Ève Lefebvre-Ouellet" in mine

    client.force_login(recruiter)
    theirs = client.get(
        reverse("connections:portal_connection", args=[connection.pk])
    ).content.decode()
    assert member.user.email in theirs
    assert "(514) 872-0311" in theirs
    assert "Zéphyrine Côté-Nguyen" in theirs
    assert list(ContactView.objects.values_list("side", "viewer")) == [
        (Side.ORGANISATION, recruiter.pk),
        (Side.PARTICIPANT, member.user.pk),
    ]


def test_another_organisation_never_opens_the_connection(
    client, other_recruiter, member, connection
):
    services.confirm_sharing(connection=connection, participant=member.user)
    client.force_login(other_recruiter)
    response = client.get(reverse("connections:portal_connection", args=[connection.pk]))
    assert response.status_code == 404


def test_a_participant_never_opens_another_ones_connection(client, past_event, connection):
    from connections.tests.conftest import make_member

    other = make_member(past_event, headline="Autre personne")
    client.force_login(other.user)
    assert client.get(reverse("connections:my_connection", args=[connection.pk])).status_code == 404


def test_either_side_updates_the_state_and_the_other_is_told_in_their_language(
    client, recruiter, member, connection, django_capture_on_commit_callbacks
):
    member.user.registration.preferred_language = "en"
    member.user.registration.save()
    client.force_login(recruiter)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("connections:portal_connection", args=[connection.pk]),
            {"state": ConnectionState.SECOND_INTERVIEW},
        )
    connection.refresh_from_db()
    assert connection.state == ConnectionState.SECOND_INTERVIEW
    assert mail.outbox[-1].to == [member.user.email]
    assert mail.outbox[-1].subject == "Connection update: second interview"

    client.force_login(member.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("connections:my_connection", args=[connection.pk]),
            {"state": ConnectionState.OFFER},
        )
    assert mail.outbox[-1].to == [recruiter.email]
    assert "offre faite" in mail.outbox[-1].subject
    # The same state again sends nothing.
    count = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("connections:my_connection", args=[connection.pk]),
            {"state": ConnectionState.OFFER},
        )
    assert len(mail.outbox) == count


def test_hired_proposes_employed_and_only_the_advisor_moves_it(
    client, recruiter, member, connection, advisor
):
    services.set_state(connection=connection, state=ConnectionState.HIRED, side=Side.ORGANISATION)
    registration = member.user.registration
    registration.refresh_from_db()
    assert connection.employment_proposed_at is not None
    assert registration.status != PipelineStatus.EMPLOYED

    client.force_login(advisor)
    listing = client.get(reverse("connections_hires:index")).content.decode()
    assert "Zéphyrine Côté-Nguyen" in listing
    inspect = client.get(reverse("registrations:inspect", args=[registration.pk])).content.decode()
    assert "Confirmer\u00a0: passer à «\u00a0en emploi\u00a0»" in inspect

    # A recruiter or participant posting the confirmation is refused.
    client.force_login(recruiter)
    url = reverse("connections_admin:confirm_employment", args=[connection.pk])
    assert client.post(url).status_code in (302, 403)
    registration.refresh_from_db()
    assert registration.status != PipelineStatus.EMPLOYED

    client.force_login(advisor)
    client.post(url)
    client.post(url)
    registration.refresh_from_db()
    assert registration.status == PipelineStatus.EMPLOYED
    change = registration.status_changes.get(to_status=PipelineStatus.EMPLOYED)
    assert change.changed_by == advisor
    assert (
        "Zéphyrine Côté-Nguyen"
        not in client.get(reverse("connections_hires:index")).content.decode()
    )


def test_my_path_asks_to_confirm_sharing_for_a_connection_made_at_an_interview(
    client, member, organisation, past_event
):
    connect(member.user, organisation, origin=ConnectionOrigin.INTERVIEW, event=past_event)
    client.force_login(member.user)
    page = client.get(reverse("registration:my_path")).content.decode()
    assert "1 nouvelle mise en relation attend que vous confirmiez" in page
    mine = client.get(reverse("connections:mine")).content.decode()
    assert "Ponts et Chaussées Fictifs" in mine
    assert "à confirmer" in mine


def test_a_connection_made_at_an_interview_asks_the_participant_once_in_their_language(
    member, organisation, django_capture_on_commit_callbacks
):
    member.user.registration.preferred_language = "en"
    member.user.registration.save()
    with django_capture_on_commit_callbacks(execute=True):
        connect(member.user, organisation, origin=ConnectionOrigin.INTERVIEW)
        connect(member.user, organisation, origin=ConnectionOrigin.INTERVIEW)
    (message,) = mail.outbox
    assert message.to == [member.user.email]
    assert message.subject == "You are connected with Ponts et Chaussées Fictifs"
    assert "/en/my-path/connections/" in message.body
