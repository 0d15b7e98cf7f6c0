"""Events test data: pages, hosts, sign-ups, invitations, calendar feeds.

``EventPageFactory(full=True)`` fills every field (accents, long names, hosts with bios, a
sector); participants come from `registration.factories`.
"""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Site

from .choices import Attendance, EventKind, SignUpStatus
from .models import (
    MONTREAL,
    CalendarFeed,
    EventHost,
    EventIndexPage,
    EventInvitation,
    EventPage,
    SignUp,
)


def in_days(days: int, hour: int = 18, minute: int = 0) -> datetime.datetime:
    """A Montreal time `days` from today (aware)."""
    day = timezone.localdate(timezone=MONTREAL) + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=MONTREAL)


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Événements"
    slug = "evenements"
    intro = "<p>Séances d'accueil, activités sectorielles et événements de recrutement.</p>"

    class Meta:
        model = EventIndexPage


def event_index() -> EventIndexPage:
    home = Site.objects.get(is_default_site=True).root_page
    return EventIndexPage.objects.child_of(home).first() or EventIndexPageFactory(parent=home)


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Activité sectorielle {n}")
    parent = factory.LazyFunction(event_index)
    kind = EventKind.SECTOR_ACTIVITY
    summary = "Rencontrez des représentantes et représentants du secteur."
    start = factory.LazyFunction(lambda: in_days(14))
    end = factory.LazyAttribute(lambda page: page.start + datetime.timedelta(hours=2))
    attendance = Attendance.ONLINE
    meeting_link = "https://meet.example.org/passerelle-secret-42"
    capacity = 10

    class Meta:
        model = EventPage
        skip_postgeneration_save = True

    class Params:
        full = factory.Trait(
            title="Rencontre « Génie » : ingénieures et ingénieurs formés à l'étranger",
            body="<p>Échanges avec l'Ordre et des employeurs du génie-conseil.</p>",
            venue="Chambre de commerce du Montréal métropolitain",
            signup_opens=factory.LazyFunction(lambda: in_days(-30)),
            signup_closes=factory.LazyAttribute(
                lambda page: page.start - datetime.timedelta(hours=6)
            ),
            hosts=factory.PostGeneration(
                lambda page, create, extracted, **kwargs: [
                    EventHostFactory(page=page),
                    EventHostFactory(
                        page=page,
                        name="Jean-François Lévesque-Tremblay",
                        role="hr_professional",
                        organization="Ressources humaines Côté & Associés",
                    ),
                ]
            ),
        )


class EventHostFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(EventPageFactory)
    name = "Hélène Bérubé-N'Diaye"
    role = "sector_representative"
    organization = "Ordre des ingénieurs du Québec"
    bio = "Ingénieure civile, vingt ans d'expérience en génie-conseil à Montréal."

    class Meta:
        model = EventHost


class SignUpFactory(factory.django.DjangoModelFactory):
    event = factory.SubFactory(EventPageFactory)
    user = factory.SubFactory("registration.factories.UserFactory")
    status = SignUpStatus.CONFIRMED
    shares_first_name = True

    class Meta:
        model = SignUp


class EventInvitationFactory(factory.django.DjangoModelFactory):
    event = factory.SubFactory(EventPageFactory)
    user = factory.SubFactory("registration.factories.UserFactory")

    class Meta:
        model = EventInvitation


class CalendarFeedFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory("registration.factories.UserFactory")

    class Meta:
        model = CalendarFeed
