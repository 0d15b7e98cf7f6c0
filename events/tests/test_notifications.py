"""E-mails of events: each sent once, in the participant's language, by the command."""

import datetime
import io
import logging
import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.utils import timezone

from events import services
from events.conftest import registered
from events.factories import EventPageFactory, in_days
from events.notifications import message_confirmed_participants, send_due_messages

pytestmark = pytest.mark.django_db

LINK = "https://meet.example.org/passerelle-secret-42"


def run() -> str:
    out = io.StringIO()
    call_command("send_event_messages", stdout=out)
    return out.getvalue()


def test_confirmation_waiting_and_promotion_are_sent_once_in_each_language(
    participant, ready_participant
):
    event = EventPageFactory(full=True, capacity=1)
    services.sign_up(event_id=event.pk, user=participant)
    services.sign_up(event_id=event.pk, user=ready_participant)

    assert "2 message(s) sent" in run()
    by_address = {message.to[0]: message for message in mail.outbox}
    french = by_address[participant.email]
    english = by_address[ready_participant.email]
    assert french.subject == f"Vous êtes inscrite ou inscrit\u00a0: {event.title}"
    assert "Bonjour Aminata," in french.body and LINK in french.body
    assert "heure de Montréal" in french.body
    assert english.subject.startswith("On the waiting list:")
    assert "Hello José," in english.body and LINK not in english.body
    assert "&#x27;" not in french.body

    assert "0 message(s) sent" in run()  # idempotent
    services.cancel(event_id=event.pk, user=participant)
    mail.outbox.clear()
    run()
    (promotion,) = mail.outbox
    assert promotion.to == [ready_participant.email]
    assert promotion.subject.startswith("A place is yours:") and LINK in promotion.body
    assert "0 message(s) sent" in run()


def test_reminders_the_day_before_and_the_hour_before_with_the_link(participant):
    event = EventPageFactory(start=in_days(2, 10))
    services.sign_up(event_id=event.pk, user=participant)
    send_due_messages()
    mail.outbox.clear()

    assert not send_due_messages(now=event.start - datetime.timedelta(hours=30))
    day_before = send_due_messages(now=event.start - datetime.timedelta(hours=20))
    assert day_before == {"day_before": 1}
    assert mail.outbox[-1].subject.startswith("Demain\u00a0:")
    assert not send_due_messages(now=event.start - datetime.timedelta(hours=19))
    assert send_due_messages(now=event.start - datetime.timedelta(minutes=50)) == {"hour_before": 1}
    assert LINK in mail.outbox[-1].body
    assert not send_due_messages(now=event.start - datetime.timedelta(minutes=10))


def test_a_new_time_and_a_cancellation_are_announced_once(participant):
    event = EventPageFactory()
    services.sign_up(event_id=event.pk, user=participant)
    send_due_messages()
    event.start += datetime.timedelta(days=1)
    event.end += datetime.timedelta(days=1)
    event.save_revision().publish()
    assert send_due_messages() == {"changed": 1}
    assert not send_due_messages()
    event.is_cancelled = True
    event.save_revision().publish()
    assert send_due_messages() == {"event_cancelled": 1}
    assert mail.outbox[-1].subject.startswith("Annulé\u00a0:")
    assert not send_due_messages()


def test_advisors_message_every_confirmed_participant_in_their_language(
    participant, ready_participant
):
    event = EventPageFactory(capacity=2)
    services.sign_up(event_id=event.pk, user=participant)
    services.sign_up(event_id=event.pk, user=ready_participant)
    (waiting,) = registered(1)
    services.sign_up(event_id=event.pk, user=waiting)
    mail.outbox.clear()

    outcome = message_confirmed_participants(
        event=event,
        subject={"fr": "Changement de salle", "en": "New room"},
        body={"fr": "Rendez-vous salle 6001.", "en": "Meet in room 6001."},
    )

    assert outcome.sent == 2 and outcome.failed == 0
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {participant.email, ready_participant.email}
    assert by_address[participant.email].subject == "Changement de salle"
    assert "Meet in room 6001." in by_address[ready_participant.email].body
    assert timezone.now()


REFUSED = "Refusée.Lévesque@Example.com"


class RefusingBackend(EmailBackend):
    """The SMTP server refuses one address; the others go out."""

    def send_messages(self, messages):
        for message in messages:
            if REFUSED.lower() in [address.lower() for address in message.to]:
                raise smtplib.SMTPRecipientsRefused({REFUSED: (550, b"No such user")})
        return super().send_messages(messages)


def test_one_refused_address_stops_no_one_else_and_is_never_logged(
    settings, caplog, participant, ready_participant
):
    """Finding 2: a refused address used to abort the command, every run, and log the address."""
    from registration.factories import RegistrationFactory

    settings.EMAIL_BACKEND = "events.tests.test_notifications.RefusingBackend"
    refused = RegistrationFactory(
        complete=True,
        user__email=REFUSED,
        user__first_name="Hélène",
        user__last_name="Lévesque-Tremblay",
    ).user
    event = EventPageFactory(full=True, capacity=5)
    services.sign_up(event_id=event.pk, user=refused)
    services.sign_up(event_id=event.pk, user=participant)
    services.sign_up(event_id=event.pk, user=ready_participant)

    with caplog.at_level(logging.INFO, logger="events.notifications"):
        assert "2 message(s) sent" in run()
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [participant.email, ready_participant.email]
    )
    logs = caplog.text
    assert "SMTPRecipientsRefused" in logs
    assert "Lévesque" not in logs and REFUSED.lower() not in logs.lower()

    # The refused message is tried again on the next run, the others are not sent twice.
    mail.outbox.clear()
    assert "0 message(s) sent" in run()
    assert mail.outbox == []


def test_an_anonymised_account_gets_no_more_messages(participant):
    """Finding 2: `_due` keeps to active accounts."""
    event = EventPageFactory(full=True)
    services.sign_up(event_id=event.pk, user=participant)
    type(participant).objects.filter(pk=participant.pk).update(is_active=False)

    assert "0 message(s) sent" in run()
    assert mail.outbox == []
