"""Daily: anonymise registrations inactive past the retention period (Settings › Intake settings)."""

from django.core.management.base import BaseCommand

from registration.retention import apply_retention


class Command(BaseCommand):
    help = (
        "Anonymise registrations with no activity for longer than the retention period set in "
        "Settings › Intake settings. Safe to run every day; --dry-run only counts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be anonymised; change nothing."
        )

    def handle(self, *args, dry_run, **options):
        result = apply_retention(dry_run=dry_run)
        if dry_run:
            self.stdout.write(f"{result.inactive} registration(s) would be anonymised (dry run).")
        else:
            self.stdout.write(f"{result.anonymised} registration(s) anonymised.")
