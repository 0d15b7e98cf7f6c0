"""Uploaded media (course videos, images, renditions) served by the application itself.

whitenoise serves only the static files collected at deploy time; media are uploaded later.
The production choice (README "Security"): the app serves ``MEDIA_URL`` from ``MEDIA_ROOT``
(a persistent volume) when ``SERVE_MEDIA`` is on, answering byte ranges so videos seek.
A deployment that puts media behind the web server or object storage turns it off.
"""

import mimetypes
import os
import re

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.utils._os import safe_join
from django.views.decorators.http import require_safe

RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


@require_safe
def serve_media(request: HttpRequest, path: str) -> HttpResponse:
    if not (settings.DEBUG or settings.SERVE_MEDIA):
        raise Http404
    try:
        full_path = safe_join(settings.MEDIA_ROOT, path)
    except (ValueError, SuspiciousFileOperation) as error:
        raise Http404 from error
    if not os.path.isfile(full_path):
        raise Http404
    size = os.path.getsize(full_path)
    content_type = mimetypes.guess_type(full_path)[0] or "application/octet-stream"
    match = RANGE.match(request.headers.get("Range", ""))
    if match and (match.group(1) or match.group(2)):
        start_text, end_text = match.groups()
        if start_text:
            start = int(start_text)
            end = min(int(end_text), size - 1) if end_text else size - 1
        else:
            start, end = max(size - int(end_text), 0), size - 1
        if start > end or start >= size:
            response = HttpResponse(status=416)
            response["Content-Range"] = f"bytes */{size}"
            return response
        with open(full_path, "rb") as file:
            file.seek(start)
            body = file.read(end - start + 1)
        response = HttpResponse(body, status=206, content_type=content_type)
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    else:
        response = FileResponse(open(full_path, "rb"), content_type=content_type)  # noqa: SIM115
    response["Accept-Ranges"] = "bytes"
    response["X-Content-Type-Options"] = "nosniff"
    return response
