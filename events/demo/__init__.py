"""The events app's demo: its pages are in ``pages/``; this adds their sectors and sign-ups.

The demo participants have no usable password (nobody can sign in as them): they only fill the
lists, so that advisors see a full event with its waiting list and past events with attendance.
"""

from django.utils import timezone
from wagtail.models import Page

from events.choices import SignUpStatus
from events.models import EventPage, SignUp
from registration.choices import PipelineStatus
from registration.models import Registration, User
from sectors.models import SectorBriefingPage

# French event slug → French sector slugs.
EVENT_SECTORS = {
    "rencontre-recrutement-ti": ["technologies-de-l-information"],
    "atelier-ti-septembre": ["technologies-de-l-information"],
    "permis-exercice-genie": ["genie"],
    "panel-rh-finance": ["finance-et-assurances"],
    "recruteurs-sante": ["sante-et-services-sociaux"],
}

PARTICIPANTS = [
    ("Amina", "Benali-Roy", "fr", PipelineStatus.IN_PATH),
    ("Carlos", "Mendoza Pérez", "en", PipelineStatus.IN_PATH),
    ("Linh", "Nguyễn", "fr", PipelineStatus.READY),
    ("Olena", "Kovalenko", "en", PipelineStatus.READY),
    ("Youssef", "El Amrani", "fr", PipelineStatus.IN_PATH),
    ("Priya", "Raghunathan", "en", PipelineStatus.CONTACTED),
    ("Jean-Baptiste", "Ndiaye", "fr", PipelineStatus.CONTACTED),
]

# French event slug → (participants by index, statuses), attendance for past events.
SIGNUPS = {
    "seance-accueil-matin": [(0, "c"), (1, "c"), (4, "c"), (5, "c"), (6, "w"), (2, "w")],
    "seance-accueil-octobre": [(0, True), (1, True), (2, True), (3, True), (4, False)],
    "atelier-ti-septembre": [(0, True), (2, True), (4, False)],
    "entrevues-eclair-automne": [(2, True), (3, False)],
}


def _participants() -> list[User]:
    users = []
    for first, last, language, status in PARTICIPANTS:
        email = f"demo.{first.lower()}.{last.split()[0].lower()}@example.org"
        user, created = User.objects.get_or_create(
            email=email, defaults={"first_name": first, "last_name": last}
        )
        if created:
            user.set_unusable_password()
            user.save()
        Registration.objects.get_or_create(
            user=user, defaults={"preferred_language": language, "status": status}
        )
        users.append(user)
    return users


def _set_sectors(events: list[EventPage]) -> None:
    sectors = {
        page.slug: page for page in SectorBriefingPage.objects.filter(locale__language_code="fr")
    }
    for event in events:
        slugs = EVENT_SECTORS.get(event.slug)
        if not slugs or event.sectors.exists():
            continue
        chosen = [sectors[slug] for slug in slugs if slug in sectors]
        for page in EventPage.objects.filter(translation_key=event.translation_key):
            page.sectors.set(
                SectorBriefingPage.objects.filter(
                    locale_id=page.locale_id,
                    translation_key__in=[sector.translation_key for sector in chosen],
                )
            )
            page.save_revision().publish()


def after_pages(pages: list[Page]) -> None:
    events = [page for page in pages if isinstance(page, EventPage)]
    _set_sectors(events)
    users = _participants()
    now = timezone.now()
    by_slug = {event.slug: event for event in events}
    for slug, rows in SIGNUPS.items():
        event = by_slug.get(slug)
        if event is None or event.signups.exists():
            continue
        for index, state in rows:
            SignUp.objects.create(
                event=event,
                user=users[index],
                status=SignUpStatus.WAITING if state == "w" else SignUpStatus.CONFIRMED,
                attended=state if isinstance(state, bool) else None,
                shares_first_name=index % 2 == 0,
                # The demo sends nothing: every message is marked as sent already.
                confirmation_sent_at=now,
                day_before_sent_at=now,
                hour_before_sent_at=now,
                notified_start=event.start,
            )
