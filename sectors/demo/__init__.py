"""The sectors app's demo: its pages are in ``pages/``.

Demo representative accounts are created only when ``DEMO_REPRESENTATIVES=1`` is set: a real
install never gets accounts nobody asked for.
"""

import os

from wagtail.models import Page

from sectors.models import SectorBriefingPage
from sectors.services import create_representative


def after_pages(pages: list[Page]) -> None:
    if os.environ.get("DEMO_REPRESENTATIVES") != "1":
        return
    for page in pages:
        if isinstance(page, SectorBriefingPage):
            user, password = create_representative(
                email=f"representant.{page.slug}@example.org", sector_page=page
            )
            if password:
                # Shown once, on the console of the person who asked for demo accounts.
                print(f"Demo representative for {page.title}: {user.email} / {password}")
