from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

# Each app's demo module has `load(home)`; the order follows the page tree.
APP_DEMOS = ["training.demo", "sectors.demo", "registration.demo"]


class Command(BaseCommand):
    help = "Create the bilingual demo content (French source, English translation). Idempotent."

    def handle(self, *args, **options):
        from home import demo

        with transaction.atomic():
            home = demo.load_home()
            demo.load_content_pages(home)
            for module_name in APP_DEMOS:
                import_module(module_name).load(home=home)
            demo.load_site_identity(home)
        self.stdout.write(self.style.SUCCESS("Demo content is ready in French and English."))
