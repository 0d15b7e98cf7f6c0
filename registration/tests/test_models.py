import pytest
from django.db import IntegrityError

from registration.factories import UserFactory
from registration.models import User


@pytest.mark.django_db
def test_the_database_refuses_the_same_email_in_another_case():
    UserFactory(email="amina@example.org")
    with pytest.raises(IntegrityError):
        User.objects.create_user(email="AMINA@example.org", password="x")
