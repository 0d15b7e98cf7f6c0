"""The pool: who is in it, who may search it, and the packet rules and view log."""

import pytest
from django.urls import reverse

from connections import services
from connections.tests.conftest import HEADLINE, make_member
from employers.factories import (
    EventParticipationFactory,
    FullOrganisationFactory,
    RecruiterFactory,
    RecruitmentEventFactory,
)
from profiles.models import PacketView

pytestmark = pytest.mark.django_db


def _pool(client, user, **params):
    client.force_login(user)
    return client.get(reverse("connections:pool"), params)


def test_a_consenting_participant_who_attended_is_found_in_the_pool(client, recruiter, member):
    response = _pool(client, recruiter)
    assert response.status_code == 200
    assert HEADLINE in response.content.decode()
    # Never the contact details.
    assert member.user.email not in response.content.decode()
    assert not any(
        form in response.content.decode() for form in ("872-0311", "8720311", "872 0311")
    )


@pytest.mark.parametrize(
    "kwargs", [{"consent": False}, {"attended": False}], ids=["no consent", "did not attend"]
)
def test_without_consent_or_attendance_nobody_finds_the_participant(
    client, recruiter, past_event, kwargs
):
    make_member(past_event, **kwargs)
    assert HEADLINE not in _pool(client, recruiter).content.decode()


def test_a_packet_no_longer_shared_leaves_the_pool(client, recruiter, member):
    member.shares_with_employers = False
    member.save()
    assert HEADLINE not in _pool(client, recruiter).content.decode()
    client.force_login(recruiter)
    assert client.get(reverse("connections:pool_packet", args=[member.pk])).status_code == 404


def test_the_pool_filters_by_skill_and_language(client, recruiter, member, past_event):
    other = make_member(past_event, headline="Comptable agréée, fiscalité des PME", language="en")
    other.english_level = "beginner"
    other.save()
    member.skills.add("Modélisation EPANET")

    page = _pool(client, recruiter, skill="epanet").content.decode()
    assert HEADLINE in page and "Comptable" not in page
    page = _pool(client, recruiter, english="advanced").content.decode()
    assert HEADLINE in page and "Comptable" not in page


def test_an_organisation_that_never_attended_an_event_cannot_search_the_pool(client, member):
    stranger = RecruiterFactory(organisation=FullOrganisationFactory()).user
    response = _pool(client, stranger)
    assert response.status_code == 403
    assert HEADLINE not in response.content.decode()
    client.force_login(stranger)
    assert client.get(reverse("connections:pool_packet", args=[member.pk])).status_code == 404


def test_an_organisation_only_signed_up_for_an_upcoming_event_cannot_search_yet(client, member):
    upcoming = FullOrganisationFactory()
    EventParticipationFactory(organisation=upcoming, event=RecruitmentEventFactory())
    assert _pool(client, RecruiterFactory(organisation=upcoming).user).status_code == 403


def test_opening_a_pool_packet_is_logged_for_the_participant(client, recruiter, member):
    client.force_login(recruiter)
    response = client.get(reverse("connections:pool_packet", args=[member.pk]))
    assert response.status_code == 200
    assert HEADLINE in response.content.decode()
    assert (
        PacketView.objects.filter(
            profile=member, viewer=recruiter, organisation="Ponts et Chaussées Fictifs"
        ).count()
        == 1
    )


def test_leaving_the_pool_takes_the_participant_out_at_once(client, recruiter, member):
    client.force_login(member.user)
    response = client.post(reverse("connections:pool_consent"), {"consent": "no"}, follow=True)
    assert "Vous avez quitté le bassin" in response.content.decode()
    assert HEADLINE not in _pool(client, recruiter).content.decode()
    assert client.get(reverse("connections:pool_packet", args=[member.pk])).status_code == 404


def test_joining_the_pool_twice_keeps_one_consent_and_needs_an_attended_event(past_event):
    profile = make_member(past_event, consent=False)
    first = services.join_pool(user=profile.user)
    assert services.join_pool(user=profile.user).pk == first.pk
    newcomer = make_member(RecruitmentEventFactory(), consent=False, attended=None, headline="x")
    with pytest.raises(services.ConnectionsError):
        services.join_pool(user=newcomer.user)


def test_the_participant_consents_from_my_path(client, past_event):
    profile = make_member(past_event, consent=False)
    client.force_login(profile.user)
    my_path = client.get(reverse("registration:my_path")).content.decode()
    assert reverse("connections:mine") in my_path
    response = client.post(reverse("connections:pool_consent"), {"consent": "yes"}, follow=True)
    assert "Vous êtes dans le bassin" in response.content.decode()
    assert profile.user.pool_consents.filter(withdrawn_at__isnull=True).count() == 1


def test_the_portal_menu_leads_to_the_pool_and_the_connections(client, recruiter):
    client.force_login(recruiter)
    page = client.get(reverse("employers:dashboard")).content.decode()
    assert reverse("connections:pool") in page
    assert reverse("connections:portal") in page
    assert "Chercher dans le bassin" in page
