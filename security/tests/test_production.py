"""Items 9 and the deployment check of #11: media served without DEBUG; check --deploy clean."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from training.factories import SAMPLE_FILES

BASE_DIR = Path(__file__).resolve().parents[2]

# The environment README "Security" documents for production.
PRODUCTION_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "passerelle.settings.production",
    "SECRET_KEY": "a" * 10 + "-production-secret-key-for-the-deploy-check-only-0123456789",
    "ALLOWED_HOSTS": "passerelle.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://passerelle.example.org",
    "BASE_URL": "https://passerelle.example.org",
    "TRUSTED_PROXY_COUNT": "1",
}


@pytest.fixture
def video_in_media(settings, tmp_path, db):
    settings.MEDIA_ROOT = tmp_path
    video = next(SAMPLE_FILES.glob("*.webm"))
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "video.webm").write_bytes(video.read_bytes())
    return video.stat().st_size


def test_uploaded_media_are_served_without_debug(client, video_in_media):
    response = client.get("/media/media/video.webm")
    assert response.status_code == 200
    assert response["Content-Type"] == "video/webm"
    assert response["Accept-Ranges"] == "bytes"


def test_videos_answer_byte_ranges_so_players_can_seek(client, video_in_media):
    response = client.get("/media/media/video.webm", HTTP_RANGE="bytes=100-199")
    assert response.status_code == 206
    assert len(b"".join(response.streaming_content)) == 100
    assert response["Content-Range"] == f"bytes 100-199/{video_in_media}"


def test_media_serving_does_not_leave_media_root(client, video_in_media):
    assert client.get("/media/../passerelle/settings/base.py").status_code == 404
    assert client.get("/media/%2e%2e/manage.py").status_code == 404


def test_check_deploy_is_clean_with_the_documented_environment():
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        **PRODUCTION_ENVIRONMENT,
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_a_range_from_the_start_streams_the_file_instead_of_reading_it_whole(
    client, settings, tmp_path, db
):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "media").mkdir()
    big = tmp_path / "media" / "cours-été.webm"
    size = 3 * 1024 * 1024 + 17
    big.write_bytes(b"\x1a" * size)
    response = client.get("/media/media/cours-%C3%A9t%C3%A9.webm", HTTP_RANGE="bytes=0-")
    assert response.status_code == 206
    assert response.streaming
    assert response["Content-Range"] == f"bytes 0-{size - 1}/{size}"
    assert response["Content-Length"] == str(size)
    first = next(iter(response.streaming_content))
    assert len(first) < size
    assert len(first) + sum(len(chunk) for chunk in response.streaming_content) == size


def test_a_range_past_the_end_is_refused_with_416(client, video_in_media):
    response = client.get("/media/media/video.webm", HTTP_RANGE=f"bytes={video_in_media}-")
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{video_in_media}"


@pytest.mark.parametrize(
    "path", ["documents/procès-verbal_été.pdf", "original_images/équipe_Montréal.jpg"]
)
def test_documents_and_original_images_are_not_served_from_media_root(
    client, settings, tmp_path, db, path
):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / path).parent.mkdir(parents=True)
    (tmp_path / path).write_bytes(b"%PDF-1.4 confidentiel")
    assert client.get(f"/media/{path}").status_code == 404


def test_private_files_are_not_served_even_inside_media_root(client, settings, tmp_path, db):
    settings.MEDIA_ROOT = tmp_path
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "privé"
    settings.PRIVATE_MEDIA_ROOT.mkdir()
    (settings.PRIVATE_MEDIA_ROOT / "vidéo.webm").write_bytes(b"\x1a" * 100)
    assert client.get("/media/priv%C3%A9/vid%C3%A9o.webm").status_code == 404
