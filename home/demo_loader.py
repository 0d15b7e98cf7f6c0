"""Bilingual demo content read from data files: one YAML file per page.

Each app keeps its pages in ``<app>/demo/pages/*.yaml``, read in file-name order (the number
in front of each name gives the order of the page tree and of the menus). A page file holds:

- ``type``: the page model (``training.ModulePage``), and ``parent``: the French path of the
  parent page under the home page (``/`` for a child of the home page). The home page itself
  is the site root made by the migrations: its file says ``site_root: true`` instead.
- the page's fields, with their values in French and English side by side wherever they
  differ: ``title: {fr: Génie, en: Engineering}``. Any other value (a number, a URL, a name)
  is the same in both languages. StreamField bodies are lists of blocks, each written
  ``- block_type: value``, with the same rule at every level of the value.
- two kinds of values that are not text: ``{ref: name}``, an object the app's demo module
  provides (an uploaded video, a document), and ``{relative_date: next tuesday + 9 days}``,
  a date counted from the day the demo is loaded (``today``, ``today + 21 days``).

In a text, a blank line between two HTML tags is dropped: write one paragraph or list item per
block of lines. The French page is added under its parent, then translated into English
through wagtail-localize (`home.translation.translate_page`), the way an editor uploading a PO
file would, so every English page stays a synced translation. Running the loader again keeps
existing pages as they are and adds only what is missing.

An app's ``<app>/demo/__init__.py`` may define ``references()`` (the objects ``{ref: ...}``
names) and ``after_pages(pages)`` (what is not prose, e.g. accounts or settings rows).
"""

import datetime
import re
from collections.abc import Iterable
from importlib import import_module
from pathlib import Path
from typing import Any

import yaml
from django.apps import apps
from django.db import models
from django.utils import timezone
from wagtail.fields import StreamField
from wagtail.models import Page, Site

from .translation import translate_page

SOURCE_LANGUAGE = "fr"
LANGUAGES = ("fr", "en")
PAGE_KEYS = {"type", "parent", "site_root"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
RELATIVE_DATE = re.compile(
    rf"(?P<anchor>today|next (?P<weekday>{'|'.join(WEEKDAYS)}))"
    r"(?: \+ (?P<days>\d+) days?)?"
)


def read(path: Path) -> Any:
    with path.open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def relative_date(spec: str, *, today: datetime.date | None = None) -> datetime.date:
    """``today``, ``today + 21 days``, ``next tuesday`` (never today), ``next tuesday + 9 days``."""
    match = RELATIVE_DATE.fullmatch(spec.strip())
    if match is None:
        raise ValueError(f"Not a relative date: {spec!r}")
    day = today or timezone.localdate()
    if match["weekday"]:
        ahead = (WEEKDAYS.index(match["weekday"]) - day.weekday()) % 7 or 7
        day += datetime.timedelta(days=ahead)
    return day + datetime.timedelta(days=int(match["days"] or 0))


RELATIVE_DATETIME = re.compile(
    r"(?P<day>.+?)(?: - (?P<back>\d+) days?)? at (?P<hour>\d{1,2}):(?P<minute>\d{2})"
)


def relative_datetime(spec: str, *, today: datetime.date | None = None) -> datetime.datetime:
    """A local time on a relative day: ``next tuesday + 9 days at 18:00``, ``today - 20 days at
    9:30`` (days back, for past events)."""
    match = RELATIVE_DATETIME.fullmatch(spec.strip())
    if match is None:
        raise ValueError(f"Not a relative date and time: {spec!r}")
    day = relative_date(match["day"], today=today) - datetime.timedelta(
        days=int(match["back"] or 0)
    )
    moment = datetime.datetime.combine(day, datetime.time(int(match["hour"]), int(match["minute"])))
    return timezone.make_aware(moment)


def localize(value: Any, language: str, *, references: dict[str, Any] | None = None) -> Any:
    """``value`` with every ``{fr, en}`` pair replaced by its text in ``language``."""
    if isinstance(value, dict):
        if set(value) == set(LANGUAGES):
            return localize(value[language], language, references=references)
        if set(value) == {"ref"}:
            return (references or {})[value["ref"]]
        if set(value) == {"relative_date"}:
            return relative_date(value["relative_date"])
        if set(value) == {"relative_datetime"}:
            return relative_datetime(value["relative_datetime"])
        return {key: localize(item, language, references=references) for key, item in value.items()}
    if isinstance(value, list):
        return [localize(item, language, references=references) for item in value]
    if isinstance(value, str):
        return value.replace(">\n<", "><")
    return value


def _field_value(model: type[models.Model], name: str, value: Any) -> Any:
    field = model._meta.get_field(name)
    if isinstance(field, StreamField):
        return [(block_type, block) for item in value for block_type, block in item.items()]
    if field.one_to_many:
        # Child objects of a ClusterableModel (a ParentalKey's related name), e.g. sessions.
        child = field.related_model
        return [
            child(**{key: _field_value(child, key, item) for key, item in row.items()})
            for row in value
        ]
    return field.to_python(value)


def build_page(data: dict, language: str, *, references: dict[str, Any] | None = None) -> Page:
    """The unsaved page that ``data`` describes, in ``language``."""
    model = apps.get_model(data["type"])
    fields = {
        name: _field_value(model, name, localize(value, language, references=references))
        for name, value in data.items()
        if name not in PAGE_KEYS
    }
    return model(**fields)


def french_page(path: str) -> Page:
    """The French page at ``path`` under the home page (``/`` is the home page)."""
    page = Site.objects.get(is_default_site=True).root_page
    for slug in filter(None, path.split("/")):
        page = page.get_children().get(slug=slug)
    return page.specific


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def load_page(data: dict, *, references: dict[str, Any] | None = None) -> Page:
    """Add the French page that ``data`` describes and its English translation; idempotent.

    An existing French page (same slug under the same parent; the site root once edited) is
    kept as it is; only a missing English translation is added.
    """
    french = build_page(data, SOURCE_LANGUAGE, references=references)
    if data.get("site_root"):
        page = Site.objects.get(is_default_site=True).root_page.specific
        if page.latest_revision_id is None:
            for name in data.keys() - PAGE_KEYS:
                setattr(page, name, getattr(french, name))
            _publish(page)
    else:
        parent = french_page(data["parent"])
        page = parent.get_children().filter(slug=french.slug).specific().first()
        if page is None:
            page = _publish(parent.add_child(instance=french))
    for language in LANGUAGES:
        if (
            language != SOURCE_LANGUAGE
            and not page.get_translations().filter(locale__language_code=language).exists()
        ):
            translate_page(page, build_page(data, language, references=references), locale=language)
    return page


def load_pages(folder: Path, *, references: dict[str, Any] | None = None) -> list[Page]:
    """Every page of ``folder`` (``*.yaml``, in file-name order); returns the French pages."""
    return [load_page(read(path), references=references) for path in sorted(folder.glob("*.yaml"))]


def load_demo(app_labels: Iterable[str]) -> None:
    """Each app's demo pages, then what its ``demo`` module adds, in the order given."""
    for label in app_labels:
        app = apps.get_app_config(label)
        hooks = import_module(f"{app.name}.demo")
        references = hooks.references() if hasattr(hooks, "references") else {}
        pages = load_pages(Path(app.path) / "demo" / "pages", references=references)
        if hasattr(hooks, "after_pages"):
            hooks.after_pages(pages)
