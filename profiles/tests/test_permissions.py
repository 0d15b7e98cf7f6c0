"""Who may see a packet and its video: the owner, advisors, and an employer of one of the
participant's events only while the participant shares it."""

import pytest
from django.urls import reverse

from profiles import selectors, services
from profiles.factories import FullProfileFactory, VideoApplicationFactory
from registration.factories import RegistrationFactory, UserFactory
from sectors.factories import SectorBriefingPageFactory, SectorIndexPageFactory
from sectors.models import SectorIndexPage
from sectors.services import create_representative

pytestmark = pytest.mark.django_db


@pytest.fixture
def video(participant):
    profile = FullProfileFactory(user=participant, shares_with_employers=False)
    return VideoApplicationFactory(profile=profile)


@pytest.fixture
def representative(home_fr, participant):
    index = SectorIndexPage.objects.first() or SectorIndexPageFactory(parent=home_fr)
    sector = SectorBriefingPageFactory(parent=index, title="Génie", slug="genie")
    user, _password = create_representative(email="rep@example.org", sector_page=sector)
    return user


def get_video(client, video, user=None):
    if user is not None:
        client.force_login(user)
    return client.get(reverse("profiles:serve_video", args=[video.token]))


def test_the_owner_watches_their_video(client, video, participant):
    response = get_video(client, video, participant)
    assert response.status_code == 200
    assert response["Content-Type"] == "video/mp4"
    assert response["Cache-Control"].startswith("private") or "private" in response["Cache-Control"]
    assert b"ftypisom" in b"".join(response.streaming_content)


def test_an_advisor_watches_it(client, video, advisor):
    assert get_video(client, video, advisor).status_code == 200


def test_an_advisor_without_a_second_factor_does_not_see_it(client, video, advisor, settings):
    settings.STAFF_MFA_REQUIRED = True
    assert get_video(client, video, advisor).status_code == 404
    assert not selectors.can_view_packet(advisor, video.profile)


def test_an_advisor_with_a_second_factor_watches_it(client, video, advisor, settings):
    from allauth.mfa.models import Authenticator

    settings.STAFF_MFA_REQUIRED = True
    Authenticator.objects.create(user=advisor, type=Authenticator.Type.TOTP, data={"secret": "x"})
    assert get_video(client, video, advisor).status_code == 200


@pytest.mark.parametrize("who", ["anonymous", "other_participant", "representative"])
def test_nobody_else_sees_that_it_exists(client, video, who, request):
    user = {
        "anonymous": None,
        "other_participant": RegistrationFactory().user if who == "other_participant" else None,
        "representative": request.getfixturevalue("representative")
        if who == "representative"
        else None,
    }[who]
    assert get_video(client, video, user).status_code == 404


def test_an_employer_without_consent_does_not_see_it(client, video, employer):
    assert get_video(client, video, employer).status_code == 404
    assert not selectors.can_view_packet(employer, video.profile)


def test_an_employer_with_consent_sees_it_and_withdrawal_stops_them_at_once(
    client, video, employer
):
    services.set_sharing(profile=video.profile, share=True)
    assert get_video(client, video, employer).status_code == 200

    services.set_sharing(profile=video.profile, share=False)
    # The same session, the very next request: refused.
    assert get_video(client, video, employer).status_code == 404


def test_consent_read_from_the_database_not_from_a_stale_object(video, employer):
    stale = video.profile
    services.set_sharing(profile=video.profile, share=True)
    assert selectors.can_view_packet(employer, stale)
    from profiles.models import Profile

    Profile.objects.filter(pk=stale.pk).update(shares_with_employers=False)
    assert not selectors.can_view_packet(employer, stale)  # the object in memory still says True


def test_a_recruiter_who_is_not_at_the_participants_events_never_sees_it(video, employer):
    services.set_sharing(profile=video.profile, share=True)
    stranger = UserFactory(email="autre-recruteur@example.com")
    assert not selectors.can_view_packet(stranger, video.profile)


def test_an_inactive_advisor_is_refused(client, video, advisor):
    advisor.is_active = False
    advisor.save()
    assert not selectors.can_view_packet(advisor, video.profile)


def test_an_unknown_token_is_a_404(client, participant):
    client.force_login(participant)
    response = client.get(
        reverse("profiles:serve_video", args=["6f1c9b1e-0000-4000-8000-000000000000"])
    )
    assert response.status_code == 404


def test_the_file_is_never_under_the_public_media_url(video, settings):
    path = video.file.path
    assert not path.startswith(str(settings.MEDIA_ROOT))
    assert path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    with pytest.raises(ValueError):
        _ = video.file.url


def test_an_employer_opening_the_packet_is_logged_and_withdrawal_stops_it(video, employer):
    from django.core.exceptions import PermissionDenied

    from profiles.models import PacketView

    profile = video.profile
    with pytest.raises(PermissionDenied):
        services.open_packet(viewer=employer, profile=profile, organisation="Génie inc.")
    services.set_sharing(profile=profile, share=True)
    services.open_packet(viewer=employer, profile=profile, organisation="Génie inc.")
    services.open_packet(viewer=profile.user, profile=profile)
    assert list(PacketView.objects.values_list("organisation", flat=True)) == ["Génie inc."]
    services.set_sharing(profile=profile, share=False)
    with pytest.raises(PermissionDenied):
        services.open_packet(viewer=employer, profile=profile, organisation="Génie inc.")
    assert PacketView.objects.count() == 1


def test_object_storage_serves_a_signed_expiring_url(client, video, participant, monkeypatch):
    """With object storage (django-storages), the view redirects to the storage's signed URL."""
    from django.core.files.storage import Storage

    from profiles.models import VideoApplication

    class SignedStorage(Storage):
        def url(self, name):
            return f"https://bucket.example.org/{name}?X-Amz-Expires=300&X-Amz-Signature=abc"

    monkeypatch.setattr(VideoApplication._meta.get_field("file"), "storage", SignedStorage())
    response = get_video(client, video, participant)
    assert response.status_code == 302
    assert "X-Amz-Signature" in response["Location"]
    client.logout()
    assert get_video(client, video).status_code == 404


def test_players_can_ask_for_part_of_the_video(client, video, participant):
    client.force_login(participant)
    target = reverse("profiles:serve_video", args=[video.token])
    response = client.get(target, HTTP_RANGE="bytes=4-11")
    assert response.status_code == 206
    assert b"".join(response.streaming_content) == b"ftypisom"
    assert response["Content-Range"] == f"bytes 4-11/{video.size}"
    response = client.get(target, HTTP_RANGE="bytes=-4")
    assert response.status_code == 206
    assert len(b"".join(response.streaming_content)) == 4
    response = client.get(target, HTTP_RANGE="bytes=0-")
    assert response.status_code == 206
    assert response.streaming
    assert response["Content-Range"] == f"bytes 0-{video.size - 1}/{video.size}"
    assert len(b"".join(response.streaming_content)) == video.size
    response = client.get(target, HTTP_RANGE=f"bytes={video.size}-")
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{video.size}"
    assert response["Accept-Ranges"] == "bytes"
