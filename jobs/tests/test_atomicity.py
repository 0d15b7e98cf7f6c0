"""An instance that dies in the middle of a registration (#19) leaves nothing half-written:
the account, its registration and its e-mails are one transaction, committed or not at all."""

from unittest import mock

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django_tasks_db.models import DBTaskResult

from home.factories import publish
from registration.factories import RegistrationPageFactory
from registration.models import Registration, RegistrationStatusChange, User
from registration.tests.conftest import answers

pytestmark = pytest.mark.django_db


def e_mail_tasks():
    return DBTaskResult.objects.filter(task_path="jobs.tasks.deliver_email")


@pytest.fixture
def registration_page(home_fr, settings):
    settings.EMAIL_BACKEND = "jobs.mail.TaskEmailBackend"
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    return publish(RegistrationPageFactory(parent=home_fr))


def test_a_registration_cut_short_after_the_account_leaves_no_account_and_no_e_mail(
    client, registration_page, django_capture_on_commit_callbacks
):
    # The process "dies" after the account, the address and the registration rows are written,
    # before the commit: the database rolls back, as PostgreSQL does when a connection drops.
    with (
        mock.patch.object(
            RegistrationStatusChange.objects, "create", side_effect=SystemExit("killed")
        ),
        pytest.raises(SystemExit),
        django_capture_on_commit_callbacks(execute=True),
    ):
        client.post(registration_page.url, answers())

    assert not User.objects.filter(email="amina.diallo@example.org").exists()
    assert not Registration.objects.exists() and not EmailAddress.objects.exists()
    assert not e_mail_tasks().exists() and mail.outbox == []

    # Sent again (the visitor presses the button again on another instance): all of it, once.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(registration_page.url, answers())
    assert response.status_code == 302
    assert Registration.objects.filter(user__email="amina.diallo@example.org").count() == 1
    assert e_mail_tasks().count() >= 1  # the confirmation e-mail waits for the worker
