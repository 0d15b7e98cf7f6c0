"""A generated, seeded history of fictitious participants: registrations, attendance, course
completion, connections and follow-up answers, written with bulk inserts.

Used by the demo (a few hundred people over two years), the report's query-count tests (10 and
1,000 people) and ``scripts/benchmark_impact_report.py`` (20,000 people). Every address is
``<prefix>NNNNN@example.org``; nobody can sign in (unusable passwords).
"""

import datetime
import random
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from connections.choices import ConnectionOrigin, ConnectionState
from connections.models import Connection
from events.choices import EventKind, SignUpStatus
from events.models import EventPage, SignUp
from progress.models import ModuleCompletion
from registration.choices import Eligibility, ImmigrationStatus, PipelineStatus
from registration.models import Registration, User

from .choices import Answer
from .models import Checkpoint

FIRST_NAMES = [
    "Aïcha",
    "Bao",
    "Camila",
    "Dmytro",
    "Élodie",
    "Farid",
    "Grace",
    "Hamza",
    "Inès",
    "Jun",
    "Kofi",
    "Leïla",
    "Mateo",
    "Nadia",
    "Omar",
    "Priya",
    "Rania",
    "Santiago",
    "Thi",
    "Youssef",
]
LAST_NAMES = ["Fictif", "Exemple", "Démo", "Imaginaire", "Fictive-Tremblay", "Essai-Nguyễn"]
STATUSES = [
    (ImmigrationStatus.PERMANENT_RESIDENT, 50),
    (ImmigrationStatus.CITIZEN_BORN_ABROAD, 20),
    (ImmigrationStatus.TEMPORARY_FOREIGN_WORKER, 15),
    (ImmigrationStatus.PROTECTED_PERSON, 10),
    (ImmigrationStatus.ASYLUM_CLAIMANT, 5),
]
ANSWERS = [
    (Answer.EMPLOYED_IN_FIELD, 38),
    (Answer.EMPLOYED_OUTSIDE_FIELD, 22),
    (Answer.IN_TRAINING, 10),
    (Answer.STILL_LOOKING, 25),
    (Answer.PREFER_NOT_TO_SAY, 5),
]


@dataclass
class Sources:
    """What the generated people attend: events by kind, sectors, organisations, modules."""

    events: dict[str, list[EventPage]] = field(default_factory=dict)
    sector_ids: list[int] = field(default_factory=list)
    organisation_ids: list[int] = field(default_factory=list)
    module_keys: list = field(default_factory=list)


def _pick(rng: random.Random, weighted) -> str:
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights=weights)[0]


def _next_event(events: list[EventPage], after: datetime.datetime, today) -> EventPage | None:
    for event in events:  # sorted by start
        if event.start >= after and timezone.localdate(event.start) <= today:
            return event
    return None


def generate_history(
    *,
    count: int,
    seed: int,
    sources: Sources,
    first_day: datetime.date,
    last_day: datetime.date,
    prefix: str = "demo.suivi",
    offsets: tuple[int, ...] = (3, 6, 12),
    today: datetime.date | None = None,
) -> int:
    """Create `count` participants registered between the two days; returns how many were made
    (0 when people with this prefix exist already: loading twice changes nothing)."""
    if User.objects.filter(email__startswith=f"{prefix}.").exists():
        return 0
    rng = random.Random(seed)
    today = today or timezone.localdate()
    password = make_password(None)
    span = (last_day - first_day).days
    users = User.objects.bulk_create(
        [
            User(
                email=f"{prefix}.{index:05d}@example.org",
                first_name=rng.choice(FIRST_NAMES),
                last_name=f"{rng.choice(LAST_NAMES)} {index}",
                password=password,
            )
            for index in range(count)
        ]
    )
    if users and users[0].pk is None:  # databases that do not return ids (not ours, but safe)
        users = list(User.objects.filter(email__startswith=f"{prefix}.").order_by("email"))
    events = {kind: sorted(found, key=lambda e: e.start) for kind, found in sources.events.items()}
    registrations, registered_at = [], {}
    signups, completions, connections, checkpoints = [], [], [], []
    for user in users:
        day = first_day + datetime.timedelta(days=rng.randrange(span + 1))
        moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))
        registered_at[user.pk] = moment
        welcome = rng.random() < 0.8
        course = welcome and rng.random() < 0.75
        sector = course and rng.random() < 0.75
        recruitment = sector and rng.random() < 0.7
        status = PipelineStatus.NEW
        if welcome:
            status = PipelineStatus.IN_PATH
        if sector:
            status = PipelineStatus.READY
        elif not welcome and rng.random() < 0.6:
            status = PipelineStatus.CONTACTED
        registrations.append(
            Registration(
                user=user,
                preferred_language="fr" if rng.random() < 0.6 else "en",
                immigration_status=_pick(rng, STATUSES),
                postal_code=rng.choice(["H2X 1Y4", "H3S 2B7", "H1N 3K2", "H4C 1M5"]),
                arrival_year=rng.randint(2012, 2025),
                eligibility=Eligibility.ELIGIBLE if rng.random() < 0.9 else Eligibility.TO_REVIEW,
                status=status,
                consented_at=moment,
                consent_language="fr",
            )
        )
        after = moment
        for kind, wanted in (
            (EventKind.WELCOME_SESSION, welcome),
            (EventKind.SECTOR_ACTIVITY, sector),
            (EventKind.RECRUITMENT_EVENT, recruitment),
        ):
            event = _next_event(events.get(kind, []), after, today) if wanted else None
            if event is None:
                break
            after = event.start
            signups.append(
                SignUp(
                    event=event,
                    user=user,
                    status=SignUpStatus.CONFIRMED,
                    attended=True,
                    queued_at=after - datetime.timedelta(days=7),
                    confirmation_sent_at=after,
                    day_before_sent_at=after,
                    hour_before_sent_at=after,
                    notified_start=after,
                )
            )
            if kind == EventKind.RECRUITMENT_EVENT:
                completed_on = timezone.localdate(after)
                hired = False
                if sources.organisation_ids and rng.random() < 0.5:
                    hired = rng.random() < 0.35
                    connections.append(
                        Connection(
                            participant=user,
                            organisation_id=rng.choice(sources.organisation_ids),
                            event=event,
                            origin=ConnectionOrigin.INTERVIEW,
                            state=ConnectionState.HIRED if hired else ConnectionState.NEW,
                        )
                    )
                for months in offsets:
                    due = completed_on + relativedelta(months=months)
                    answered = due <= today and rng.random() < 0.7
                    answer = (
                        (Answer.EMPLOYED_IN_FIELD if hired else _pick(rng, ANSWERS))
                        if answered
                        else ""
                    )
                    sent = (
                        timezone.make_aware(datetime.datetime.combine(due, datetime.time(9)))
                        if due <= today
                        else None
                    )
                    checkpoints.append(
                        Checkpoint(
                            participant=user,
                            months=months,
                            due_on=due,
                            sent_at=sent,
                            reminders_sent=0 if answered or sent is None else 2,
                            answer=answer,
                            answered_at=sent + datetime.timedelta(days=rng.randint(0, 9))
                            if answered
                            else None,
                        )
                    )
        if course:
            completions += [
                ModuleCompletion(user=user, module_key=key) for key in sources.module_keys
            ]
    created = Registration.objects.bulk_create(registrations, batch_size=2000)
    for registration in created:
        registration.created_at = registered_at[registration.user.pk]
    Registration.objects.bulk_update(created, ["created_at"], batch_size=2000)
    if sources.sector_ids:
        through = Registration.sectors.through
        through.objects.bulk_create(
            [
                through(registration_id=registration.pk, sectorbriefingpage_id=sector_id)
                for registration in created
                for sector_id in rng.sample(
                    sources.sector_ids, k=min(len(sources.sector_ids), rng.choice([1, 1, 2]))
                )
            ],
            batch_size=2000,
        )
    SignUp.objects.bulk_create(signups, batch_size=2000)
    ModuleCompletion.objects.bulk_create(completions, batch_size=2000)
    Connection.objects.bulk_create(connections, batch_size=2000)
    Checkpoint.objects.bulk_create(checkpoints, batch_size=2000)
    return len(users)
