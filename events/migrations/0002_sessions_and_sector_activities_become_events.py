"""The welcome activity's inline sessions and the sector briefings' "activities" blocks become
event pages under a new events index (French, the source language; editors translate them).

The old data stays where it was (no longer shown nor editable) so that this migration can be
reversed by deleting the created pages.
"""

import datetime
import uuid
import zoneinfo

from django.db import migrations
from django.utils import timezone
from django.utils.text import slugify

MONTREAL = zoneinfo.ZoneInfo("America/Montreal")
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4


def _encode(number: int) -> str:
    digits = ""
    while number:
        number, remainder = divmod(number, len(ALPHABET))
        digits = ALPHABET[remainder] + digits
    return digits.rjust(STEPLEN, "0")


def _decode(step: str) -> int:
    return int(step, len(ALPHABET))


class Tree:
    """Just enough of treebeard's materialised path to add children with historical models."""

    def __init__(self, apps):
        self.Page = apps.get_model("wagtailcore", "Page")
        self.ContentType = apps.get_model("contenttypes", "ContentType")

    def add_child(self, parent, model, **fields):
        last = self.Page.objects.filter(
            path__startswith=parent.path, depth=parent.depth + 1
        ).order_by("-path").first()
        number = _decode(last.path[-STEPLEN:]) + 1 if last else 1
        content_type, _ = self.ContentType.objects.get_or_create(
            app_label=model._meta.app_label, model=model._meta.model_name
        )
        slug = fields["slug"]
        page = model.objects.create(
            path=parent.path + _encode(number),
            depth=parent.depth + 1,
            numchild=0,
            content_type=content_type,
            locale_id=parent.locale_id,
            translation_key=uuid.uuid4(),
            url_path=f"{parent.url_path}{slug}/",
            draft_title=fields["title"],
            live=True,
            has_unpublished_changes=False,
            first_published_at=timezone.now(),
            last_published_at=timezone.now(),
            **fields,
        )
        self.Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + 1)
        parent.numchild += 1
        return page


def _unique_slug(Page, parent, slug):
    siblings = set(
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).values_list(
            "slug", flat=True
        )
    )
    candidate, number = slug, 2
    while candidate in siblings:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate


def _index_under(tree, apps, home):
    EventIndexPage = apps.get_model("events", "EventIndexPage")
    index = EventIndexPage.objects.filter(
        path__startswith=home.path, depth=home.depth + 1
    ).first()
    if index:
        return index
    return tree.add_child(
        home,
        EventIndexPage,
        title="Événements",
        slug=_unique_slug(tree.Page, home, "evenements"),
        intro="",
    )


def forwards(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    WelcomeActivityPage = apps.get_model("training", "WelcomeActivityPage")
    WelcomeSession = apps.get_model("training", "WelcomeSession")
    SectorBriefingPage = apps.get_model("sectors", "SectorBriefingPage")
    EventPage = apps.get_model("events", "EventPage")
    tree = Tree(apps)
    source = Locale.objects.filter(language_code="fr").first()
    if source is None:
        return

    def home_of(page):
        return tree.Page.objects.get(path=page.path[: -STEPLEN])

    def add_event(home, **fields):
        index = _index_under(tree, apps, home)
        index = tree.Page.objects.get(pk=index.pk)
        fields["slug"] = _unique_slug(tree.Page, index, fields["slug"])
        sectors = fields.pop("sectors", [])
        event = tree.add_child(index, EventPage, **fields)
        if sectors:
            event.sectors.set(sectors)
        return event

    for activity_page in WelcomeActivityPage.objects.filter(locale=source):
        home = home_of(activity_page)
        for session in WelcomeSession.objects.filter(page=activity_page).order_by("sort_order"):
            start = datetime.datetime.combine(session.date, session.start_time, tzinfo=MONTREAL)
            online = session.session_format == "online"
            add_event(
                home,
                title=f"Séance d'accueil du {session.date:%Y-%m-%d}",
                slug=f"seance-accueil-{session.date:%Y-%m-%d}",
                kind="welcome_session",
                recruitment_format="",
                summary="",
                body="",
                start=start,
                end=start + datetime.timedelta(minutes=session.duration_minutes or 90),
                attendance="online" if online else "in_person",
                meeting_link=session.online_link if online else "",
                venue="",
                address="" if online else session.place,
                capacity=20,
                cancellation_cutoff_hours=24,
                who_may_sign_up="registered",
                is_cancelled=False,
            )

    for sector in SectorBriefingPage.objects.filter(locale=source):
        home = tree.Page.objects.get(path=sector.path[: -2 * STEPLEN])
        for block in sector.activities.raw_data if sector.activities else []:
            value = block.get("value") or {}
            if block.get("type") != "activity" or not value.get("date"):
                continue
            day = datetime.date.fromisoformat(value["date"])
            start = datetime.datetime.combine(day, datetime.time(12, 0), tzinfo=MONTREAL)
            title = value.get("title") or sector.title
            add_event(
                home,
                title=title,
                slug=slugify(f"{title}-{day:%Y-%m-%d}")[:200],
                kind="sector_activity",
                recruitment_format="",
                summary="",
                body=value.get("how_to_join") or "",
                start=start,
                end=start + datetime.timedelta(hours=2),
                attendance="online" if value.get("format") == "online" else "in_person",
                meeting_link="",
                venue="",
                address="",
                capacity=20,
                cancellation_cutoff_hours=24,
                who_may_sign_up="registered",
                is_cancelled=False,
                sectors=[sector.pk],
            )


def backwards(apps, schema_editor):
    EventPage = apps.get_model("events", "EventPage")
    Page = apps.get_model("wagtailcore", "Page")
    for event in EventPage.objects.all():
        parent = Page.objects.get(path=event.path[:-STEPLEN])
        Page.objects.filter(pk=event.pk).delete()
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild - 1)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("training", "0002_course_content_blocks_and_sessions"),
        ("sectors", "0003_sector_workflow"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
