"""Periodic jobs: the scheduling commands, run on the worker at their time.

An app registers its jobs from its ``wagtail_hooks.py`` (the hook returns a ``PeriodicJob``)::

    @hooks.register("periodic_jobs")
    def event_messages():
        return PeriodicJob("send_event_messages", every=datetime.timedelta(minutes=1),
                           arguments=("--quiet",))

``manage.py run_periodic_jobs`` (one or more, anywhere) enqueues each job once per time slot;
the worker (``manage.py db_worker``) runs it.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from wagtail import hooks

HOOK = "periodic_jobs"


@dataclass(frozen=True)
class PeriodicJob:
    command: str
    # Either every so often (slots aligned on the epoch), or daily at a local time.
    every: datetime.timedelta | None = None
    daily_at: datetime.time | None = None
    arguments: tuple[str, ...] = field(default_factory=tuple)

    @property
    def name(self) -> str:
        return self.command

    def slot(self, now: datetime.datetime) -> datetime.datetime | None:
        """The start of the slot ``now`` falls in, or None when a daily job is not yet due."""
        if self.every is not None:
            seconds = int(self.every.total_seconds())
            return datetime.datetime.fromtimestamp(
                int(now.timestamp()) // seconds * seconds, tz=datetime.UTC
            )
        local = timezone.localtime(now)
        due = local.replace(
            hour=self.daily_at.hour, minute=self.daily_at.minute, second=0, microsecond=0
        )
        # Today's run once its time has come; before that, yesterday's (if it was missed).
        return due if local >= due else due - datetime.timedelta(days=1)


def registered_jobs() -> dict[str, PeriodicJob]:
    jobs = {}
    for hook in hooks.get_hooks(HOOK):
        job = hook()
        if job is not None:
            jobs[job.name] = job
    return jobs


def enqueue_due_jobs(now: datetime.datetime | None = None) -> list[str]:
    """Enqueue every job whose current slot has not been enqueued yet (by anyone)."""
    from django.db import IntegrityError, transaction

    from .models import PeriodicJobRun
    from .tasks import run_periodic_job

    now = now or timezone.now()
    enqueued = []
    for name, job in sorted(registered_jobs().items()):
        slot = job.slot(now)
        if slot is None:
            continue
        try:
            with transaction.atomic():
                PeriodicJobRun.objects.create(name=name, slot=slot)
                run_periodic_job.enqueue(name=name)
        except IntegrityError:
            continue  # this slot is already enqueued (another scheduler, or an earlier loop)
        enqueued.append(name)
    return enqueued
