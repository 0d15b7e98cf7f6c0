"""Files answered with HTTP byte ranges, streamed in chunks (never read whole into memory).

Video players ask for parts of a file to seek (Safari plays nothing without it); a
``Range: bytes=0-`` asks for the whole file, so the answer must stream. Used by the media
server (``security/media.py``) and the participants' private videos (``profiles/views.py``).
"""

import re

from django.http import FileResponse, HttpRequest, HttpResponse, StreamingHttpResponse

CHUNK_SIZE = 64 * 1024
RANGE = re.compile(r"bytes=(\d*)-(\d*)")


class Unsatisfiable(Exception):
    """The range starts after the end of the file (answered 416)."""


def byte_range(header: str, size: int) -> tuple[int, int] | None:
    """One ``bytes=start-end`` range within the file, or None (the whole file).

    Raises ``Unsatisfiable`` for a range that starts at or after the end of the file."""
    match = RANGE.fullmatch(header.strip())
    if not match or (not match[1] and not match[2]):
        return None
    if match[1]:
        start = int(match[1])
        if start >= size:
            raise Unsatisfiable
        end = min(int(match[2]), size - 1) if match[2] else size - 1
    else:
        if not size or not int(match[2]):
            raise Unsatisfiable
        start, end = max(size - int(match[2]), 0), size - 1
    if start > end:
        raise Unsatisfiable
    return start, end


def chunks(file, length: int, chunk_size: int = CHUNK_SIZE):
    """``length`` bytes of ``file`` from where it stands, ``chunk_size`` at a time; closes it."""
    with file:
        while length > 0:
            data = file.read(min(chunk_size, length))
            if not data:
                break
            length -= len(data)
            yield data


def ranged_file_response(
    request: HttpRequest, file, *, size: int, content_type: str
) -> HttpResponse:
    """The open binary ``file`` (``size`` bytes), whole or the asked range, always streamed.

    The response owns the file: it is closed once sent (or at once for a 416)."""
    try:
        requested = byte_range(request.headers.get("Range", ""), size)
    except Unsatisfiable:
        file.close()
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        response["Accept-Ranges"] = "bytes"
        return response
    if requested is None:
        response = FileResponse(file, content_type=content_type)
    else:
        start, end = requested
        file.seek(start)
        response = StreamingHttpResponse(
            chunks(file, end - start + 1), status=206, content_type=content_type
        )
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
        response["Content-Length"] = str(end - start + 1)
    response["Accept-Ranges"] = "bytes"
    response["X-Content-Type-Options"] = "nosniff"
    return response
