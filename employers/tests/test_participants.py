import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from employers.factories import EmployerEventSettingsFactory, InterestMarkFactory, OpeningFactory
from employers.models import ParticipantInterest

pytestmark = pytest.mark.django_db


@pytest.fixture
def opening(recruiter_a, organisation_a, event):
    opening = OpeningFactory(organisation=organisation_a, title="Ingénieure hydraulique — Montréal")
    organisation_a.participations.get(event=event).openings.add(opening)
    return opening


def _interest_url(event, organisation):
    return reverse("employers:participant_interest", args=[event.pk, organisation.pk])


def test_participant_sees_employers_on_the_event_page_and_my_path_and_marks_interest(
    client, marker, event, opening, organisation_a, recruiter_a
):
    InterestMarkFactory(
        organisation=organisation_a, event=event, participant=marker.user, note="Note secrète A"
    )
    draft = OpeningFactory(organisation=organisation_a, title="Brouillon interne", published=False)
    organisation_a.participations.get(event=event).openings.add(draft)
    client.force_login(marker.user)
    page = client.get(event.url).content.decode()
    assert "Ponts et Chaussées Fictifs A" in page
    assert opening.title in page
    assert "Brouillon interne" not in page
    assert "Note secrète A" not in page
    my_path = client.get(reverse("registration:my_path")).content.decode()
    assert "Ponts et Chaussées Fictifs A" in my_path
    response = client.post(
        _interest_url(event, organisation_a), {"level": "high", "next": event.url}
    )
    assert response.status_code == 302
    assert ParticipantInterest.objects.get(participant=marker.user).level == "high"


def test_participant_interest_refused_after_deadline_or_when_not_confirmed(
    client, marker, event, organisation_a, organisation_b, recruiter_a
):
    client.force_login(marker.user)
    # An organisation not attending (tampered id): nothing.
    assert client.post(_interest_url(event, organisation_b), {"level": "high"}).status_code == 404
    EmployerEventSettingsFactory(
        event=event, marks_deadline=timezone.now() - datetime.timedelta(hours=1)
    )
    client.post(_interest_url(event, organisation_a), {"level": "high"})
    assert not ParticipantInterest.objects.exists()
    assert "Save my interest" not in client.get(event.url).content.decode()


def test_a_participant_not_confirmed_sees_no_employers(client, event, recruiter_a):
    from profiles.factories import ProfileFactory

    stranger = ProfileFactory().user
    client.force_login(stranger)
    assert "Ponts et Chaussées Fictifs A" not in client.get(event.url).content.decode()
    response = client.post(
        _interest_url(event, recruiter_a.recruiter.organisation), {"level": "high"}
    )
    assert response.status_code == 404
