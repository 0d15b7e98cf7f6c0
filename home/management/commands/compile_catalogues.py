from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Compile the gettext catalogues (project and apps) with polib, so that setting up the "
        "site needs no system gettext tools (unlike `compilemessages`)."
    )

    def handle(self, *args, **options):
        compiled = 0
        # The project catalogue, then one per app (each app keeps its own strings).
        locale_paths = [*settings.LOCALE_PATHS, *Path(settings.BASE_DIR).glob("*/locale")]
        for locale_path in locale_paths:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                compiled += 1
        self.stdout.write(f"{compiled} catalogue(s) compiled.")
