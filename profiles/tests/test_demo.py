"""The demo: two invented participants with complete, bilingual-ready profiles and packets."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from profiles.models import PitchVersion, Profile, VideoApplication
from registration.choices import PipelineStatus
from registration.models import Registration


@pytest.fixture(autouse=True)
def private_media():
    """The demo's video files were stored when the demo was loaded: keep them."""
    yield


def test_two_demo_participants_with_complete_packets(demo_content):
    profiles = Profile.objects.filter(user__email__startswith="demo.").order_by("user__email")
    assert profiles.count() == 2
    for profile in profiles:
        assert profile.headline and profile.skills.count() == 5
        assert all(profile.pitch_parts().values())
        assert VideoApplication.objects.get(profile=profile).file
        assert not profile.user.has_usable_password()
        assert profile.user.email.endswith("@example.org")
    ines = profiles.get(user__email="demo.ines.haddad@example.org")
    assert ines.shares_with_employers and ines.ready_at
    assert Registration.objects.get(user=ines.user).status == PipelineStatus.READY
    assert PitchVersion.objects.filter(profile=ines).count() == 2


def test_loading_again_adds_nothing(demo_content):
    counts = Profile.objects.count(), PitchVersion.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert (Profile.objects.count(), PitchVersion.objects.count()) == counts


def test_advisors_see_a_demo_packet(demo_content, client, django_user_model):
    admin = django_user_model.objects.create_superuser(email="admin-demo@example.org", password="x")
    client.force_login(admin)
    registration = Registration.objects.get(user__email="demo.rafael.mendoza@example.org")
    response = client.get(reverse("registrations:inspect", args=[registration.pk]))
    assert "Data analyst, 6 years in retail banking" in response.content.decode()
