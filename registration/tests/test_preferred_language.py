"""One `registration.selectors.preferred_language(user)` for every message sent to a person
(event e-mails, advisors' comments, account e-mails)."""

import pytest
from django.utils import translation

from registration.factories import RegistrationFactory, UserFactory
from registration.selectors import preferred_language

pytestmark = pytest.mark.django_db


def test_the_language_chosen_in_the_questionnaire_wins():
    user = RegistrationFactory(
        complete=True,
        preferred_language="en",
        user__email="Jose.Nguyen-Ouellet@Example.com",
        user__first_name="José",
        user__last_name="Nguyễn-Ouellet",
    ).user
    with translation.override("fr"):
        assert preferred_language(user, default="fr") == "en"


def test_without_a_registration_the_default_then_the_active_language():
    staff = UserFactory(email="Conseillere.Levesque@Example.org", first_name="Hélène")
    assert preferred_language(staff, default="fr") == "fr"
    with translation.override("en"):
        assert preferred_language(staff) == "en"
        assert preferred_language(None) == "en"
