"""The connections app's demo: the two demo participants with a packet attended the fall speed
interviews and stay in the pool; two demo organisations took part; one of them has sent a
request that waits for Inès's answer. Loading twice changes nothing."""

import datetime

from django.conf import settings
from django.utils import timezone
from wagtail.models import Page

from employers.models import EventParticipation, Organisation, Recruiter
from events.choices import SignUpStatus
from events.models import EventPage, SignUp
from registration.models import User

from ..choices import Direction, RequestStatus
from ..models import ConnectionRequest, PoolConsent

PAST_EVENT_SLUG = "entrevues-eclair-automne"
POOL_MEMBERS = ["demo.ines.haddad@example.org", "demo.rafael.mendoza@example.org"]
ORGANISATIONS = ["Génie-Conseil Fictif Boréal", "Logiciels Fictifs Aurore inc."]
REQUEST = {
    "organisation": "Génie-Conseil Fictif Boréal",
    "participant": "demo.ines.haddad@example.org",
    "message": (
        "Bonjour Inès, nous vous avons rencontrée aux entrevues éclair d'automne. Un poste de "
        "chargée de projets en infrastructures s'ouvre chez nous : en parlons-nous ?"
    ),
}


def after_pages(pages: list[Page]) -> None:
    event = EventPage.objects.filter(slug=PAST_EVENT_SLUG, locale__language_code="fr").first()
    if event is None:
        return
    for organisation in Organisation.objects.filter(name__in=ORGANISATIONS):
        EventParticipation.objects.get_or_create(organisation=organisation, event=event)
    now = timezone.now()
    for user in User.objects.filter(email__in=POOL_MEMBERS):
        SignUp.objects.get_or_create(
            event=event,
            user=user,
            defaults={
                "status": SignUpStatus.CONFIRMED,
                "attended": True,
                "confirmation_sent_at": now,
                "day_before_sent_at": now,
                "hour_before_sent_at": now,
                "notified_start": event.start,
            },
        )
        if not PoolConsent.objects.filter(participant=user).exists():
            PoolConsent.objects.create(participant=user)
    organisation = Organisation.objects.filter(name=REQUEST["organisation"]).first()
    participant = User.objects.filter(email=REQUEST["participant"]).first()
    if organisation is None or participant is None:
        return
    if not ConnectionRequest.objects.filter(
        organisation=organisation, participant=participant
    ).exists():
        ConnectionRequest.objects.create(
            organisation=organisation,
            participant=participant,
            direction=Direction.FROM_ORGANISATION,
            message=REQUEST["message"],
            sent_by=getattr(
                Recruiter.objects.filter(organisation=organisation).first(), "user", None
            ),
            status=RequestStatus.PENDING,
            expires_at=now + datetime.timedelta(days=settings.CONNECTION_REQUEST_DAYS),
        )
