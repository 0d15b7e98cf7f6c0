"""The scheduling commands run as periodic jobs: each time slot once, however many schedulers."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from events import services
from events.factories import EventPageFactory
from jobs.models import PeriodicJobRun
from jobs.periodic import PeriodicJob, enqueue_due_jobs, registered_jobs

pytestmark = pytest.mark.django_db


@pytest.fixture
def participant(db):
    from registration.choices import PipelineStatus
    from registration.factories import RegistrationFactory

    return RegistrationFactory(complete=True, status=PipelineStatus.IN_PATH).user


def test_event_messages_and_retention_are_periodic_jobs():
    jobs = registered_jobs()
    assert jobs["send_event_messages"].every == datetime.timedelta(minutes=1)
    assert jobs["apply_retention"].daily_at == datetime.time(3, 15)


def test_a_due_confirmation_goes_out_once_however_many_schedulers_check(participant):
    event = EventPageFactory(full=True)
    services.sign_up(event_id=event.pk, user=participant)
    now = timezone.now().replace(second=5, microsecond=0)

    first = enqueue_due_jobs(now)  # tasks run at once in tests (immediate backend)
    second = enqueue_due_jobs(now + datetime.timedelta(seconds=20))  # same minute

    assert "send_event_messages" in first and "send_event_messages" not in second
    assert [m.to for m in mail.outbox] == [[participant.email]]
    assert PeriodicJobRun.objects.filter(name="send_event_messages").count() == 1


def test_the_command_checks_once_and_says_what_it_enqueued():
    out = io.StringIO()
    call_command("run_periodic_jobs", "--once", stdout=out)
    assert "Periodic jobs: apply_retention" in out.getvalue()
    assert "Enqueued send_event_messages" in out.getvalue()


def test_a_daily_job_runs_once_its_time_has_come_and_catches_up_a_missed_day():
    job = PeriodicJob("apply_retention", daily_at=datetime.time(3, 15))
    tz = timezone.get_current_timezone()
    before = datetime.datetime(2026, 3, 10, 2, 0, tzinfo=tz)
    after = datetime.datetime(2026, 3, 10, 3, 20, tzinfo=tz)
    assert job.slot(before) == datetime.datetime(2026, 3, 9, 3, 15, tzinfo=tz)
    assert job.slot(after) == datetime.datetime(2026, 3, 10, 3, 15, tzinfo=tz)
