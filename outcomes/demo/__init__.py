"""The outcomes demo: two years of generated, clearly fictitious history, so the impact report,
the call list and the public figures show something meaningful out of the box.

Archived past events (not published: they never show on the public site) for each step, a few
hundred participants ``demo.suivi.NNNNN@example.org`` (no usable password) who registered over
two years, attended some of them, completed the course, met the demo organisations, and answered
(or not) their follow-up checkpoints; the demo organisations' questionnaires after each event.
Seeded and written with bulk inserts; loading it again changes nothing.
"""

import datetime
import random

from django.utils import timezone
from wagtail.models import Page

from employers.models import EventParticipation, Organisation
from events.choices import EventKind, RecruitmentFormat
from events.models import EventIndexPage, EventPage
from progress.selectors import current_course
from sectors.models import SectorBriefingPage

from ..history import Sources, generate_history
from ..models import EmployerFollowUp, FollowUpSettings

PARTICIPANTS = 400
SEED = 2021
PREFIX = "demo.suivi"
# Every so many days over two years, one archived event of each step.
EVENT_EVERY_DAYS = 60
TITLES = {
    EventKind.WELCOME_SESSION: "Archive démo — séance d'accueil",
    EventKind.SECTOR_ACTIVITY: "Archive démo — activité sectorielle",
    EventKind.RECRUITMENT_EVENT: "Archive démo — entrevues éclair",
}
OFFSET_DAYS = {
    EventKind.WELCOME_SESSION: 0,
    EventKind.SECTOR_ACTIVITY: 20,
    EventKind.RECRUITMENT_EVENT: 40,
}


def _archived_events(today: datetime.date) -> dict[str, list[EventPage]]:
    index = EventIndexPage.objects.filter(locale__language_code="fr").first()
    existing = list(EventPage.objects.filter(slug__startswith="archive-demo-"))
    if existing or index is None:
        events: dict[str, list[EventPage]] = {}
        for event in existing:
            events.setdefault(event.kind, []).append(event)
        return events
    events = {}
    first = today - datetime.timedelta(days=730)
    for number, day in enumerate(
        first + datetime.timedelta(days=days) for days in range(0, 720, EVENT_EVERY_DAYS)
    ):
        for kind, title in TITLES.items():
            start = timezone.make_aware(
                datetime.datetime.combine(
                    day + datetime.timedelta(days=OFFSET_DAYS[kind]), datetime.time(13)
                )
            )
            if start.date() >= today:
                continue
            page = EventPage(
                title=f"{title} {number + 1}",
                slug=f"archive-demo-{kind.replace('_', '-')}-{number + 1}",
                kind=kind,
                recruitment_format=RecruitmentFormat.SPEED_INTERVIEWS
                if kind == EventKind.RECRUITMENT_EVENT
                else "",
                summary="Événement fictif archivé pour la démonstration du rapport d'impact.",
                start=start,
                end=start + datetime.timedelta(hours=2),
                capacity=200,
                live=False,
            )
            index.add_child(instance=page)
            events.setdefault(kind, []).append(page)
    return events


def _employer_history(events: list[EventPage], organisations: list[int], seed: int) -> None:
    rng = random.Random(seed)
    participations = []
    for event in events:
        for organisation_id in organisations:
            if rng.random() < 0.55:
                participations.append(
                    EventParticipation(organisation_id=organisation_id, event=event)
                )
    EventParticipation.objects.bulk_create(participations, ignore_conflicts=True)
    now = timezone.now()
    created = EventParticipation.objects.filter(
        event__in=events, event__start__lte=now - datetime.timedelta(days=90)
    )
    EmployerFollowUp.objects.bulk_create(
        [
            EmployerFollowUp(
                participation=participation,
                sent_at=participation.event.start + datetime.timedelta(days=90),
                hires=rng.randint(0, 3),
                match_quality=rng.choice(["excellent", "good", "good", "fair"]),
                would_return=rng.random() < 0.85,
                answered_at=participation.event.start + datetime.timedelta(days=95),
            )
            for participation in created.select_related("event")
            if rng.random() < 0.7
        ],
        ignore_conflicts=True,
    )


def after_pages(pages: list[Page]) -> None:
    today = timezone.localdate()
    events = _archived_events(today)
    if not events:
        return
    course = current_course(language_code="fr")
    organisations = list(Organisation.objects.order_by("pk").values_list("pk", flat=True))
    made = generate_history(
        count=PARTICIPANTS,
        seed=SEED,
        sources=Sources(
            events=events,
            sector_ids=list(
                SectorBriefingPage.objects.filter(locale__language_code="fr").values_list(
                    "pk", flat=True
                )
            ),
            organisation_ids=organisations,
            module_keys=[module.translation_key for module in course.get_modules()]
            if course
            else [],
        ),
        first_day=today - datetime.timedelta(days=730),
        last_day=today - datetime.timedelta(days=60),
        prefix=PREFIX,
        today=today,
    )
    if not made:
        return
    _employer_history(events.get(EventKind.RECRUITMENT_EVENT, []), organisations, SEED)
    # The demo publishes its figures so the home and Employers pages show them; staff decide
    # on a real site (Settings › Follow-up and impact).
    chosen = FollowUpSettings.load()
    chosen.publish_participants = chosen.publish_employment_rate = True
    chosen.publish_hired = chosen.publish_employers = True
    chosen.save()
