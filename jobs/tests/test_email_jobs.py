"""Every e-mail leaves through the worker: once, after the data is committed, retried on failure."""

import datetime
import logging
from unittest import mock

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives, send_mail
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from home.emails import send_templated_email
from jobs.models import EmailDelivery
from jobs.tasks import EMAIL_ATTEMPTS, retry_delay

ADDRESS = "Émilie.Côté-Tremblay@Example.COM"


class RefusingBackend(LocmemBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


@pytest.fixture
def through_tasks(settings):
    """The production path: the site enqueues, the (immediate) task sends with locmem."""
    settings.EMAIL_BACKEND = "jobs.mail.TaskEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    return settings


@pytest.fixture
def database_queue(through_tasks):
    """Tasks wait in the database for `db_worker`, as in production."""
    through_tasks.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    return through_tasks


def run_worker():
    """The real worker command, until the queue is empty. Inside the test's transaction it must
    not close the connection between tasks (it would on PostgreSQL: autocommit is off)."""
    with mock.patch(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    ):
        call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)


@pytest.mark.django_db
def test_a_message_keeps_its_text_html_headers_and_attachment_through_the_task(through_tasks):
    message = EmailMultiAlternatives(
        "Votre séance : 12 mars", "Bonjour Émilie,", to=[ADDRESS], headers={"X-Kind": "rappel"}
    )
    message.attach_alternative("<p>Bonjour Émilie,</p>", "text/html")
    message.attach("seance.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    message.send()

    (sent,) = mail.outbox
    assert sent.subject == "Votre séance : 12 mars" and sent.to == [ADDRESS]
    assert sent.alternatives[0][0] == "<p>Bonjour Émilie,</p>"
    assert sent.extra_headers["X-Kind"] == "rappel"
    assert sent.attachments[0][0] == "seance.ics"
    assert "BEGIN:VCALENDAR" in sent.attachments[0][1]


@pytest.mark.django_db
def test_a_message_with_a_key_already_delivered_is_never_sent_again(through_tasks):
    for _ in range(2):
        send_templated_email(
            "registration/emails/registration_attempt",
            to=[ADDRESS],
            context={"user": None, "login_url": "https://x/login", "reset_url": "https://x/reset"},
            language="fr",
            idempotency_key="test:attempt:42",
        )
    assert len(mail.outbox) == 1
    assert EmailDelivery.objects.get(key="test:attempt:42:0").sent_at is not None


@pytest.mark.django_db
def test_the_worker_sends_only_what_was_committed_and_only_once(database_queue):
    with pytest.raises(RuntimeError), transaction.atomic():
        send_mail("Inscription reçue", "Bonjour", None, [ADDRESS])
        raise RuntimeError("the registration failed half-way")
    with transaction.atomic():
        send_mail("Inscription reçue", "Bonjour", None, [ADDRESS])

    assert mail.outbox == []  # nothing is sent in the request: the worker does it
    assert DBTaskResult.objects.count() == 1  # the rolled-back one never existed
    run_worker()
    assert [m.subject for m in mail.outbox] == ["Inscription reçue"]
    run_worker()
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_when_the_worker_is_down_jobs_wait_and_run_when_it_returns(database_queue):
    send_mail("Rappel", "Demain 10 h", None, [ADDRESS])
    send_mail("Rappel", "Demain 14 h", None, ["Jose.Garcia@example.org"])
    assert mail.outbox == []
    assert DBTaskResult.objects.filter(status="READY").count() == 2

    run_worker()  # the worker comes back
    assert sorted(m.body for m in mail.outbox) == ["Demain 10 h", "Demain 14 h"]
    assert not DBTaskResult.objects.filter(status="READY").exists()


@pytest.mark.django_db
def test_a_refused_message_is_tried_again_later_and_the_log_names_no_one(database_queue, caplog):
    database_queue.EMAIL_DELIVERY_BACKEND = "jobs.tests.test_email_jobs.RefusingBackend"
    send_mail("Rappel", "Demain", None, [ADDRESS])
    before = timezone.now()
    with caplog.at_level(logging.WARNING, logger="jobs.tasks"):
        run_worker()

    assert mail.outbox == []
    assert DBTaskResult.objects.filter(status="FAILED").count() == 1
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.args_kwargs["kwargs"]["attempt"] == 2
    assert retry.run_after >= before + retry_delay(1) - datetime.timedelta(seconds=5)
    assert "trying again later" in caplog.text
    assert ADDRESS.lower() not in caplog.text.lower() and "Côté" not in caplog.text

    # The mail server is back and the delay has passed: sent once.
    database_queue.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_worker()
    assert [m.subject for m in mail.outbox] == ["Rappel"]
    assert EmailDelivery.objects.get().attempts == 2


@pytest.mark.django_db
def test_after_the_last_attempt_the_message_is_given_up_with_an_error(database_queue, caplog):
    database_queue.EMAIL_DELIVERY_BACKEND = "jobs.tests.test_email_jobs.RefusingBackend"
    from jobs.tasks import deliver_email

    deliver_email.enqueue(
        key="test:last", message=_message(), attempt=EMAIL_ATTEMPTS
    )
    with caplog.at_level(logging.ERROR, logger="jobs.tasks"):
        run_worker()
    assert not DBTaskResult.objects.filter(status="READY").exists()
    assert f"after {EMAIL_ATTEMPTS} attempt(s)" in caplog.text


def _message():
    from jobs.mail import serialise

    return serialise(EmailMultiAlternatives("Rappel", "Demain", to=[ADDRESS]))


@pytest.mark.django_db
def test_a_sign_up_taken_again_after_cancelling_gets_its_confirmation_again(through_tasks):
    # The cancelled row is reused (same pk): its new messages are not repeats of the old ones.
    from events import services
    from events.factories import EventPageFactory
    from events.notifications import send_due_messages
    from registration.factories import RegistrationFactory

    participant = RegistrationFactory(user__email=ADDRESS).user
    event = EventPageFactory()
    services.sign_up(event_id=event.pk, user=participant)
    with transaction.atomic():
        send_due_messages()
    services.cancel(event_id=event.pk, user=participant)
    mail.outbox.clear()

    services.sign_up(event_id=event.pk, user=participant)
    with transaction.atomic():
        send_due_messages()

    assert [message.to for message in mail.outbox] == [[ADDRESS]]


@pytest.mark.django_db
def test_a_refused_delivery_keeps_the_address_out_of_the_task_s_traceback(database_queue):
    def refuse(self, messages):
        raise ConnectionRefusedError(f"550 unknown recipient {messages[0].to[0]}")

    send_mail("Objet", "Corps", None, [ADDRESS])
    with mock.patch.object(LocmemBackend, "send_messages", refuse):
        run_worker()

    assert DBTaskResult.objects.exclude(traceback="").exists()

    stored = " ".join(result.traceback or "" for result in DBTaskResult.objects.all())
    assert ADDRESS not in stored
