"""The employers app's demo: four fictitious organisations, their openings and recruiters
(no usable password), attending the demo speed interviews with the demo participants."""

from pathlib import Path

import yaml
from allauth.account.models import EmailAddress
from django.utils import timezone
from wagtail.models import Page

from events.choices import SignUpStatus
from events.models import EventPage, SignUp
from registration.models import User
from sectors.models import SectorBriefingPage

from ..models import EventParticipation, Opening, Organisation, Recruiter

DEMO = Path(__file__).parent
# The upcoming demo recruitment event employers attend (French slug).
EVENT_SLUG = "entrevues-eclair-hiver"
PARTICIPANTS = ["demo.ines.haddad@example.org", "demo.rafael.mendoza@example.org"]


def _organisation(data: dict) -> Organisation:
    organisation = Organisation.objects.filter(name=data["name"]).first()
    if organisation is not None:
        return organisation
    fields = {
        key: value for key, value in data.items() if key not in {"sector", "recruiter", "openings"}
    }
    fields["sector"] = SectorBriefingPage.objects.filter(
        locale__language_code="fr", slug=data["sector"]
    ).first()
    organisation = Organisation.objects.create(**fields)
    for opening in data["openings"]:
        Opening.objects.create(
            organisation=organisation, sector=fields["sector"], published=True, **opening
        )
    person = data["recruiter"]
    user = User.objects.filter(email__iexact=person["email"]).first()
    if user is None:
        user = User.objects.create_user(
            email=person["email"], first_name=person["first_name"], last_name=person["last_name"]
        )
        user.set_unusable_password()
        user.save(update_fields=["password"])
        EmailAddress.objects.create(
            user=user, email=user.email.lower(), verified=True, primary=True
        )
    Recruiter.objects.get_or_create(user=user, defaults={"organisation": organisation})
    return organisation


def after_pages(pages: list[Page]) -> None:
    with (DEMO / "organisations.yaml").open(encoding="utf-8") as file:
        organisations = [_organisation(data) for data in yaml.safe_load(file)]
    event = EventPage.objects.filter(slug=EVENT_SLUG, locale__language_code="fr").first()
    if event is None:
        return
    for organisation in organisations:
        participation, created = EventParticipation.objects.get_or_create(
            organisation=organisation, event=event
        )
        if created:
            participation.openings.set(organisation.openings.all())
    now = timezone.now()
    for user in User.objects.filter(email__in=PARTICIPANTS):
        SignUp.objects.get_or_create(
            event=event,
            user=user,
            defaults={
                "status": SignUpStatus.CONFIRMED,
                "confirmation_sent_at": now,
                "day_before_sent_at": now,
                "hour_before_sent_at": now,
                "notified_start": event.start,
            },
        )
