"""The sector pages visitors read: the sections the program promises, and the sector list.

Upcoming activities are event pages (events app): events/tests/test_pages.py checks how a
briefing lists them."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase

from home.factories import publish
from home.models import HomePage
from sectors.factories import SectorBriefingPageFactory
from sectors.models import SectorBriefingPage, SectorIndexPage
from sectors.selectors import live_sectors
from sectors.tests.helpers import briefing_form_data


class SectorPageRulesTests(WagtailPageTestCase):
    def test_sector_pages_live_only_in_the_sectors_branch(self):
        self.assertAllowedParentPageTypes(SectorIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(SectorIndexPage, {SectorBriefingPage})
        self.assertAllowedParentPageTypes(SectorBriefingPage, {SectorIndexPage})
        self.assertAllowedSubpageTypes(SectorBriefingPage, set())

    def test_staff_create_a_sector_briefing_from_the_admin(self):
        home = HomePage.objects.get(depth=2)
        index = home.add_child(instance=SectorIndexPage(title="Secteurs", slug="secteurs"))
        self.login()
        self.assertCanCreate(
            index,
            SectorBriefingPage,
            briefing_form_data(
                SectorBriefingPage(
                    title="Commerce de détail",
                    slug="commerce",
                    contact_name="Julie Roy",
                    contact_role="Représentante",
                    contact_email="julie@example.org",
                )
            ),
        )


pytestmark = pytest.mark.django_db


def test_briefing_shows_every_section(client, sector_index):
    page = publish(
        SectorBriefingPageFactory(
            parent=sector_index,
            title="Génie",
            slug="genie",
            prospects="<p>Des besoins en génie civil.</p>",
            in_demand_occupations="<ul><li>Ingénieure civile</li></ul>",
            hr_advice="<p>Précisez où en est votre démarche auprès de l'Ordre.</p>",
            regulated_professions=[
                (
                    "profession",
                    {
                        "profession": "Ingénieur",
                        "regulator": "Ordre des ingénieurs du Québec",
                        "url": "https://www.oiq.qc.ca/",
                    },
                )
            ],
            last_reviewed=datetime.date(2026, 9, 1),
        )
    )

    content = client.get(page.url).content.decode()

    for heading in (
        "Le secteur en bref",
        "Réalités et enjeux du marché du travail",
        "Perspectives et occasions",
        "Professions en demande",
        "Professions réglementées et ordres professionnels",
        "Conseils RH aux candidats",
        "Activités interactives à venir",
        "Votre représentant sectoriel",
    ):
        assert f">{heading}</h2>" in content, heading
    assert '<a href="https://www.oiq.qc.ca/">Ordre des ingénieurs du Québec</a>' in content
    assert (
        'Dernière révision\u00a0: <time datetime="2026-09-01">1er septembre 2026</time>' in content
    )
    assert content.count("<h1") == 1


def test_briefing_without_activities_says_so(client, it_sector):
    content = client.get(it_sector.url).content.decode()

    assert "Aucune activité n'est prévue pour ce secteur" in content


def test_sector_index_lists_live_sectors_in_a_fixed_number_of_queries(
    client, sector_index, it_sector, health_sector
):
    draft = SectorBriefingPageFactory(parent=sector_index, title="Brouillon", live=False)

    with CaptureQueriesContext(connection) as few:
        client.get(sector_index.url)
    for n in range(3):
        publish(SectorBriefingPageFactory(parent=sector_index, title=f"Secteur ajouté {n}"))
    with CaptureQueriesContext(connection) as more:
        content = client.get(sector_index.url).content.decode()

    assert len(more) == len(few)
    assert content.index("Santé et services sociaux") < content.index("Technologies de l")
    assert draft.title not in content


def test_live_sectors_lists_published_sectors_of_one_language(it_sector, health_sector, locale_en):
    SectorBriefingPageFactory(parent=it_sector.get_parent(), title="Brouillon", live=False)

    assert [p.title for p in live_sectors(locale=it_sector.locale)] == [
        "Santé et services sociaux",
        "Technologies de l'information",
    ]
    assert not live_sectors(locale=locale_en).exists()
