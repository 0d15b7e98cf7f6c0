"""Uploaded media (course videos, images, renditions) served by the application itself.

whitenoise serves only the static files collected at deploy time; media are uploaded later.
The production choice (README "Security"): the app serves ``MEDIA_URL`` from ``MEDIA_ROOT``
(a persistent volume) when ``SERVE_MEDIA`` is on, answering byte ranges so videos seek.
Wagtail documents (collection privacy), original images and the participants' private files
are never answered here.
A deployment that puts media behind the web server or object storage turns it off.
"""

import mimetypes
import os

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import Http404, HttpRequest, HttpResponse
from django.utils._os import safe_join
from django.views.decorators.http import require_safe

from home.ranges import ranged_file_response

# Wagtail documents obey their collection's privacy only through ``/documents/<id>/<name>``;
# original images are served through renditions. Neither is answered from MEDIA_ROOT directly.
PRIVATE_PREFIXES = ("documents/", "original_images/")


def _inside(path: str, root) -> bool:
    real_root = os.path.realpath(root)
    return os.path.commonpath([os.path.realpath(path), real_root]) == real_root


@require_safe
def serve_media(request: HttpRequest, path: str) -> HttpResponse:
    if not (settings.DEBUG or settings.SERVE_MEDIA):
        raise Http404
    try:
        full_path = safe_join(settings.MEDIA_ROOT, path)
    except (ValueError, SuspiciousFileOperation) as error:
        raise Http404 from error
    relative = os.path.relpath(os.path.realpath(full_path), os.path.realpath(settings.MEDIA_ROOT))
    if (
        relative.replace(os.sep, "/").startswith(PRIVATE_PREFIXES)
        # Participants' private files, should PRIVATE_MEDIA_ROOT lie inside MEDIA_ROOT.
        or _inside(full_path, settings.PRIVATE_MEDIA_ROOT)
        or not os.path.isfile(full_path)
    ):
        raise Http404
    content_type = mimetypes.guess_type(full_path)[0] or "application/octet-stream"
    return ranged_file_response(
        request,
        open(full_path, "rb"),  # noqa: SIM115 - the response closes it once sent
        size=os.path.getsize(full_path),
        content_type=content_type,
    )
