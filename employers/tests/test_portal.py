import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from employers.factories import EmployerEventSettingsFactory, OpeningFactory, RecruiterFactory
from employers.models import InterestMark, Opening
from employers.services import deactivate
from events.models import SignUp
from profiles.models import PacketView
from profiles.services import set_sharing

from .conftest import MARKER

pytestmark = pytest.mark.django_db


def _list(client, event):
    return client.get(reverse("employers:participants", args=[event.pk]))


def _packet(client, event, profile):
    return client.get(reverse("employers:packet", args=[event.pk, profile.pk]))


def test_recruiter_sees_the_consenting_confirmed_participant_and_opening_is_logged(
    client, recruiter_a, marker, event
):
    client.force_login(recruiter_a)
    assert MARKER in _list(client, event).content.decode()
    response = _packet(client, event, marker)
    assert response.status_code == 200
    assert MARKER in response.content.decode()
    assert "+15148720311" not in response.content.decode()  # no contact details
    view = PacketView.objects.get(profile=marker)
    assert view.viewer == recruiter_a
    assert view.organisation == "Ponts et Chaussées Fictifs A"
    # The participant's My path says so (in their language, English here).
    client.force_login(marker.user)
    my_path = client.get(reverse("registration:my_path")).content.decode()
    assert "Vu par 1 employeur." in my_path or "Consulté par 1 employeur." in my_path


def test_withdrawing_consent_or_cancelling_removes_access_at_once(
    client, recruiter_a, marker, event
):
    client.force_login(recruiter_a)
    set_sharing(profile=marker, share=False)
    assert MARKER not in _list(client, event).content.decode()
    assert _packet(client, event, marker).status_code == 404
    set_sharing(profile=marker, share=True)
    SignUp.objects.filter(user=marker.user).update(status="cancelled")
    assert MARKER not in _list(client, event).content.decode()
    assert _packet(client, event, marker).status_code == 404


def test_another_organisation_gets_nothing_with_tampered_ids(client, recruiter_b, marker, event):
    client.force_login(recruiter_b)
    assert _list(client, event).status_code == 404
    assert _packet(client, event, marker).status_code == 404
    assert not PacketView.objects.exists()


def test_deactivated_recruiter_old_session_sees_nothing(client, recruiter_a, marker, event):
    client.force_login(recruiter_a)
    assert _list(client, event).status_code == 200
    deactivate(recruiter=recruiter_a.recruiter)
    assert _list(client, event).status_code == 403
    assert _packet(client, event, marker).status_code == 403
    assert client.get(reverse("employers:dashboard")).status_code == 403


def test_second_factor_is_required_before_the_portal(client, settings, recruiter_a, event):
    settings.STAFF_MFA_REQUIRED = True
    client.force_login(recruiter_a)
    response = _list(client, event)
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_mark_and_private_note_stay_with_the_organisation(
    client, recruiter_a, recruiter_b, marker, event
):
    client.force_login(recruiter_a)
    url = reverse("employers:packet", args=[event.pk, marker.pk])
    response = client.post(url, {"level": "high", "note": "Note privée : à rappeler"})
    assert response.status_code == 302
    mark = InterestMark.objects.get()
    assert (mark.level, mark.note) == ("high", "Note privée : à rappeler")
    assert "Élevé" in _list(client, event).content.decode()
    # The participant never sees it.
    client.force_login(marker.user)
    my_path = client.get(reverse("registration:my_path")).content.decode()
    assert "Note privée" not in my_path


def test_marks_refused_after_the_deadline(client, recruiter_a, marker, event):
    EmployerEventSettingsFactory(
        event=event, marks_deadline=timezone.now() - datetime.timedelta(minutes=1)
    )
    client.force_login(recruiter_a)
    url = reverse("employers:packet", args=[event.pk, marker.pk])
    client.post(url, {"level": "high", "note": "trop tard"})
    assert not InterestMark.objects.exists()


def test_openings_of_another_organisation_are_not_reachable(client, recruiter_a, organisation_b):
    other = OpeningFactory(organisation=organisation_b, published=False, title="Brouillon secret B")
    client.force_login(recruiter_a)
    assert client.get(reverse("employers:opening", args=[other.pk])).status_code == 404
    response = client.post(reverse("employers:opening", args=[other.pk]), {"delete": "1"})
    assert response.status_code == 404
    assert Opening.objects.filter(pk=other.pk).exists()
    assert "Brouillon secret B" not in client.get(reverse("employers:openings")).content.decode()


def test_recruiter_creates_an_opening_and_rejects_a_bad_salary_range(client, recruiter_a):
    client.force_login(recruiter_a)
    data = {
        "language": "fr",
        "title": "Technicienne ou technicien en génie civil",
        "positions": "3",
        "work_mode": "hybrid",
        "salary_min": "90000",
        "salary_max": "60000",
    }
    response = client.post(reverse("employers:openings"), data)
    assert response.status_code == 400
    assert not Opening.objects.exists()
    data["salary_max"] = "95000"
    assert client.post(reverse("employers:openings"), data).status_code == 302
    assert Opening.objects.get().organisation == recruiter_a.recruiter.organisation


def test_invalid_website_and_oversized_logo_change_nothing(client, settings, recruiter_a):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.EMPLOYERS_LOGO_MAX_BYTES = 100
    client.force_login(recruiter_a)
    organisation = recruiter_a.recruiter.organisation
    response = client.post(
        reverse("employers:organisation"),
        {"name": "Nouveau nom", "website": "pas une adresse"},
    )
    assert response.status_code == 400
    organisation.refresh_from_db()
    assert organisation.name == "Ponts et Chaussées Fictifs A"
    big = SimpleUploadedFile("logo.png", b"\x89PNG\r\n\x1a\n" + b"0" * 500, "image/png")
    response = client.post(
        reverse("employers:organisation"), {"name": "Nouveau nom", "logo_file": big}
    )
    assert response.status_code == 400
    organisation.refresh_from_db()
    assert organisation.name == "Ponts et Chaussées Fictifs A"
    assert organisation.logo is None


def test_recruiter_signs_up_for_an_event_with_openings(client, recruiter_b, event):
    opening = OpeningFactory(organisation=recruiter_b.recruiter.organisation)
    client.force_login(recruiter_b)
    prefix = f"event-{event.pk}"
    response = client.post(
        reverse("employers:event_sign_up", args=[event.pk]),
        {
            f"{prefix}-recruiters_count": "2",
            f"{prefix}-tables_count": "3",
            f"{prefix}-openings": [opening.pk],
        },
    )
    assert response.status_code == 302
    participation = recruiter_b.recruiter.organisation.participations.get()
    assert participation.tables_count == 3
    assert list(participation.openings.all()) == [opening]


def test_a_participant_cannot_become_a_recruiter(marker, organisation_a):
    from employers.services import EmployersError, make_recruiter

    with pytest.raises(EmployersError):
        make_recruiter(user=marker.user, organisation=organisation_a)


def test_a_recruiter_cannot_register_as_participant(organisation_a):
    from django.core.exceptions import ValidationError

    from registration.factories import RegistrationFactory

    recruiter = RecruiterFactory(organisation=organisation_a)
    with pytest.raises(ValidationError):
        RegistrationFactory(user=recruiter.user)


def test_recruiter_lands_on_the_portal_after_signing_in(client, recruiter_a):
    from registration.factories import PASSWORD

    response = client.post(
        "/fr/accounts/login/", {"login": recruiter_a.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("employers:dashboard")


def test_staff_deactivate_a_recruiter_in_the_admin(admin_client, client, recruiter_a, event):
    recruiter = recruiter_a.recruiter
    client.force_login(recruiter_a)
    assert _list(client, event).status_code == 200
    response = admin_client.post(
        reverse("recruiters:edit", args=[recruiter.pk]),
        {"organisation": recruiter.organisation_id},
    )
    assert response.status_code == 302
    recruiter.refresh_from_db()
    assert not recruiter.active and recruiter.deactivated_at is not None
    assert _list(client, event).status_code == 403


def test_participant_data_download_lists_their_interests(client, marker, organisation_a, event):
    from employers.factories import ParticipantInterestFactory

    ParticipantInterestFactory(participant=marker.user, organisation=organisation_a, event=event)
    from registration.personal_data import participant_data

    data = participant_data(user=marker.user)
    assert data["employer_interests"][0]["organisation"] == "Ponts et Chaussées Fictifs A"


def test_recruiter_invites_a_colleague_of_the_same_organisation(
    client, recruiter_a, marker, django_capture_on_commit_callbacks
):
    from django.core import mail

    from employers.models import Invitation

    client.force_login(recruiter_a)
    url = reverse("employers:colleagues")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"email": "Collegue@Ponts.example.com"})
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.organisation == recruiter_a.recruiter.organisation
    assert "/fr/employeurs/invitation/" in mail.outbox[0].body
    # A participant's address is refused, nothing sent.
    response = client.post(url, {"email": marker.user.email.upper()})
    assert response.status_code == 400
    assert Invitation.objects.count() == 1


def test_a_logo_within_the_limit_is_stored_as_an_image(client, recruiter_a):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "navy").save(buffer, "PNG")
    client.force_login(recruiter_a)
    response = client.post(
        reverse("employers:organisation"),
        {
            "name": "Ponts et Chaussées Fictifs A",
            "website": "https://ponts.example.com",
            "logo_file": SimpleUploadedFile("logo.png", buffer.getvalue(), "image/png"),
        },
    )
    assert response.status_code == 302
    organisation = recruiter_a.recruiter.organisation
    organisation.refresh_from_db()
    assert organisation.logo.width == 40


def test_an_unverified_recruiter_is_asked_to_confirm_the_address(client, organisation_a):
    recruiter = RecruiterFactory(organisation=organisation_a, verified=False)
    client.force_login(recruiter.user)
    response = client.get(reverse("employers:dashboard"))
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email")


def test_the_database_check_lists_an_account_both_participant_and_recruiter(marker, organisation_a):
    from employers.checks import participants_are_not_recruiters
    from employers.models import Recruiter

    assert participants_are_not_recruiters(databases=["default"]) == []
    # Written by hand, past the services and the signal.
    Recruiter.objects.bulk_create([Recruiter(user=marker.user, organisation=organisation_a)])
    (error,) = participants_are_not_recruiters(databases=["default"])
    assert error.id == "employers.E001"
