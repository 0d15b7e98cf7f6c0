"""Law 25: the profile, pitch versions, video and view log are in the data download, and go
with the account, video file included."""

import json

import pytest
from django.urls import reverse
from django.utils import translation

from profiles.factories import (
    AdvisorCommentFactory,
    FullProfileFactory,
    PacketViewFactory,
    PitchVersionFactory,
    VideoApplicationFactory,
)
from profiles.models import AdvisorComment, PacketView, PitchVersion, Profile, VideoApplication
from profiles.tests.conftest import stored_files
from registration.factories import PASSWORD
from registration.models import Registration
from registration.retention import anonymise_registration

pytestmark = pytest.mark.django_db


@pytest.fixture
def full(participant):
    profile = FullProfileFactory(user=participant)
    PitchVersionFactory(profile=profile, who="Ma toute première version, à Montréal")
    VideoApplicationFactory(profile=profile)
    PacketViewFactory(profile=profile, organisation="Génie-Conseil Saint-Laurent inc.")
    AdvisorCommentFactory(profile=profile)
    return profile


def test_the_download_holds_the_profile_versions_video_and_views(client, full):
    client.force_login(full.user)
    with translation.override("fr"):
        response = client.get(reverse("registration:download_my_data"))
    data = json.loads(response.content)["professional_profile"]
    assert data["headline"] == full.headline
    assert data["skills"] == ["AutoCAD Civil 3D", "Hydraulique", "MS Project"]
    assert data["pitch_versions"][0]["who"] == "Ma toute première version, à Montréal"
    assert data["video"]["content_type"] == "video/mp4" and data["video"]["file"] is True
    assert data["packet_views"][0]["organisation"] == "Génie-Conseil Saint-Laurent inc."
    assert data["advisor_comments"][0]["text"].startswith("Précisez le budget")
    assert data["shares_with_employers"] is True
    # Who viewed is the organisation, never another person's e-mail.
    viewer_email = PacketView.objects.get().viewer.email
    assert viewer_email not in response.content.decode()


def test_someone_without_a_profile_gets_none(client, participant):
    client.force_login(participant)
    with translation.override("en"):
        response = client.get(reverse("registration:download_my_data"))
    assert json.loads(response.content)["professional_profile"] is None


def test_deleting_the_account_deletes_everything_and_the_video_file(
    client, full, django_capture_on_commit_callbacks
):
    assert len(stored_files()) == 1
    client.force_login(full.user)
    with translation.override("fr"), django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("registration:delete_account"), {"password": PASSWORD, "confirm": "on"}
        )
    assert response.status_code == 302, response.content
    for model in (Profile, PitchVersion, VideoApplication, PacketView, AdvisorComment):
        assert not model.objects.exists(), model
    assert stored_files() == []


def test_retention_erases_the_profile_and_the_video_file(full, django_capture_on_commit_callbacks):
    registration = Registration.objects.get(user=full.user)
    assert len(stored_files()) == 1

    with django_capture_on_commit_callbacks(execute=True):
        anonymise_registration(registration=registration)

    for model in (Profile, PitchVersion, VideoApplication, PacketView, AdvisorComment):
        assert not model.objects.exists(), model
    assert stored_files() == []
