import contextlib
import threading

import pytest
from django.db import connection
from django.test import Client

from home.factories import publish
from registration.factories import RegistrationPageFactory
from registration.models import Registration, User

from .conftest import answers


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twenty_simultaneous_submissions_of_one_email_give_one_account(home_fr):
    page = publish(RegistrationPageFactory(parent=home_fr))
    start = threading.Barrier(20)
    # The test database on SQLite is in memory with a shared cache, where a second writer fails
    # at once ("table is locked") instead of waiting: there, requests take turns. PostgreSQL, the
    # production database, gets the 20 requests truly at the same time.
    turns = threading.Lock() if connection.vendor == "sqlite" else contextlib.nullcontext()
    statuses, errors = [], []

    def submit(number: int) -> None:
        try:
            client = Client(REMOTE_ADDR=f"10.0.0.{number}")
            data = answers(
                email="Meme.Courriel@example.org" if number % 2 else "meme.courriel@example.org"
            )
            start.wait()
            with turns:
                statuses.append(client.post(page.url, data).status_code)
        except Exception as error:  # noqa: BLE001 - reported below, with the status codes
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    # Every visitor sees the same thank-you page, whoever won (issue #10: no error, no hint).
    assert statuses == [302] * 20
    assert User.objects.filter(email__iexact="meme.courriel@example.org").count() == 1
    assert Registration.objects.count() == 1
