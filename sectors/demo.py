"""Demo content of this app, loaded by `manage.py load_demo_content`.

Demo representative accounts are created only when ``DEMO_REPRESENTATIVES=1`` is set: a real
install never gets accounts nobody asked for.
"""

import datetime
import os

from django.utils import timezone

from home.demo import add_bilingual_page, pick
from home.models import HomePage

from .demo_sectors import SECTORS
from .models import SectorBriefingPage, SectorIndexPage
from .services import create_representative


def build_index(lang: str) -> SectorIndexPage:
    return SectorIndexPage(
        title=pick(lang, "Secteurs", "Sectors"),
        slug=pick(lang, "secteurs", "sectors"),
        show_in_menus=True,
        intro=pick(
            lang,
            "<p>Des représentants sectoriels et des professionnels en ressources humaines "
            "présentent les réalités, les enjeux, les perspectives et les occasions de leur "
            "secteur. Chaque fiche est rédigée par le secteur et approuvée par l'équipe de la "
            "Chambre.</p>",
            "<p>Sector representatives and HR professionals present the realities, challenges, "
            "prospects and openings of their sector. Each briefing is written by the sector and "
            "approved by the Chamber's team.</p>",
        ),
    )


def _briefing_builder(sector: dict, today: datetime.date):
    def build(lang: str) -> SectorBriefingPage:
        i = 0 if lang == "fr" else 1
        return SectorBriefingPage(
            title=sector["title"][i],
            slug=sector["slug"][i],
            intro=sector["intro"][i],
            realities=sector["realities"][i],
            prospects=sector["prospects"][i],
            in_demand_occupations=sector["occupations"][i],
            regulated_professions=[
                ("profession", {"profession": name[i], "regulator": regulator[i], "url": url})
                for name, regulator, url in sector["regulated"]
            ],
            hr_advice=sector["hr_advice"][i],
            activities=[
                (
                    "activity",
                    {
                        "title": title[i],
                        "date": today + datetime.timedelta(days=days_ahead),
                        "format": format_,
                        "how_to_join": how_to_join[i],
                    },
                )
                for title, days_ahead, format_, how_to_join in sector["activities"]
            ],
            contact_name=sector["contact"][0],
            contact_role=sector["contact"][1][i],
            contact_email=sector["email"],
            last_reviewed=today,
        )

    return build


def load(*, home: HomePage) -> None:
    """Add the sector index and four bilingual sector briefings (idempotent)."""
    index = add_bilingual_page(home, build_index)
    today = timezone.localdate()
    for sector in SECTORS:
        page = add_bilingual_page(index, _briefing_builder(sector, today))
        if os.environ.get("DEMO_REPRESENTATIVES") == "1":
            user, password = create_representative(
                email=f"representant.{sector['slug'][0]}@example.org", sector_page=page
            )
            if password:
                # Shown once, on the console of the person who asked for demo accounts.
                print(f"Demo representative for {page.title}: {user.email} / {password}")
