import datetime

import pytest
from django.utils import timezone, translation

from events import services
from events.choices import SignUpStatus, WhoMaySignUp
from events.conftest import registered
from events.factories import EventInvitationFactory, EventPageFactory, SignUpFactory, in_days
from events.models import SignUp
from registration.factories import UserFactory

pytestmark = pytest.mark.django_db


def refused(code, **kwargs):
    with pytest.raises(services.SignUpError) as caught:
        services.sign_up(**kwargs)
    assert caught.value.code == code
    return caught.value


def test_a_free_seat_confirms_and_a_full_event_puts_people_on_the_waiting_list(participant):
    event = EventPageFactory(full=True, capacity=2)
    first, second, third = registered(3)
    assert services.sign_up(event_id=event.pk, user=first).status == SignUpStatus.CONFIRMED
    assert services.sign_up(event_id=event.pk, user=second).status == SignUpStatus.CONFIRMED
    assert services.sign_up(event_id=event.pk, user=third).status == SignUpStatus.WAITING
    assert services.sign_up(event_id=event.pk, user=participant).status == SignUpStatus.WAITING


def test_cancelling_gives_the_seat_to_the_first_person_waiting():
    event = EventPageFactory(capacity=1)
    confirmed, first_waiting, second_waiting = registered(3)
    services.sign_up(event_id=event.pk, user=confirmed)
    services.sign_up(event_id=event.pk, user=first_waiting)
    services.sign_up(event_id=event.pk, user=second_waiting)

    outcome = services.cancel(event_id=event.pk, user=confirmed)

    assert outcome.promoted.user == first_waiting
    statuses = dict(SignUp.objects.values_list("user__email", "status"))
    assert statuses == {
        confirmed.email: SignUpStatus.CANCELLED,
        first_waiting.email: SignUpStatus.CONFIRMED,
        second_waiting.email: SignUpStatus.WAITING,
    }
    assert SignUp.objects.get(user=first_waiting).promoted_at is not None


def test_leaving_the_waiting_list_promotes_nobody():
    event = EventPageFactory(capacity=1)
    confirmed, waiting = registered(2)
    services.sign_up(event_id=event.pk, user=confirmed)
    services.sign_up(event_id=event.pk, user=waiting)
    assert services.cancel(event_id=event.pk, user=waiting).promoted is None
    assert SignUp.objects.get(user=confirmed).status == SignUpStatus.CONFIRMED


def test_signing_up_again_after_cancelling_reuses_the_row_at_the_end_of_the_queue():
    event = EventPageFactory(capacity=1)
    first, second = registered(2)
    services.sign_up(event_id=event.pk, user=first)
    services.sign_up(event_id=event.pk, user=second)
    services.cancel(event_id=event.pk, user=first)
    again = services.sign_up(event_id=event.pk, user=first)
    assert again.status == SignUpStatus.WAITING
    assert SignUp.objects.filter(user=first).count() == 1


def test_signing_up_twice_changes_nothing(participant):
    event = EventPageFactory()
    services.sign_up(event_id=event.pk, user=participant)
    refused("already", event_id=event.pk, user=participant)
    assert SignUp.objects.count() == 1


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"signup_closes": timezone.now() - datetime.timedelta(hours=1)}, "closed"),
        ({"signup_opens": timezone.now() + datetime.timedelta(days=1)}, "not_open"),
        ({"start": in_days(-2), "end": in_days(-2) + datetime.timedelta(hours=2)}, "past"),
        ({"is_cancelled": True}, "cancelled"),
    ],
)
def test_timing_rules_refuse_with_a_reason(participant, fields, code):
    event = EventPageFactory(**fields)
    refused(code, event_id=event.pk, user=participant)
    assert not SignUp.objects.exists()


def test_a_tampered_event_id_is_refused_in_the_visitors_language(participant):
    event = EventPageFactory()
    for tampered in (event.pk + 1000, "1; DROP TABLE", None, event.get_parent().pk):
        with translation.override("en"):
            error = refused("not_found", event_id=tampered, user=participant)
            assert str(error.message).startswith("This event does not exist")
    with translation.override("fr"):
        assert str(error.message).startswith("Cet événement n'existe pas")
    assert not SignUp.objects.exists()


def test_readiness_and_invitations_are_respected(participant, ready_participant):
    ready_only = EventPageFactory(who_may_sign_up=WhoMaySignUp.READY)
    refused("not_ready", event_id=ready_only.pk, user=participant)
    assert services.sign_up(event_id=ready_only.pk, user=ready_participant)

    invitation_only = EventPageFactory(who_may_sign_up=WhoMaySignUp.INVITATION)
    refused("not_invited", event_id=invitation_only.pk, user=participant)
    EventInvitationFactory(event=invitation_only, user=participant)
    assert services.sign_up(event_id=invitation_only.pk, user=participant)


def test_an_account_without_registration_may_not_sign_up():
    refused("not_registered", event_id=EventPageFactory().pk, user=UserFactory())


def test_a_confirmed_place_cannot_be_cancelled_after_the_cut_off(participant):
    event = EventPageFactory(start=timezone.now() + datetime.timedelta(hours=5))
    services.sign_up(event_id=event.pk, user=participant)
    with pytest.raises(services.SignUpError) as caught:
        services.cancel(event_id=event.pk, user=participant)
    assert caught.value.code == "too_late"
    assert SignUp.objects.get().status == SignUpStatus.CONFIRMED


def test_the_database_refuses_a_second_row_for_the_same_person(participant):
    from django.db import IntegrityError, transaction

    event = EventPageFactory()
    SignUpFactory(event=event, user=participant)
    with pytest.raises(IntegrityError), transaction.atomic():
        SignUpFactory(event=event, user=participant)
