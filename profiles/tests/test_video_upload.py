"""Uploading a video: the type from the content, the staff's size limit, clear refusals, and
never a half-saved video or a file left behind."""

import html

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from django.utils import translation

from profiles.factories import MOV_BYTES, MP4_BYTES, WEBM_BYTES, ProfileFactory, video_settings
from profiles.models import VideoApplication
from profiles.tests.conftest import stored_files
from training.factories import SAMPLE_FILES

pytestmark = pytest.mark.django_db


def video_url(language="en"):
    with translation.override(language):
        return reverse("profiles:video")


def upload(client, content: bytes, name="ma-video.mp4", language="en", **extra):
    data = {"file": SimpleUploadedFile(name, content, content_type="video/mp4"), "complete": "1"}
    data.update(extra)
    return client.post(video_url(language), data)


@pytest.fixture
def logged_in(client, participant):
    client.force_login(participant)
    return participant


@pytest.mark.parametrize(
    ("content", "name", "content_type"),
    [
        (MP4_BYTES, "entrevue.mp4", "video/mp4"),
        (MOV_BYTES, "entrevue.mov", "video/quicktime"),
        (WEBM_BYTES, "entrevue.webm", "video/webm"),
        ((SAMPLE_FILES / "tournage-essentiel.webm").read_bytes(), "sans-extension", "video/webm"),
    ],
)
def test_a_video_is_recognised_by_its_content(client, logged_in, content, name, content_type):
    response = upload(client, content, name=name)
    assert response.status_code == 302
    video = VideoApplication.objects.get(profile__user=logged_in)
    assert video.content_type == content_type
    assert video.size == len(content)
    assert len(stored_files()) == 1
    # The stored name says nothing of the person nor of the name they gave the file.
    assert name not in video.file.name


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"<!DOCTYPE html><html><script>alert(1)</script></html>", "video.mp4", "not an MP4"),
        (b"%PDF-1.7\n" + b"0" * 100, "cv.mov", "not an MP4"),
        (b"\x00\x00\x00\x18ftypheic" + b"\0" * 40, "photo.mp4", "not an MP4"),
        (b"", "vide.mp4", "This file is empty"),
    ],
)
def test_anything_else_is_refused_with_a_clear_message(client, logged_in, content, name, message):
    response = upload(client, content, name=name)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not VideoApplication.objects.exists()
    assert stored_files() == []


def test_the_message_is_in_the_visitors_language(client, logged_in):
    response = upload(client, b"<html></html>", language="fr")
    assert "n'est pas une vidéo MP4, WebM ou MOV" in html.unescape(response.content.decode())


def test_a_file_over_the_staff_limit_is_refused_while_it_streams(client, logged_in):
    video_settings(max_video_size_mb=1)
    response = upload(client, MP4_BYTES + b"\0" * (1024 * 1024 + 10))
    assert response.status_code == 413
    assert "larger than 1 MB" in response.content.decode()
    assert not VideoApplication.objects.exists()
    assert stored_files() == []


def test_a_2_gb_upload_is_refused_before_its_body_is_read(client, logged_in):
    body = encode_multipart(BOUNDARY, {"file": SimpleUploadedFile("gros.mp4", MP4_BYTES)})
    response = client.generic(
        "POST",
        video_url(),
        body,
        content_type=MULTIPART_CONTENT,
        CONTENT_LENGTH=str(2 * 1024**3),
    )
    assert response.status_code == 413
    assert "larger than 200 MB" in response.content.decode()
    assert stored_files() == []


def test_an_interrupted_upload_keeps_nothing(client, logged_in):
    """The browser sends the "complete" field after the file: cut off, it never arrives."""
    body = encode_multipart(
        BOUNDARY, {"file": SimpleUploadedFile("coupe.mp4", MP4_BYTES + b"\0" * 5000)}
    )
    truncated = body[: len(body) // 2]
    response = client.generic("POST", video_url(), truncated, content_type=MULTIPART_CONTENT)
    assert response.status_code == 400
    assert "interrupted" in response.content.decode()
    assert not VideoApplication.objects.exists()
    assert stored_files() == []


def test_replacing_the_video_removes_the_old_file(
    client, logged_in, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, MP4_BYTES)
    first = stored_files()
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, WEBM_BYTES, name="nouvelle.webm")
    second = stored_files()
    assert len(second) == 1
    assert second != first
    assert VideoApplication.objects.get().content_type == "video/webm"


def test_a_link_instead_of_a_file_removes_the_file(
    client, logged_in, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, MP4_BYTES)
        client.post(video_url(), {"external_url": "https://video.example.org/amina"})
    video = VideoApplication.objects.get()
    assert video.external_url == "https://video.example.org/amina"
    assert not video.file
    assert stored_files() == []


def test_a_bad_link_is_refused(client, logged_in):
    response = client.post(video_url(), {"external_url": "javascript:alert(1)"})
    assert response.status_code == 400
    assert not VideoApplication.objects.exists()


def test_an_over_long_link_is_refused(client, logged_in):
    response = client.post(video_url(), {"external_url": "https://example.org/" + "a" * 400})
    assert response.status_code == 400
    assert not VideoApplication.objects.exists()


def test_nothing_chosen_says_so(client, logged_in):
    response = client.post(video_url(), {})
    assert response.status_code == 400
    assert "Choose a video file or give a link" in response.content.decode()


def test_deleting_the_video_deletes_its_file(client, logged_in, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, MP4_BYTES)
    assert len(stored_files()) == 1
    with translation.override("en"):
        delete_url = reverse("profiles:delete_video")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(delete_url)
    assert response.status_code == 302
    assert not VideoApplication.objects.exists()
    assert stored_files() == []


def test_the_upload_checks_the_csrf_token(participant):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(participant)
    response = upload(client, MP4_BYTES)
    assert response.status_code == 403
    assert stored_files() == []


def test_a_database_failure_leaves_no_file(client, logged_in, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr(VideoApplication, "save", fail)
    with pytest.raises(RuntimeError):
        upload(client, MP4_BYTES)
    assert stored_files() == []


def test_the_video_page_needs_an_account(client):
    response = client.get(video_url())
    assert response.status_code == 302


def test_a_profile_without_registration_still_works(client, db):
    profile = ProfileFactory()
    client.force_login(profile.user)
    assert client.get(video_url()).status_code == 200
