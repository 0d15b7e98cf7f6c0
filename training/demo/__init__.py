"""The training app's demo: its pages are in ``pages/``; this imports the files they show.

The sample video, its captions and the pitch worksheet ship in ``training/demo_media/``
(described in ``files.yaml``) and are imported once.
"""

from pathlib import Path

from django.core.files import File
from wagtail.documents import get_document_model
from wagtailmedia.models import get_media_model

from home.demo_loader import read

DEMO = Path(__file__).resolve().parent
DEMO_MEDIA = DEMO.parent / "demo_media"


def _import(model, *, file: str, title: str, **fields):
    existing = model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    with (DEMO_MEDIA / file).open("rb") as source:
        instance = model(title=title, file=File(source, name=file), **fields)
        if hasattr(instance, "_set_document_file_metadata"):
            instance._set_document_file_metadata()
        instance.save()
    return instance


def references() -> dict:
    files = read(DEMO / "files.yaml")
    video = files.pop("sample_video")
    return {
        "sample_video": _import(get_media_model(), type="video", **video),
        **{name: _import(get_document_model(), **file) for name, file in files.items()},
    }
