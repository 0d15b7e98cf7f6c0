import pytest

from connections.choices import ConnectionOrigin, ConnectionState
from connections.services import connect
from employers.factories import FullOrganisationFactory
from registration.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_connecting_a_pair_twice_keeps_one_connection_and_its_state():
    participant = UserFactory(email="Émilie.Côté-Nguyen@Example.ORG")
    organisation = FullOrganisationFactory()
    first = connect(participant, organisation, origin=ConnectionOrigin.INTERVIEW)
    first.state = ConnectionState.OFFER
    first.save()

    again = connect(participant, organisation, origin=ConnectionOrigin.REQUEST)

    assert again.pk == first.pk
    assert again.state == ConnectionState.OFFER
    assert again.origin == ConnectionOrigin.INTERVIEW
