from django.core.files.storage import FileSystemStorage


class PrivateFileSystemStorage(FileSystemStorage):
    """Files on disk with no URL at all: they are only ever served by a view that checks who
    asks (FileSystemStorage would otherwise fall back to MEDIA_URL)."""

    def url(self, name):
        raise ValueError("Private files have no URL; serve them through a view.")
