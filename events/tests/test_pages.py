"""Event pages and lists as visitors read them: state, privacy, JSON-LD, filters, query counts."""

import datetime
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events import services
from events.choices import Attendance, EventKind, SignUpStatus, WhoMaySignUp
from events.conftest import registered
from events.factories import (
    EventHostFactory,
    EventPageFactory,
    SignUpFactory,
    event_index,
    in_days,
)
from registration.factories import PASSWORD
from sectors.factories import SectorBriefingPageFactory, SectorIndexPageFactory
from tests.translations import text_of
from training.factories import WelcomeActivityPageFactory

pytestmark = pytest.mark.django_db

LINK = "https://meet.example.org/passerelle-secret-42"


def login(client, user):
    assert client.login(email=user.email, password=PASSWORD)


def test_visitors_never_see_the_meeting_link_nor_the_attendees(client, participant):
    event = EventPageFactory(full=True)
    SignUpFactory(event=event, user=participant)
    html = text_of(client.get(event.url))
    assert LINK not in html
    assert participant.first_name not in html
    assert participant.email.lower() not in html.lower()
    assert "Hélène Bérubé-N'Diaye" in html  # the hosts, with their bios
    assert "Ingénieure civile, vingt ans" in html


def test_the_page_says_where_the_participant_stands(client, participant):
    event = EventPageFactory(capacity=1)
    (first,) = registered(1)
    login(client, participant)
    html = text_of(client.get(event.url))
    assert "M'inscrire" in html and "1 place libre" in html

    services.sign_up(event_id=event.pk, user=first)
    html = text_of(client.get(event.url))
    assert "Cet événement est complet" in html
    response = client.post(f"/fr/evenements/{event.pk}/inscription/", follow=True)
    html = text_of(response)
    assert "Vous êtes sur la liste d'attente, en position 1." in html
    assert LINK not in html

    services.cancel(event_id=event.pk, user=first)
    html = text_of(client.get(event.url))
    assert "Vous êtes inscrite ou inscrit." in html
    assert LINK in html  # confirmed: the link is theirs


def test_signing_up_from_the_page_and_a_refusal_in_english(client, ready_participant, home_en):
    from home.translation import translate_page

    index = event_index()
    translate_page(index, title="Events", slug="events")
    event = EventPageFactory(parent=index, who_may_sign_up=WhoMaySignUp.READY, slug="genie")
    english = translate_page(event, title="Engineering meetup", slug="genie")
    (not_ready,) = registered(1)

    login(client, not_ready)
    response = client.post(f"/en/events/{english.pk}/sign-up/", follow=True)
    assert response.redirect_chain[-1][0] == english.url
    assert "This event is for participants ready for recruitment events." in text_of(response)

    login(client, ready_participant)
    response = client.post(f"/en/events/{english.pk}/sign-up/", follow=True)
    assert "You're in!" in text_of(response)
    # The seat is the French page's: one list for both languages.
    assert event.signups.get().user == ready_participant


def test_an_anonymous_visitor_is_sent_to_sign_in(client):
    event = EventPageFactory()
    response = client.post(f"/fr/evenements/{event.pk}/inscription/")
    assert response.status_code == 302 and "login" in response["Location"]
    assert not event.signups.exists()


def test_closed_past_and_cancelled_events_say_so(client, participant):
    login(client, participant)
    closed = EventPageFactory(signup_closes=timezone.now() - datetime.timedelta(minutes=5))
    assert "Les inscriptions à cet événement sont fermées" in text_of(client.get(closed.url))
    cancelled = EventPageFactory(is_cancelled=True)
    assert "Cet événement est annulé" in text_of(client.get(cancelled.url))


def test_json_ld_describes_the_event_without_private_data(client):
    online = EventPageFactory(full=True)
    in_person = EventPageFactory(
        attendance=Attendance.IN_PERSON,
        meeting_link="",
        venue="Chambre de commerce",
        address="380, rue Saint-Antoine Ouest, Montréal",
    )
    for event, mode in ((online, "Online"), (in_person, "Offline")):
        html = client.get(event.url).content.decode()
        raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        data = json.loads(raw.group(1))
        assert data["@type"] == "Event"
        assert data["eventAttendanceMode"] == f"https://schema.org/{mode}EventAttendanceMode"
        assert data["isAccessibleForFree"] is True
        assert data["startDate"] == event.local_start.isoformat()
        assert LINK not in raw.group(1)
    assert data["location"]["address"]["streetAddress"] == "380, rue Saint-Antoine Ouest, Montréal"


def test_the_index_filters_by_step_sector_format_and_month(client):
    sectors = SectorIndexPageFactory(parent=event_index().get_parent())
    genie = SectorBriefingPageFactory(parent=sectors, title="Génie", slug="genie")
    activity = EventPageFactory(title="Rencontre génie", start=in_days(10))
    activity.sectors.set([genie])
    activity.save_revision().publish()
    EventPageFactory(
        title="Entrevues éclair",
        kind=EventKind.RECRUITMENT_EVENT,
        recruitment_format="speed_interviews",
        attendance=Attendance.IN_PERSON,
        address="380, rue Saint-Antoine Ouest",
        start=in_days(40),
    )
    EventPageFactory(title="Activité passée", start=in_days(-3))
    url = event_index().url

    html = text_of(client.get(url))
    assert "Rencontre génie" in html and "Entrevues éclair" in html
    assert "Activité passée" not in html
    assert "Entrevues éclair" not in text_of(client.get(url, {"step": 2}))
    assert "Rencontre génie" not in text_of(client.get(url, {"attendance": "in_person"}))
    assert "Entrevues éclair" not in text_of(client.get(url, {"sector": genie.pk}))
    month = in_days(40).strftime("%Y-%m")
    if month != in_days(10).strftime("%Y-%m"):
        assert "Rencontre génie" not in text_of(client.get(url, {"month": month}))
    assert "Rencontre génie" in text_of(client.get(url, {"month": "n'importe quoi"}))


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_index_and_event_page_queries_do_not_grow_with_sign_ups_and_hosts(client, participant):
    login(client, participant)
    small = EventPageFactory(capacity=500)
    large = EventPageFactory(capacity=500)
    for event, count in ((small, 3), (large, 300)):
        for user in registered(count):
            SignUpFactory(event=event, user=user)
        for _ in range(count // 3):
            EventHostFactory(page=event)
    for _ in range(10):
        EventPageFactory()
    SignUpFactory(event=small, user=participant, status=SignUpStatus.WAITING)
    SignUpFactory(event=large, user=participant, status=SignUpStatus.WAITING)

    assert _queries(client, small.url) == _queries(client, large.url)
    index_url = event_index().url
    few = _queries(client, index_url)
    for _ in range(20):
        EventPageFactory()
    assert _queries(client, index_url) == few


def test_welcome_activity_sector_and_home_list_upcoming_events_from_the_system(client, home_fr):
    welcome = WelcomeActivityPageFactory(parent=home_fr, slug="activite-accueil")
    sectors = SectorIndexPageFactory(parent=home_fr)
    genie = SectorBriefingPageFactory(parent=sectors, title="Génie", slug="genie")
    EventPageFactory(title="Séance d'accueil de décembre", kind="welcome_session")
    activity = EventPageFactory(title="Rencontre génie")
    activity.sectors.set([genie])
    activity.save_revision().publish()
    EventPageFactory(title="Séance passée", kind="welcome_session", start=in_days(-5))

    html = text_of(client.get(welcome.url))
    assert "Séance d'accueil de décembre" in html and "Séance passée" not in html
    assert "Rencontre génie" not in html
    assert LINK not in html
    html = text_of(client.get(genie.url))
    assert "Rencontre génie" in html and "Séance d'accueil de décembre" not in html
    html = text_of(client.get(home_fr.url))
    assert "Événements à venir" in html and "Séance d'accueil de décembre" in html


def test_the_sitemap_lists_the_events_index_and_its_events(client):
    event = EventPageFactory(slug="rencontre-genie")
    xml = client.get("/sitemap.xml").content.decode()
    assert event_index().url in xml
    assert event.url in xml


def test_a_tampered_event_id_in_the_form_says_so_and_changes_nothing(client, participant):
    EventPageFactory()
    login(client, participant)
    response = client.post("/en/events/999999/sign-up/", follow=True)
    assert response.redirect_chain[-1][0] == "/en/my-path/"
    assert "This event does not exist or is no longer open." in text_of(response)
    response = client.post("/fr/evenements/999999/annulation/", follow=True)
    assert "Vous n'êtes pas inscrite" not in text_of(response)
    assert "Cet événement n'existe pas" in text_of(response)
    assert not participant.event_signups.exists()
