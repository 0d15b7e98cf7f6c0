from django.core.management.base import BaseCommand

from connections.services import expire_due


class Command(BaseCommand):
    help = (
        "Mark pending connection requests past their date as expired. Idempotent: safe to run "
        "every few minutes, from several machines."
    )

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true")

    def handle(self, *args, quiet=False, **options):
        count = expire_due()
        if not quiet:
            self.stdout.write(f"{count} request(s) expired.")
