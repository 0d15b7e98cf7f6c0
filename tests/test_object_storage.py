"""Object storage (#19): media and private videos in an S3-compatible store (moto, in process).

Private videos: the permission-checking view redirects to a signed URL that expires; strangers
get 404 and no URL. Public images: the storage's public URL, no signature.
"""

import urllib.request
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.urls import reverse

from passerelle.object_storage import s3_origins, s3_storages
from profiles.factories import MP4_BYTES, FullProfileFactory
from profiles.models import VideoApplication
from registration.factories import RegistrationFactory, UserFactory

from .s3 import start_store

BUCKET = "passerelle-test-media"


@pytest.fixture(scope="module")
def s3_endpoint():
    server, endpoint = start_store(BUCKET)
    yield endpoint
    server.stop()


@pytest.fixture
def object_storage(s3_endpoint, settings, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test")
    environ = {
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": s3_endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
    }
    settings.STORAGES = {**settings.STORAGES, **s3_storages(environ)}
    private = storages["profiles_private"]
    # The model field took its storage when the app loaded: point it at the bucket too.
    monkeypatch.setattr(VideoApplication._meta.get_field("file"), "storage", private)
    return environ


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as answer:  # noqa: S310 - the local moto server
        return answer.read()


@pytest.mark.django_db
def test_a_private_video_is_played_through_a_signed_url_that_expires(client, object_storage):
    owner = RegistrationFactory(complete=True, user__email="Nadia.Haddad@Example.org").user
    profile = FullProfileFactory(user=owner)
    video = VideoApplication.objects.create(
        profile=profile,
        file=ContentFile(MP4_BYTES, name="video.mp4"),
        content_type="video/mp4",
        size=len(MP4_BYTES),
    )
    assert video.file.name.startswith("videos/") or "video" in video.file.name

    client.force_login(owner)
    response = client.get(reverse("profiles:serve_video", args=[video.token]))
    assert response.status_code == 302
    signed = urlsplit(response["Location"])
    query = parse_qs(signed.query)
    assert signed.path.startswith(f"/{BUCKET}/private/")
    assert query["X-Amz-Expires"] == ["300"] and "X-Amz-Signature" in query
    assert fetch(response["Location"]) == MP4_BYTES  # the browser plays it from the store

    client.force_login(UserFactory(email="curieux@example.org"))
    stranger = client.get(reverse("profiles:serve_video", args=[video.token]))
    assert stranger.status_code == 404 and "Location" not in stranger


@pytest.mark.django_db
def test_public_media_use_the_storage_public_url_without_a_signature(object_storage):
    storage = storages["default"]
    name = storage.save("images/affiche-séance.png", ContentFile(b"\x89PNG fictive"))
    url = storage.url(name)
    assert url.startswith(f"{object_storage['AWS_S3_ENDPOINT_URL']}/{BUCKET}/media/images/")
    assert "Signature" not in url
    assert fetch(url) == b"\x89PNG fictive"
    storage.delete(name)


def test_the_content_security_policy_allows_the_store_and_nothing_without_it():
    environ = {"AWS_STORAGE_BUCKET_NAME": "b", "AWS_S3_ENDPOINT_URL": "https://s3.example.org:9000/x"}
    assert s3_origins(environ) == ["https://s3.example.org:9000"]
    assert s3_origins({}) == [] and s3_storages({}) == {}
