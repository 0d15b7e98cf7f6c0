"""The worker's tasks (django-tasks, database backend; see README "Production").

Why django-tasks with its database backend rather than Celery or RQ: Django's own task
interface (django.tasks from Django 6), no broker to run or back up, tasks enqueued in the same
transaction as the data they speak of, and the same code on PostgreSQL and SQLite (development).
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import get_connection
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .mail import deserialise
from .models import EmailDelivery

logger = logging.getLogger(__name__)

# A refused message is tried again this many times, waiting longer each time.
EMAIL_ATTEMPTS = 5


def retry_delay(attempt: int) -> datetime.timedelta:
    """1, 4, 16, 64 minutes: a mail server down for an hour loses nothing."""
    return datetime.timedelta(minutes=4 ** (attempt - 1))


class DeliveryFailed(Exception):
    """The mail server refused a message (a retry is enqueued while attempts remain)."""


@task()
def deliver_email(*, key: str, message: dict, attempt: int = 1) -> str:
    """Send one message with the real backend, once per key; on failure, try again later."""
    with transaction.atomic():
        # The row lock makes a second worker holding the same key wait, then see it sent.
        delivery, _created = EmailDelivery.objects.select_for_update().get_or_create(key=key)
        if delivery.sent_at is not None:
            return "already sent"
        try:
            email = deserialise(message)
            email.connection = get_connection(settings.EMAIL_DELIVERY_BACKEND)
            email.send()
        except Exception as error:  # noqa: BLE001 - any refusal, whatever the backend
            failure = error
        else:
            EmailDelivery.objects.filter(pk=delivery.pk).update(
                sent_at=timezone.now(), attempts=attempt
            )
            return "sent"
        EmailDelivery.objects.filter(pk=delivery.pk).update(attempts=attempt)
    # Never the address in the log: the key and the kind of error only.
    retry = deliver_email.using(run_after=timezone.now() + retry_delay(attempt))
    if attempt < EMAIL_ATTEMPTS and retry.get_backend().supports_defer:
        retry.enqueue(key=key, message=message, attempt=attempt + 1)
        logger.warning(
            "E-mail %s not sent (%s), attempt %d of %d: trying again later",
            key, type(failure).__name__, attempt, EMAIL_ATTEMPTS,
        )
    else:
        logger.error(
            "E-mail %s not sent (%s) after %d attempt(s)", key, type(failure).__name__, attempt
        )
    # The task is recorded as failed (its retry, if any, is a task of its own).
    # Not "from failure": an SMTP error holds the recipient's address, and the traceback is logged
    # and kept with the task.
    raise DeliveryFailed(type(failure).__name__) from None


@task()
def run_periodic_job(*, name: str) -> str:
    """Run one registered periodic job (``jobs.periodic``): its management command."""
    from .periodic import registered_jobs

    job = registered_jobs().get(name)
    if job is None:
        raise LookupError(f"No periodic job named {name!r}")
    call_command(job.command, *job.arguments)
    return "done"
