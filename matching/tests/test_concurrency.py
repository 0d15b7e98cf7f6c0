"""Two advisors editing the same schedule at the same moment, with real threads against
PostgreSQL (each its own connection and transaction). Deselected on SQLite (matching/conftest.py).
"""

import threading

import pytest
from django.core import mail
from django.db import connection

from matching import agendas, services
from matching.models import EventMatching, Interview

pytestmark = [
    pytest.mark.postgresql,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def run_together(function, arguments):
    barrier = threading.Barrier(len(arguments))
    errors = []

    def worker(argument):
        try:
            barrier.wait()
            function(argument)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(argument,)) for argument in arguments]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_two_advisors_filling_the_same_free_place_cannot_create_a_conflict(fair, advisor):
    services.run_matching(event=fair["event"], user=advisor)
    event = fair["event"]
    version = EventMatching.objects.get(event=event).version
    # Free one participant entirely, then both advisors put them in the same slot, at two
    # different organisations, from the same grid.
    person = fair["people"][0]
    Interview.objects.filter(event=event, participant=person).delete()
    Interview.objects.filter(event=event, slot=0).delete()
    places = [(fair["ponts"], 1), (fair["boulangerie"], 1)]

    def add(place):
        organisation, table = place
        services.add_interview(
            event=event,
            participant=person,
            organisation=organisation,
            table=table,
            slot=0,
            version=version,
        )

    errors = run_together(add, places)

    assert len(errors) == 1 and isinstance(errors[0], services.ScheduleError)
    assert Interview.objects.filter(event=event, participant=person, slot=0).count() == 1


def test_publishing_twice_at_once_sends_each_agenda_once(fair, advisor):
    services.run_matching(event=fair["event"], user=advisor)
    errors = run_together(lambda _n: agendas.publish(event=fair["event"]), [1, 2])
    assert errors == []
    assert len(mail.outbox) == 5
