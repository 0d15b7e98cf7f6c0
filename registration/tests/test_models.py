import pytest
from django.db import IntegrityError

from registration.factories import UserFactory
from registration.models import User


@pytest.mark.django_db
def test_the_database_refuses_the_same_email_in_another_case():
    UserFactory(email="amina@example.org")
    with pytest.raises(IntegrityError):
        User.objects.create_user(email="AMINA@example.org", password="x")


def test_a_refusal_count_reads_in_words_not_codes():
    import datetime

    from django.utils import translation

    from registration.models import IneligibleAttempt

    attempt = IneligibleAttempt(
        reason="off_island", language="fr", month=datetime.date(2026, 3, 1), count=4
    )
    with translation.override("fr"):
        text = str(attempt)
    assert text.startswith("2026-03")
    assert "Habite hors de l'île de Montréal" in text
    assert text.endswith(": 4")
    assert "Français" in text
    assert "off_island" not in text
