"""The scheduler (`send_followups`): checkpoints after the path, each e-mail once, two reminders
at most, nothing for people who answered, unsubscribed or left; employers' questionnaire."""

import datetime
import logging

import pytest
from dateutil.relativedelta import relativedelta
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from employers.models import EventParticipation
from events.choices import EventKind
from events.factories import EventPageFactory, in_days
from outcomes import services
from outcomes.choices import Answer
from outcomes.factories import completed_path
from outcomes.models import Checkpoint, EmployerFollowUp, FollowUpSettings

pytestmark = pytest.mark.django_db


def run(now=None):
    return services.send_followups(now=now)


def test_checkpoints_are_set_at_3_6_and_12_months_after_the_first_recruitment_event():
    registration = completed_path(days_ago=100)
    run()
    checkpoints = Checkpoint.objects.filter(participant=registration.user).order_by("months")
    event_day = timezone.localdate(in_days(-100, hour=13))
    assert [(c.months, c.due_on) for c in checkpoints] == [
        (months, event_day + relativedelta(months=months)) for months in (3, 6, 12)
    ]


def test_staff_choose_the_offsets():
    settings = FollowUpSettings.load()
    settings.offsets_months = "2, 9"
    settings.save()
    registration = completed_path(days_ago=10)
    run()
    assert list(
        Checkpoint.objects.filter(participant=registration.user).values_list("months", flat=True)
    ) == [2, 9]


def test_no_checkpoint_before_the_path_is_completed():
    from events.factories import SignUpFactory
    from registration.factories import RegistrationFactory

    registration = RegistrationFactory()
    event = EventPageFactory(
        kind=EventKind.RECRUITMENT_EVENT, recruitment_format="virtual_fair", start=in_days(-100)
    )
    SignUpFactory(event=event, user=registration.user, attended=False)
    run()
    assert not Checkpoint.objects.exists()


def test_a_due_checkpoint_is_emailed_once_in_the_participants_language():
    registration = completed_path(
        days_ago=100,
        preferred_language="en",
        user__email="Olena.Kovalenko@Example.org",
        user__first_name="Olena",
    )
    assert run()["checkpoint"] == 1
    assert run()["checkpoint"] == 0  # a second run sends nothing again
    call_command("send_followups", "--quiet")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["Olena.Kovalenko@Example.org"]
    assert "3 months" in message.subject
    assert "Hello Olena" in message.body
    assert "/en/follow-up/" in message.body
    assert "employed_in_field" in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith("<http")
    checkpoint = Checkpoint.objects.get(participant=registration.user, months=3)
    assert checkpoint.sent_at is not None


def test_french_participants_get_french_links():
    completed_path(days_ago=100, preferred_language="fr")
    run()
    body = mail.outbox[0].body
    assert "/fr/suivi/" in body
    assert "Employé·e dans mon domaine" in body or "dans mon domaine" in body


def test_two_reminders_at_most_then_the_person_is_left_alone():
    completed_path(days_ago=100)
    start = timezone.now()
    run(now=start)
    run(now=start + datetime.timedelta(days=3))  # too early
    assert len(mail.outbox) == 1
    run(now=start + datetime.timedelta(days=8))
    run(now=start + datetime.timedelta(days=8, hours=1))
    assert len(mail.outbox) == 2
    run(now=start + datetime.timedelta(days=16))
    run(now=start + datetime.timedelta(days=40))
    assert len(mail.outbox) == 3
    assert mail.outbox[1].subject.startswith(("Rappel", "Reminder"))


def test_an_answer_stops_the_reminders():
    registration = completed_path(days_ago=100)
    start = timezone.now()
    run(now=start)
    checkpoint = Checkpoint.objects.get(participant=registration.user, months=3)
    services.record_answer(checkpoint=checkpoint, answer=Answer.STILL_LOOKING)
    run(now=start + datetime.timedelta(days=8))
    assert len(mail.outbox) == 1


def test_unsubscribing_stops_every_followup_email():
    registration = completed_path(days_ago=100)
    start = timezone.now()
    run(now=start)
    services.unsubscribe(participant_id=registration.user_id)
    run(now=start + datetime.timedelta(days=8))
    run(now=start + datetime.timedelta(days=200))
    assert len(mail.outbox) == 1


def test_a_deleted_or_deactivated_account_gets_nothing():
    deleted = completed_path(days_ago=100)
    deactivated = completed_path(days_ago=100)
    deactivated.user.is_active = False
    deactivated.user.save()
    deleted.user.delete()
    run()
    assert mail.outbox == []


def test_an_old_checkpoint_is_not_emailed_out_of_the_blue():
    completed_path(days_ago=450)  # every checkpoint was due more than 60 days ago
    run()
    assert mail.outbox == []


def test_the_logs_name_nobody(caplog):
    completed_path(days_ago=100, user__email="Secret.Person@Example.org", user__last_name="Secret")
    with caplog.at_level(logging.DEBUG, logger="outcomes"):
        run()
    assert "Follow-up e-mails sent" in caplog.text
    assert "Secret" not in caplog.text and "secret" not in caplog.text


def _participation(days_ago: int, **organisation):
    from employers.factories import FullOrganisationFactory

    event = EventPageFactory(
        title=f"Salon virtuel « Santé » (il y a {days_ago} jours)",
        kind=EventKind.RECRUITMENT_EVENT,
        recruitment_format="virtual_fair",
        start=in_days(-days_ago),
    )
    return EventParticipation.objects.create(
        organisation=FullOrganisationFactory(**organisation), event=event
    )


def test_employers_get_one_bilingual_questionnaire_three_months_after_the_event():
    participation = _participation(95)
    _participation(30)  # too recent
    assert run()["employer"] == 1
    run()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [participation.organisation.contact_email]
    assert "/fr/employeurs/suivi/" in message.body
    assert "/en/employers/follow-up/" in message.body
    assert " / " in message.subject
    assert EmployerFollowUp.objects.get().sent_at is not None


def test_an_anonymised_registration_keeps_its_answer_for_the_counts_only():
    from outcomes.factories import AnsweredCheckpointFactory
    from registration.retention import anonymise_registration

    checkpoint = AnsweredCheckpointFactory(may_contact=True, employer_type="public")
    Checkpoint.objects.create(
        participant=checkpoint.participant, months=12, due_on=timezone.localdate()
    )
    anonymise_registration(registration=checkpoint.participant.registration)
    checkpoint.refresh_from_db()
    assert checkpoint.answer == Answer.EMPLOYED_IN_FIELD
    assert checkpoint.may_contact is None and checkpoint.employer_type == ""
    run()
    assert mail.outbox == []
