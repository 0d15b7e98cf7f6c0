"""Item 8 of #11: inactive registrations are anonymised; counts for the reports remain."""

import datetime
import io
import logging

import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.utils import timezone

from registration.choices import PipelineStatus
from registration.factories import RegistrationFactory, UserFactory
from registration.models import AdvisorNote, IntakeSettings, Registration, RegistrationStatusChange
from registration.selectors import pipeline_funnel

LONG_AGO = timezone.now() - datetime.timedelta(days=800)


@pytest.fixture
def old_registration(db):
    user = UserFactory(
        email="Ancienne.Participante@Example.com",
        first_name="Éloïse",
        last_name="Nguyễn-Saint-Pierre",
        last_login=LONG_AGO,
    )
    EmailAddress.objects.create(user=user, email=user.email.lower(), verified=True, primary=True)
    registration = RegistrationFactory(
        user=user, complete=True, status=PipelineStatus.READY, phone="+15145550199"
    )
    AdvisorNote.objects.create(registration=registration, text="Appelée le 3 mars, très motivée.")
    Registration.objects.filter(pk=registration.pk).update(created_at=LONG_AGO)
    AdvisorNote.objects.filter(registration=registration).update(created_at=LONG_AGO)
    return registration


@pytest.fixture
def recent_registration(db):
    return RegistrationFactory(complete=True, user=UserFactory(email="active@example.com"))


def run(*args) -> str:
    out = io.StringIO()
    call_command("apply_retention", *args, stdout=out)
    return out.getvalue()


def test_inactive_registration_is_anonymised(old_registration, recent_registration):
    funnel_before = [(row.label, row.count) for row in pipeline_funnel()]
    run()
    old_registration.refresh_from_db()
    user = old_registration.user
    user.refresh_from_db()
    assert (user.first_name, user.last_name) == ("", "")
    assert "Ancienne" not in user.email and not user.has_usable_password()
    assert not user.is_active
    assert not EmailAddress.objects.filter(user=user).exists()
    assert str(old_registration.phone) == ""
    assert old_registration.field_of_experience == ""
    assert old_registration.immigration_status == ""
    assert old_registration.anonymised_at is not None
    assert not AdvisorNote.objects.filter(registration=old_registration).exists()
    # Counts for the reports remain.
    assert old_registration.status == PipelineStatus.READY
    assert [(row.label, row.count) for row in pipeline_funnel()] == funnel_before
    recent_registration.refresh_from_db()
    assert recent_registration.user.first_name == "Aminata"
    assert recent_registration.anonymised_at is None


def test_dry_run_counts_and_changes_nothing(old_registration, recent_registration, caplog):
    with caplog.at_level(logging.WARNING):
        output = run("--dry-run")
    assert "1 registration(s) would be anonymised" in output
    old_registration.refresh_from_db()
    assert old_registration.user.first_name == "Éloïse"
    assert "1 inactive" in caplog.text
    assert "Éloïse" not in caplog.text and "example.com" not in caplog.text.lower()


def test_safe_to_run_every_day(old_registration):
    assert "1 registration(s) anonymised" in run()
    assert "0 registration(s) anonymised" in run()


def test_recent_activity_keeps_the_registration(old_registration):
    RegistrationStatusChange.objects.create(
        registration=old_registration,
        from_status=PipelineStatus.NEW,
        to_status=PipelineStatus.READY,
    )
    assert "0 registration(s) anonymised" in run()


def test_the_period_is_set_in_the_admin(old_registration):
    settings = IntakeSettings.load()
    settings.retention_months = 36
    settings.save()
    assert "0 registration(s) anonymised" in run()
    settings.retention_months = 12
    settings.save()
    assert "1 registration(s) anonymised" in run()
