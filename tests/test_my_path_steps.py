"""Step 2 of « Mon parcours » joins two apps: sector activities attended (events) and the
profile an advisor judges ready (profiles). Neither alone finishes the step."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from events.factories import EventPageFactory, SignUpFactory, in_days
from profiles import services as profiles
from profiles.factories import FullProfileFactory
from registration.choices import PipelineStatus
from registration.factories import RegistrationFactory, UserFactory

pytestmark = pytest.mark.django_db


def step_two_classes(client) -> list[str]:
    page = BeautifulSoup(client.get(reverse("registration:my_path")).content, "html.parser")
    return page.select("li.path-step")[1]["class"]


def test_an_attended_activity_does_not_finish_step_two_before_the_profile_is_ready(client):
    registration = RegistrationFactory(complete=True, status=PipelineStatus.IN_PATH)
    participant = registration.user
    profile = FullProfileFactory(user=participant, ready_at=None)
    activity = EventPageFactory(title="Rencontre « Génie » à Montréal", start=in_days(-10))
    SignUpFactory(event=activity, user=participant, attended=True)
    client.force_login(participant)

    assert "path-step--done" not in step_two_classes(client)

    advisor = UserFactory(email="Conseillere.Benoit@Example.org", is_staff=True)
    profiles.mark_ready(profile=profile, by=advisor)
    assert "path-step--done" in step_two_classes(client)
