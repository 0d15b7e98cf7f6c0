"""Enqueue the periodic jobs when they are due; the worker runs them.

Run one beside the worker (``make run`` does; compose runs it in the worker's container). Two
at once enqueue each slot once (a unique row per job and slot).
"""

import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from jobs.periodic import enqueue_due_jobs, registered_jobs


class Command(BaseCommand):
    help = "Enqueue periodic jobs (event e-mails, retention...) when due. Loops unless --once."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Check once, then exit.")
        parser.add_argument(
            "--interval", type=float, default=15.0, help="Seconds between checks (15)."
        )

    def handle(self, *args, once=False, interval=15.0, **options):
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        names = ", ".join(sorted(registered_jobs())) or "none"
        self.stdout.write(f"Periodic jobs: {names}")
        while True:
            for name in enqueue_due_jobs():
                self.stdout.write(f"Enqueued {name}")
            if once:
                break
            time.sleep(interval)
            close_old_connections()  # a database restart meanwhile: reconnect

    def stop(self, signum, frame):
        raise SystemExit(0)  # nothing half-done: each enqueue is its own transaction
