"""Real threads against PostgreSQL: each thread has its own connection and transaction, as
simultaneous requests would. Deselected on SQLite (see events/conftest.py)."""

import threading

import pytest
from django.db import connection

from events import services
from events.choices import SignUpStatus
from events.conftest import registered
from events.factories import EventPageFactory, SignUpFactory
from events.models import SignUp

pytestmark = [
    pytest.mark.postgresql,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def run_together(function, arguments):
    """Call `function(argument)` in one thread per argument, all released at the same moment."""
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


def test_fifty_people_for_the_last_ten_seats_give_ten_confirmed_and_forty_waiting():
    event = EventPageFactory(capacity=30)
    for user in registered(20):
        SignUpFactory(event=event, user=user)
    crowd = registered(50)

    errors = run_together(lambda user: services.sign_up(event_id=event.pk, user=user), crowd)

    assert errors == []
    newcomers = SignUp.objects.filter(user__in=crowd)
    assert newcomers.filter(status=SignUpStatus.CONFIRMED).count() == 10
    assert newcomers.filter(status=SignUpStatus.WAITING).count() == 40
    assert event.signups.confirmed().count() == 30
    # In order of arrival: every confirmed newcomer arrived before every waiting one.
    last_confirmed = max(newcomers.confirmed().values_list("queued_at", flat=True))
    first_waiting = min(newcomers.waiting().values_list("queued_at", flat=True))
    assert last_confirmed < first_waiting


def test_twenty_simultaneous_cancellations_promote_twenty_people_in_order():
    event = EventPageFactory(capacity=20)
    confirmed = registered(20)
    waiting = registered(25)
    for user in confirmed:
        services.sign_up(event_id=event.pk, user=user)
    for user in waiting:
        services.sign_up(event_id=event.pk, user=user)

    errors = run_together(lambda user: services.cancel(event_id=event.pk, user=user), confirmed)

    assert errors == []
    promoted = SignUp.objects.filter(user__in=waiting, status=SignUpStatus.CONFIRMED)
    assert promoted.count() == 20
    assert set(promoted.values_list("user", flat=True)) == {user.pk for user in waiting[:20]}
    assert event.signups.confirmed().count() == 20
    assert event.signups.waiting().count() == 5


def test_a_double_click_never_makes_two_sign_ups():
    event = EventPageFactory(capacity=5)
    (user,) = registered(1)

    errors = run_together(lambda _: services.sign_up(event_id=event.pk, user=user), range(8))

    assert SignUp.objects.filter(user=user).count() == 1
    assert len(errors) == 7
    assert {error.code for error in errors} == {"already"}
