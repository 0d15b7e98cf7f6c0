"""Facts of an event (places, address, time) follow the French page as soon as it is published;
the English prose stays as translated (issue #9 item 5, on the pages that now hold sessions)."""

import pytest

from events.choices import Attendance
from events.factories import EventPageFactory, event_index
from home.factories import publish
from home.translation import translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def event_pages(home_en):
    translate_page(event_index(), title="Events", slug="events", intro="<p>Events.</p>")
    page = publish(
        EventPageFactory(
            title="Séance d'accueil à la Chambre",
            slug="seance-accueil-chambre",
            summary="Rencontrez l'équipe Talents et diversité.",
            attendance=Attendance.IN_PERSON,
            meeting_link="",
            address="380, rue Saint-Antoine Ouest, Montréal",
            capacity=10,
        )
    )
    page_en = translate_page(
        page,
        title="Welcome session at the Board of Trade",
        slug="welcome-session-board-of-trade",
        summary="Meet the Talent and Diversity team.",
    )
    return page, page_en


def test_new_places_and_address_reach_the_english_page_once_the_french_is_published(
    client, event_pages
):
    page, page_en = event_pages
    page.capacity = 25
    page.address = "1155, boulevard Robert-Bourassa, Montréal"
    page.summary = "Texte français pas encore traduit."

    publish(page)

    html = client.get(page_en.url).content.decode()
    assert "25 places left" in html
    assert "1155, boulevard Robert-Bourassa" in html
    assert "Meet the Talent and Diversity team." in html
    assert "pas encore traduit" not in html
