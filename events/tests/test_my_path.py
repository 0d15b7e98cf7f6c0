"""Events in « My path »: real step states, next events, suggestions, constant queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events import services
from events.choices import EventKind
from events.factories import EventPageFactory, SignUpFactory, in_days
from registration.choices import PipelineStatus
from registration.factories import PASSWORD, RegistrationFactory
from sectors.factories import SectorBriefingPageFactory
from tests.translations import text_of

pytestmark = pytest.mark.django_db

MY_PATH = "/fr/mon-parcours/"


def login(client, user):
    assert client.login(email=user.email, password=PASSWORD)


def step_classes(html: str) -> list[str]:
    import re

    return re.findall(r'<li class="path-step path-step--(\w+)"', html)


def test_steps_are_done_when_their_events_were_attended(client):
    registration = RegistrationFactory(complete=True, status=PipelineStatus.READY)
    user = registration.user
    login(client, user)
    welcome = EventPageFactory(kind=EventKind.WELCOME_SESSION, start=in_days(-30))
    activity = EventPageFactory(title="Rencontre génie", start=in_days(-10))
    SignUpFactory(event=welcome, user=user, attended=True)
    SignUpFactory(event=activity, user=user, attended=False)

    html = text_of(client.get(MY_PATH))
    # Step 1: attended (and no course to finish here); step 2: signed up but absent.
    assert step_classes(html) == ["done", "current", "current"]
    assert "Rencontre génie" in html

    SignUpFactory(event=EventPageFactory(start=in_days(-2)), user=user, attended=True)
    assert step_classes(text_of(client.get(MY_PATH)))[:2] == ["done", "done"]


def test_next_events_and_suggestions_in_the_participants_sectors(client):
    registration = RegistrationFactory(complete=True, status=PipelineStatus.IN_PATH)
    (sector,) = registration.sectors.all()
    other = SectorBriefingPageFactory(parent=sector.get_parent(), title="Autre", slug="autre")
    mine = EventPageFactory(title="Ma séance d'accueil", kind=EventKind.WELCOME_SESSION)
    services.sign_up(event_id=mine.pk, user=registration.user)
    suggested = EventPageFactory(title="Activité de mon secteur")
    suggested.sectors.set([sector])
    suggested.save_revision().publish()
    elsewhere = EventPageFactory(title="Activité d'un autre secteur")
    elsewhere.sectors.set([other])
    elsewhere.save_revision().publish()
    login(client, registration.user)

    html = text_of(client.get(MY_PATH))
    assert "Vos prochains événements" in html and "Ma séance d'accueil" in html
    assert "Activité de mon secteur" in html
    assert "Activité d'un autre secteur" not in html

    response = client.post(
        f"/fr/evenements/{suggested.pk}/inscription/", {"next": MY_PATH}, follow=True
    )
    assert response.redirect_chain[-1][0] == MY_PATH
    assert suggested.signups.filter(user=registration.user).exists()


def test_my_path_queries_do_not_grow_with_the_number_of_events(client):
    registration = RegistrationFactory(complete=True, status=PipelineStatus.IN_PATH)
    user = registration.user
    (sector,) = registration.sectors.all()
    login(client, user)

    def add_events(count):
        for index in range(count):
            event = EventPageFactory(start=in_days(5 + index))
            event.sectors.set([sector])
            event.save_revision().publish()
            SignUpFactory(event=event, user=user, attended=index % 2 == 0)
            EventPageFactory(start=in_days(5 + index)).sectors.set([sector])

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get(MY_PATH).status_code == 200
        return len(context.captured_queries)

    add_events(1)
    one = queries()
    add_events(19)
    assert queries() == one


def test_the_data_download_holds_the_participants_sign_ups(client):
    import json

    registration = RegistrationFactory(complete=True, status=PipelineStatus.IN_PATH)
    event = EventPageFactory(title="Rencontre « Génie » à Montréal")
    services.sign_up(event_id=event.pk, user=registration.user, shares_first_name=True)
    login(client, registration.user)

    data = json.loads(client.get("/fr/mon-parcours/mes-donnees/").content)

    (signup,) = data["event_signups"]
    assert signup["event_title"] == "Rencontre « Génie » à Montréal"
    assert signup["status"]["value"] == "confirmed" and signup["shares_first_name"] is True
    assert "user" not in signup


def test_my_path_offers_the_next_welcome_sessions_in_one_click(client):
    registration = RegistrationFactory(complete=True, status=PipelineStatus.CONTACTED)
    session = EventPageFactory(title="Séance d'accueil du soir", kind=EventKind.WELCOME_SESSION)
    EventPageFactory(
        title="Entrevues éclair du printemps",
        kind=EventKind.RECRUITMENT_EVENT,
        recruitment_format="speed_interviews",
    )
    login(client, registration.user)

    html = text_of(client.get(MY_PATH))
    assert "Prochaines dates\u00a0: inscrivez-vous en un clic" in html
    assert "Séance d'accueil du soir" in html
    assert "Entrevues éclair du printemps" not in html  # not ready for recruitment events yet

    client.post(f"/fr/evenements/{session.pk}/inscription/", {"next": MY_PATH})
    html = text_of(client.get(MY_PATH))
    assert "Vos événements de cette étape" in html
    assert "Prochaines dates" not in html


def test_offers_and_suggestions_are_only_events_the_participant_can_sign_up_for(client):
    """Finding 8: no event that the sign-up would refuse (invitation only, window not open,
    already started) is offered on My path."""
    import datetime

    from events.choices import WhoMaySignUp

    registration = RegistrationFactory(
        complete=True,
        status=PipelineStatus.IN_PATH,
        user__first_name="Hélène",
        user__last_name="Lévesque-Tremblay",
    )
    (sector,) = registration.sectors.all()
    EventPageFactory(
        title="Séance d'accueil pas encore ouverte",
        kind=EventKind.WELCOME_SESSION,
        signup_opens=in_days(3),
    )
    now = in_days(0, hour=0)
    started = EventPageFactory(
        title="Séance d'accueil déjà commencée",
        kind=EventKind.WELCOME_SESSION,
        start=now - datetime.timedelta(hours=1),
    )
    assert started.end > now
    open_session = EventPageFactory(
        title="Séance d'accueil ouverte", kind=EventKind.WELCOME_SESSION
    )
    invited_only = EventPageFactory(
        title="Activité sur invitation", who_may_sign_up=WhoMaySignUp.INVITATION
    )
    for_ready = EventPageFactory(
        title="Activité pour les personnes prêtes", who_may_sign_up=WhoMaySignUp.READY
    )
    suggested = EventPageFactory(title="Activité génie-conseil ouverte")
    for event in (invited_only, for_ready, suggested):
        event.sectors.set([sector])
        event.save_revision().publish()
    login(client, registration.user)

    html = text_of(client.get(MY_PATH))

    assert open_session.title in html and suggested.title in html
    assert "pas encore ouverte" not in html
    assert "déjà commencée" not in html
    assert "sur invitation" not in html
    assert "personnes prêtes" not in html
