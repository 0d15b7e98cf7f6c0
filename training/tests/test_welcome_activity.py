import datetime

import pytest
from django.utils import timezone

from training.factories import WelcomeActivityPageFactory, WelcomeSessionFactory
from training.models import WelcomeSession

pytestmark = pytest.mark.django_db


def test_welcome_activity_lists_upcoming_sessions_only(client, home_fr):
    page = WelcomeActivityPageFactory(
        parent=home_fr,
        slug="activite-accueil",
        what_to_prepare="<p>Votre CV à jour.</p>",
    )
    today = timezone.localdate()
    WelcomeSessionFactory(
        page=page,
        date=today + datetime.timedelta(days=3),
        start_time=datetime.time(18, 0),
        duration_minutes=90,
        online_link="https://passerelle.example.org/soir",
    )
    WelcomeSessionFactory(
        page=page,
        date=today + datetime.timedelta(days=10),
        session_format=WelcomeSession.Format.IN_PERSON,
        online_link="",
        place="380, rue Saint-Antoine Ouest, Montréal",
    )
    WelcomeSessionFactory(
        page=page,
        date=today - datetime.timedelta(days=1),
        online_link="https://passerelle.example.org/passee",
    )

    html = client.get("/fr/activite-accueil/").content.decode()

    assert 'href="https://passerelle.example.org/soir"' in html
    assert "90 minutes" in html
    assert "380, rue Saint-Antoine Ouest, Montréal" in html
    assert "passee" not in html
    assert "Votre CV à jour." in html
    assert f'datetime="{(today + datetime.timedelta(days=3)).isoformat()}T18:00"' in html


def test_welcome_activity_without_upcoming_session_says_what_happens_next(client, home_fr):
    WelcomeActivityPageFactory(parent=home_fr, slug="activite-accueil")

    html = client.get("/fr/activite-accueil/").content.decode()

    assert "Votre conseillère ou votre conseiller vous invitera" in html
