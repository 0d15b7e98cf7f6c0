from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo_loader import load_demo
from home.links import sync_site_with_base_url

# Each app's pages are in <app>/demo/pages/; the order follows the page tree and the menus.
DEMO_APPS = [
    "home",
    "training",
    "sectors",
    "registration",
    "profiles",
    "events",
    "employers",
    "connections",
]
# Matching (#16): the demo speed interviews' matching run, after the employers attending them.
DEMO_APPS += ["matching"]
# Outcomes (#17): a generated two-year follow-up history, after the events it refers to.
DEMO_APPS += ["outcomes"]


class Command(BaseCommand):
    help = "Create the bilingual demo content (French source, English translation). Idempotent."

    def handle(self, *args, **options):
        with transaction.atomic():
            load_demo(DEMO_APPS)
            sync_site_with_base_url()
        self.stdout.write(self.style.SUCCESS("Demo content is ready in French and English."))
