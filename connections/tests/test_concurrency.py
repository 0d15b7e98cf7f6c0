"""Real threads against PostgreSQL (each with its own connection, as simultaneous requests):
a request sent ten times at once is one pending request; an accept racing a withdrawal gives
exactly one outcome. Deselected on SQLite (see conftest.py)."""

import threading

import pytest
from django.db import connection

from connections import services
from connections.choices import RequestStatus, Side
from connections.models import Connection, ConnectionRequest

pytestmark = [
    pytest.mark.postgresql,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def run_together(function, arguments):
    barrier = threading.Barrier(len(arguments))
    results, errors = [], []

    def worker(argument):
        try:
            barrier.wait()
            results.append(function(argument))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(argument,)) for argument in arguments]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


def test_ten_simultaneous_sends_make_one_pending_request(recruiter, member):
    organisation = recruiter.recruiter.organisation

    results, errors = run_together(
        lambda _n: (
            services.request_from_organisation(
                organisation=organisation,
                participant=member.user,
                message="Bonjour !",
                by=recruiter,
            ).pk
        ),
        range(10),
    )

    assert errors == []
    assert len(set(results)) == 1
    assert ConnectionRequest.objects.filter(status=RequestStatus.PENDING).count() == 1


def test_an_accept_racing_a_withdrawal_has_one_outcome(recruiter, member):
    request = services.request_from_organisation(
        organisation=recruiter.recruiter.organisation,
        participant=member.user,
        message="Bonjour !",
        by=recruiter,
    )
    actions = [
        lambda: services.accept(request, side=Side.PARTICIPANT),
        lambda: services.withdraw(request, side=Side.ORGANISATION),
    ]

    results, errors = run_together(lambda action: action(), actions)

    assert len(results) == 1 and len(errors) == 1
    assert isinstance(errors[0], services.ConnectionsError)
    request.refresh_from_db()
    assert request.status in (RequestStatus.ACCEPTED, RequestStatus.WITHDRAWN)
    assert Connection.objects.count() == (1 if request.status == RequestStatus.ACCEPTED else 0)
