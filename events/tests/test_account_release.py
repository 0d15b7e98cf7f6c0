"""Finding 4: an anonymised (retention) or deleted account frees its upcoming places for the
first person waiting, and its invitations and calendar feed go."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from events import services
from events.choices import SignUpStatus, WhoMaySignUp
from events.factories import (
    CalendarFeedFactory,
    EventInvitationFactory,
    EventPageFactory,
    SignUpFactory,
    in_days,
)
from events.models import CalendarFeed, EventInvitation, SignUp
from registration.choices import PipelineStatus
from registration.factories import PASSWORD, RegistrationFactory
from registration.models import Registration

pytestmark = pytest.mark.django_db

LONG_AGO = timezone.now() - datetime.timedelta(days=800)


def full_event_with_someone_waiting(holder, waiting):
    event = EventPageFactory(full=True, capacity=1)
    services.sign_up(event_id=event.pk, user=holder)
    services.sign_up(event_id=event.pk, user=waiting)
    return event


@pytest.fixture
def holder(db):
    registration = RegistrationFactory(
        complete=True,
        status=PipelineStatus.IN_PATH,
        phone="+15145550199",
        user__email="Ancienne.Participante@Example.com",
        user__first_name="Éloïse",
        user__last_name="Nguyễn-Saint-Pierre",
        user__last_login=LONG_AGO,
    )
    Registration.objects.filter(pk=registration.pk).update(created_at=LONG_AGO)
    return registration.user


def test_retention_gives_the_place_to_the_first_person_waiting(holder, participant):
    event = full_event_with_someone_waiting(holder, participant)
    invitation_only = EventPageFactory(who_may_sign_up=WhoMaySignUp.INVITATION)
    EventInvitationFactory(event=invitation_only, user=holder)
    CalendarFeedFactory(user=holder)
    past = EventPageFactory(start=in_days(-5))
    SignUpFactory(event=past, user=holder, attended=True)

    call_command("apply_retention", stdout=io.StringIO())

    assert SignUp.objects.get(event=event, user=participant).status == SignUpStatus.CONFIRMED
    assert SignUp.objects.get(event=event, user=holder).status == SignUpStatus.CANCELLED
    assert SignUp.objects.get(event=past, user=holder).attended is True  # the report's count
    assert not EventInvitation.objects.filter(user=holder).exists()
    assert not CalendarFeed.objects.filter(user=holder).exists()
    # The promoted participant is told, the anonymised account gets nothing.
    call_command("send_event_messages", stdout=io.StringIO())
    promoted = [m for m in mail.outbox if m.subject.startswith("Une place")]
    assert [m.to for m in promoted] == [[participant.email]]
    assert not [m for m in mail.outbox if "anonymous" in m.to[0] or "participant-" in m.to[0]]


def test_deleting_the_account_gives_the_place_to_the_first_person_waiting(
    client, holder, participant
):
    event = full_event_with_someone_waiting(holder, participant)
    assert client.login(email=holder.email, password=PASSWORD)

    response = client.post("/fr/mon-parcours/supprimer-mon-compte/", {"password": PASSWORD})

    assert response.status_code == 302
    assert not SignUp.objects.filter(user_id=holder.pk).exists()
    assert SignUp.objects.get(event=event, user=participant).status == SignUpStatus.CONFIRMED


def test_the_calendar_feed_of_an_inactive_account_is_refused(client, participant):
    event = EventPageFactory(full=True)
    services.sign_up(event_id=event.pk, user=participant)
    feed = CalendarFeedFactory(user=participant)
    url = f"/fr/evenements/calendrier/{feed.token}.ics"
    assert client.get(url).status_code == 200

    type(participant).objects.filter(pk=participant.pk).update(is_active=False)

    assert client.get(url).status_code == 404
