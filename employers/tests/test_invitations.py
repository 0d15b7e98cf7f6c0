import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from employers.factories import InvitationFactory, JoinRequestFactory
from employers.models import Invitation, JoinRequest, Organisation, Recruiter
from employers.services import invitation_token
from registration.factories import RegistrationFactory
from registration.models import User

pytestmark = pytest.mark.django_db

FORM = {
    "first_name": "Hélène",
    "last_name": "Bérubé-N'Diaye",
    "password1": "Un-mot-de-passe-solide-42",
    "password2": "Un-mot-de-passe-solide-42",
}


def _accept_url(invitation, language="fr"):
    from django.utils import translation

    with translation.override(language):
        return reverse("employers:accept", args=[invitation_token(invitation)])


def test_invitation_creates_a_verified_recruiter_once(client):
    invitation = InvitationFactory()
    url = _accept_url(invitation)
    assert url.startswith("/fr/employeurs/invitation/")
    response = client.post(url, FORM)
    assert response.status_code == 302
    user = User.objects.get(email__iexact=invitation.email)
    assert user.recruiter.organisation == invitation.organisation
    assert user.emailaddress_set.get().verified
    # Used twice: refused, nothing changed.
    client.logout()
    response = client.post(
        url, {**FORM, "password1": "Autre-Mot-2-passe!", "password2": "Autre-Mot-2-passe!"}
    )
    assert response.status_code == 400
    assert "already used" in response.content.decode() or "déjà" in response.content.decode()
    user.refresh_from_db()
    assert user.check_password(FORM["password1"])


def test_expired_or_tampered_invitation_is_refused(client):
    invitation = InvitationFactory(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    response = client.get(_accept_url(invitation))
    assert response.status_code == 400
    assert "expir" in response.content.decode()
    fresh = InvitationFactory()
    token = invitation_token(fresh)
    tampered = reverse(
        "employers:accept", args=[token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1]]
    )
    response = client.post(tampered, FORM)
    assert response.status_code == 400
    assert not Recruiter.objects.exists()


def test_a_participant_address_cannot_accept(client):
    registration = RegistrationFactory(user__email="amina.participante@example.org")
    invitation = InvitationFactory(email="Amina.Participante@Example.org")
    response = client.post(_accept_url(invitation), FORM)
    assert response.status_code == 400
    assert not Recruiter.objects.exists()
    registration.user.refresh_from_db()
    assert not registration.user.check_password(FORM["password1"])


def test_staff_invite_by_email_with_an_absolute_link(
    admin_client, organisation_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("invitations:add"),
            {
                "organisation": organisation_a.pk,
                "email": "Nouvelle@Ponts.example.com",
                "language": "en",
            },
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Invitation.objects.get().organisation == organisation_a
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "http://testserver/en/employers/invitation/" in body
    assert mail.outbox[0].to == ["Nouvelle@Ponts.example.com"]


def test_public_join_request_then_staff_approve(
    client, admin_client, django_capture_on_commit_callbacks
):
    response = client.post(
        reverse("employers:public"),
        {
            "organisation_name": "Boulangerie Fictive Saint-Laurent",
            "contact_name": "Jean-François Tremblay",
            "email": "jf@boulangerie-fictive.example.com",
            "website": "https://boulangerie-fictive.example.com",
        },
    )
    assert response.status_code == 302
    # The same request again, as a double click or a second Enter sends it: one request.
    again = client.post(
        reverse("employers:public"),
        {
            "organisation_name": "boulangerie fictive saint-laurent",
            "contact_name": "Jean-François Tremblay",
            "email": "JF@Boulangerie-Fictive.example.com",
            "website": "https://boulangerie-fictive.example.com",
        },
    )
    assert again.status_code == 302
    join_request = JoinRequest.objects.get()
    bad = client.post(
        reverse("employers:public"),
        {
            "organisation_name": "X",
            "contact_name": "Y",
            "email": "z@example.com",
            "website": "not a url",
        },
    )
    assert bad.status_code == 400
    assert JoinRequest.objects.count() == 1
    url = reverse("join_requests:approve", args=[join_request.pk])
    assert admin_client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(url).status_code == 302
    organisation = Organisation.objects.get()
    assert organisation.name == "Boulangerie Fictive Saint-Laurent"
    assert Invitation.objects.get().organisation == organisation
    assert len(mail.outbox) == 1
    # Approving twice changes nothing.
    admin_client.post(url)
    assert Organisation.objects.count() == 1


def test_public_page_in_both_languages(client, event):
    from wagtail.models import Locale

    Locale.objects.get_or_create(language_code="en")
    assert client.get("/fr/employeurs/").status_code == 200
    response = client.get("/en/employers/")
    assert response.status_code == 200
    assert event.title in client.get("/fr/employeurs/").content.decode()


def test_admin_lists_inspect_and_export(admin_client, recruiter_a, marker, event):
    join_request = JoinRequestFactory()
    listing = admin_client.get(reverse("join_requests:index")).content.decode()
    assert reverse("join_requests:approve", args=[join_request.pk]) in listing
    for name in (
        "organisations",
        "recruiters",
        "openings",
        "join_requests",
        "invitations",
        "packet_views",
    ):
        assert admin_client.get(reverse(f"{name}:index")).status_code == 200, name
    response = admin_client.get(reverse("organisations:index") + "?export=csv")
    assert response.status_code == 200
    assert "Ponts et Chaussées Fictifs A" in b"".join(response.streaming_content).decode()
    inspect = admin_client.get(reverse("recruiters:inspect", args=[recruiter_a.recruiter.pk]))
    assert inspect.status_code == 200
