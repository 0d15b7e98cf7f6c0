"""Create the follow-up checkpoints that are due and send their e-mails, reminders and the
employers' questionnaires. Safe to run every few minutes and from two places at once (see
outcomes/services.py), e.g. with cron:

    */5 * * * * cd /srv/passerelle && .venv/bin/python manage.py send_followups --quiet
"""

from django.core.management.base import BaseCommand

from outcomes.services import send_followups


class Command(BaseCommand):
    help = "Send the follow-up e-mails that are due (idempotent; run it every few minutes)."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="Print nothing.")

    def handle(self, *args, quiet=False, **options):
        sent = send_followups()
        if not quiet:
            total = sum(sent.values())
            details = ", ".join(f"{kind}: {count}" for kind, count in sorted(sent.items()))
            self.stdout.write(f"{total} message(s) sent" + (f" ({details})" if details else ""))
