"""Advisors: the profile panel on the registration's inspect page, comments per part (the
participant is told in their language), and "ready for employers" in the pipeline."""

import html

import pytest
from django.core import mail
from django.urls import reverse

from profiles.factories import FullProfileFactory
from profiles.models import AdvisorComment, Profile
from registration.choices import PipelineStatus
from registration.factories import UserFactory
from registration.models import Registration, RegistrationStatusChange

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(participant):
    return FullProfileFactory(user=participant)


def inspect(client, registration):
    return client.get(reverse("registrations:inspect", args=[registration.pk]))


def test_the_inspect_page_shows_profile_pitch_video_and_comment_form(client, advisor, profile):
    registration = Registration.objects.get(user=profile.user)
    client.force_login(advisor)
    response = inspect(client, registration)
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert profile.headline in page
    assert "J'ai dirigé la réfection" in page
    assert reverse("profiles_admin:comment", args=[registration.pk]) in page
    assert reverse("profiles_admin:ready", args=[registration.pk]) in page


def test_a_comment_reaches_the_participant_by_e_mail_in_their_language(
    client, advisor, profile, django_capture_on_commit_callbacks
):
    registration = Registration.objects.get(user=profile.user)
    assert registration.preferred_language == "en"
    client.force_login(advisor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("profiles_admin:comment", args=[registration.pk]),
            {"part": "achievement", "text": "  Chiffrez le budget économisé.  "},
        )
    assert response.status_code == 302
    comment = AdvisorComment.objects.get()
    assert comment.text == "Chiffrez le budget économisé."
    assert comment.author == advisor
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [profile.user.email]
    assert message.subject.endswith("Your advisor commented on your professional profile")
    assert "Pitch: what I have achieved" in message.body
    assert "Chiffrez le budget économisé." in message.body
    assert "http://testserver/en/my-path/" in message.body


def test_a_french_speaker_gets_it_in_french(client, advisor, django_capture_on_commit_callbacks):
    profile = FullProfileFactory()
    registration = Registration.objects.get(user=profile.user)
    client.force_login(advisor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("profiles_admin:comment", args=[registration.pk]),
            {"part": "video", "text": "Plus de lumière."},
        )
    assert "Un commentaire sur votre profil professionnel" in mail.outbox[0].subject
    assert "«\u00a0Candidature vidéo\u00a0»" in mail.outbox[0].body
    assert "/fr/mon-parcours/" in mail.outbox[0].body


def test_the_comment_arrives_as_written_not_html_escaped(
    client, advisor, profile, django_capture_on_commit_callbacks
):
    registration = Registration.objects.get(user=profile.user)
    client.force_login(advisor)
    text = "Nommez l'entreprise & le poste « chargé de projets » <Génie civil>."
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("profiles_admin:comment", args=[registration.pk]),
            {"part": "achievement", "text": text},
        )
    body = mail.outbox[0].body
    assert text in body
    assert "&#x27;" not in body
    assert "&amp;" not in body


def test_an_empty_comment_is_refused(client, advisor, profile):
    registration = Registration.objects.get(user=profile.user)
    client.force_login(advisor)
    client.post(
        reverse("profiles_admin:comment", args=[registration.pk]), {"part": "goal", "text": ""}
    )
    assert not AdvisorComment.objects.exists()


def test_marking_ready_moves_the_registration_and_records_it(client, advisor, profile):
    registration = Registration.objects.get(user=profile.user)
    client.force_login(advisor)
    response = client.post(reverse("profiles_admin:ready", args=[registration.pk]))
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == PipelineStatus.READY
    change = RegistrationStatusChange.objects.filter(registration=registration).first()
    assert change.to_status == PipelineStatus.READY
    assert change.changed_by == advisor
    profile = Profile.objects.get(pk=profile.pk)
    assert profile.ready_at is not None and profile.ready_by == advisor


@pytest.mark.parametrize("who", ["participant", "stranger"])
def test_only_advisors_comment_or_mark_ready(client, profile, who):
    registration = Registration.objects.get(user=profile.user)
    user = profile.user if who == "participant" else UserFactory(is_staff=True)
    client.force_login(user)
    for name in ("comment", "ready"):
        response = client.post(
            reverse(f"profiles_admin:{name}", args=[registration.pk]),
            {"part": "goal", "text": "Tentative"},
        )
        assert response.status_code in (302, 403)
        assert (
            "/admin/login/" in response.get("Location", "/admin/login/")
            or response.status_code == 403
        )
    assert not AdvisorComment.objects.exists()
    registration.refresh_from_db()
    assert registration.status != PipelineStatus.READY


def test_advisors_set_the_video_size_limit(advisor):
    assert advisor.has_perm("profiles.change_videosettings")
