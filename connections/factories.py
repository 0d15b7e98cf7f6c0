"""One factory per model, every optional field filled (accents, long messages)."""

import datetime

import factory
from django.utils import timezone

from employers.factories import FullOrganisationFactory
from registration.factories import UserFactory

from .choices import ConnectionOrigin, Direction, RequestStatus
from .models import Connection, ConnectionRequest, ContactView, PoolConsent


class ConnectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Connection

    participant = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(FullOrganisationFactory)
    origin = ConnectionOrigin.REQUEST


class PoolConsentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PoolConsent

    participant = factory.SubFactory(UserFactory)


class ConnectionRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConnectionRequest

    participant = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(FullOrganisationFactory)
    direction = Direction.FROM_ORGANISATION
    message = (
        "Bonjour ! Votre expérience en réfection d'aqueducs nous intéresse beaucoup : "
        "seriez-vous disponible pour un échange de 30 minutes la semaine prochaine ?"
    )
    status = RequestStatus.PENDING
    expires_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=14))


class ContactViewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactView

    connection = factory.SubFactory(ConnectionFactory)
    viewer = factory.SubFactory(UserFactory)
    side = "organisation"
