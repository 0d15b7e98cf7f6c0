"""The sign-up's "next" goes through home.links.safe_next: never to another site."""

import pytest

from events.factories import EventPageFactory
from registration.choices import PipelineStatus
from registration.factories import RegistrationFactory

pytestmark = pytest.mark.django_db

EVIL = ["https://evil.example.com/", "//evil.example.com/", "http:///evil.example.com"]


@pytest.mark.parametrize("candidate", EVIL)
def test_the_event_sign_up_goes_back_to_the_event_not_elsewhere(client, candidate):
    participant = RegistrationFactory(
        complete=True,
        status=PipelineStatus.IN_PATH,
        user__email="Aminata.Diallo@Example.com",
        user__first_name="Aminata",
        user__last_name="Diallo-Bélanger",
    ).user
    event = EventPageFactory(full=True, title="Séance d'accueil : génie")
    client.force_login(participant)

    response = client.post(f"/fr/evenements/{event.pk}/inscription/", {"next": candidate})

    assert response.status_code == 302
    assert response["Location"] == event.url
