"""Benchmark: upload a large video through the real view and measure the server's peak memory.

    .venv/bin/python scripts/benchmark_video_upload.py            # 300 MB
    .venv/bin/python scripts/benchmark_video_upload.py --size-mb 50

The request body is written to a temporary file first and handed to Django as the WSGI input
stream, as a WSGI server does, so the figures are the server side's only: Django's upload
handlers stream the file to a temporary file and then into the private storage, chunk by chunk.
Prints the file size, the time taken, the peak of Python allocations (tracemalloc) and the
growth of the process's resident memory. Not a test: it uses its own throw-away database and
private-media folder.
"""

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["DJANGO_SETTINGS_MODULE"] = "passerelle.settings.test"

CHUNK = 1024 * 1024
BOUNDARY = "----benchmark-boundary-7f3a"
MP4_HEAD = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"


def write_body(path: Path, size: int, csrf: str) -> int:
    """A multipart body: the CSRF token, the file (an MP4 header then zeros), the end marker."""
    with path.open("wb") as body:
        body.write(
            (
                f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"'
                f"\r\n\r\n{csrf}\r\n"
                f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; '
                'filename="entrevue.mp4"\r\nContent-Type: video/mp4\r\n\r\n'
            ).encode()
        )
        body.write(MP4_HEAD)
        zeros = b"\0" * CHUNK
        remaining = size - len(MP4_HEAD)
        while remaining > 0:
            body.write(zeros[: min(CHUNK, remaining)])
            remaining -= CHUNK
        body.write(
            (
                f'\r\n--{BOUNDARY}\r\nContent-Disposition: form-data; name="complete"\r\n\r\n1'
                f"\r\n--{BOUNDARY}--\r\n"
            ).encode()
        )
    return path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=300)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="passerelle-upload-benchmark-"))
    os.environ["PRIVATE_MEDIA_ROOT"] = str(work / "private-media")

    import django
    from django.conf import settings

    django.setup()
    settings.STORAGES["profiles_private"]["OPTIONS"]["location"] = work / "private-media"
    settings.FILE_UPLOAD_TEMP_DIR = str(work)
    from django.core.files.storage import storages
    from django.test import Client
    from django.test.client import ClientHandler, RequestFactory
    from django.test.utils import setup_databases, setup_test_environment, teardown_databases

    setup_test_environment()
    databases = setup_databases(verbosity=0, interactive=False)
    storages._storages.pop("profiles_private", None)
    try:
        from profiles.models import VideoApplication, VideoSettings
        from registration.factories import RegistrationFactory

        limit = VideoSettings.load()
        limit.max_video_size_mb = args.size_mb + 10
        limit.save()
        user = RegistrationFactory().user
        client = Client()
        client.force_login(user)
        csrf = "b" * 32
        size = args.size_mb * 1024 * 1024
        body_path = work / "body.multipart"
        length = write_body(body_path, size, csrf)

        environ = RequestFactory()._base_environ(
            PATH_INFO="/en/my-path/video/",
            REQUEST_METHOD="POST",
            CONTENT_TYPE=f"multipart/form-data; boundary={BOUNDARY}",
            CONTENT_LENGTH=str(length),
            HTTP_COOKIE=f"{settings.SESSION_COOKIE_NAME}={client.session.session_key}; "
            f"{settings.CSRF_COOKIE_NAME}={csrf}",
        )
        handler = ClientHandler(enforce_csrf_checks=True)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        with body_path.open("rb") as stream:
            environ["wsgi.input"] = stream
            tracemalloc.start()
            started = time.perf_counter()
            response = handler(environ)
            elapsed = time.perf_counter() - started
            _current, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        video = VideoApplication.objects.get(profile__user=user)
        stored = Path(video.file.path).stat().st_size
        print(f"response status:            {response.status_code}")
        print(
            f"uploaded file:              {size / 2**20:.0f} MB (request body {length / 2**20:.1f} MB)"
        )
        print(f"stored file:                {stored / 2**20:.0f} MB ({video.content_type})")
        print(f"time:                       {elapsed:.1f} s")
        print(f"peak Python allocations:    {peak / 2**20:.1f} MB (tracemalloc)")
        print(
            f"peak resident memory grew:  {(rss_after - rss_before) / 1024:.1f} MB "
            f"(from {rss_before / 1024:.0f} MB to {rss_after / 1024:.0f} MB)"
        )
        assert response.status_code == 302, response.status_code
        assert stored == size
    finally:
        teardown_databases(databases, verbosity=0)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
