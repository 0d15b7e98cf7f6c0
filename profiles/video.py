"""Checks of an uploaded video: its type from its first bytes (never its name), its size while it
streams in."""

from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler, SkipFile

# ISO base media file brands of MP4 video (the "ftyp" box); "qt  " is QuickTime (MOV).
MP4_BRANDS = {
    b"isom", b"iso2", b"iso3", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"M4V ",
    b"M4VH", b"M4VP", b"dash", b"mmp4", b"3gp4", b"3gp5", b"3gp6", b"3g2a", b"MSNV", b"f4v ",
}  # fmt: skip
QUICKTIME_ATOMS = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}
EBML_MAGIC = b"\x1a\x45\xdf\xa3"

VIDEO_TYPES = {
    "mp4": ("video/mp4", "mp4"),
    "mov": ("video/quicktime", "mov"),
    "webm": ("video/webm", "webm"),
}


def sniff_video(head: bytes) -> str | None:
    """ "mp4", "mov" or "webm" from a file's first bytes; None for anything else."""
    if len(head) >= 12 and head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand == b"qt  ":
            return "mov"
        return "mp4" if brand in MP4_BRANDS else None
    if len(head) >= 8 and head[4:8] in QUICKTIME_ATOMS:
        return "mov"
    if head.startswith(EBML_MAGIC) and b"\x42\x82" in head[:64] and b"webm" in head[:64]:
        return "webm"
    return None


def sniff_upload(upload: UploadedFile) -> str | None:
    upload.seek(0)
    head = upload.read(64)
    upload.seek(0)
    return sniff_video(head)


class SizeLimitUploadHandler(FileUploadHandler):
    """Stops reading a file past ``limit`` bytes: the rest of the request is drained, nothing of
    it is kept in memory or on disk, and ``too_big`` tells the view why the file is missing."""

    def __init__(self, request=None, *, limit: int):
        super().__init__(request)
        self.limit = limit
        self.too_big = False

    def receive_data_chunk(self, raw_data, start):
        if start + len(raw_data) > self.limit:
            self.too_big = True
            raise SkipFile
        return raw_data

    def file_complete(self, file_size):
        return None
