"""A staff member lost their phone and their recovery codes: remove their second factor.

They must then enrol a new one at their next sign-in before the admin opens again. Whoever runs
this checks the person's identity first (by phone, in person), as for a password reset.
"""

import logging

from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Remove a staff account's second factor (lost device); they enrol again at sign-in."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        user = get_user_model().objects.filter(email__iexact=email).first()
        if user is None:
            raise CommandError("No account has this e-mail address.")
        deleted, _ = Authenticator.objects.filter(user=user).delete()
        # The account number, never the address: logs hold no personal data.
        logger.warning(
            "Second factor removed for account #%s (%s authenticators).", user.pk, deleted
        )
        self.stdout.write(f"Removed {deleted} authenticator(s); they enrol again at next sign-in.")
