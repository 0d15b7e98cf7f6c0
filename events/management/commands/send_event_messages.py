"""Send the events' e-mails that are due: confirmations, promotions, reminders, changes.

Safe to run every few minutes and from two places at once (see events/notifications.py).
Schedule it with cron or a systemd timer, e.g. every five minutes:

    */5 * * * * cd /srv/passerelle && .venv/bin/python manage.py send_event_messages --quiet
"""

from django.core.management.base import BaseCommand

from events.notifications import send_due_messages


class Command(BaseCommand):
    help = "Send the event e-mails that are due (idempotent; run it every few minutes)."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="Print nothing.")

    def handle(self, *args, quiet=False, **options):
        sent = send_due_messages()
        if not quiet:
            total = sum(sent.values())
            details = ", ".join(f"{kind}: {count}" for kind, count in sorted(sent.items()))
            self.stdout.write(f"{total} message(s) sent" + (f" ({details})" if details else ""))
