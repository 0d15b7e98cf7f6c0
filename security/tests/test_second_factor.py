"""Item 3 of #11: staff and representatives enrol a second factor before the admin opens."""

import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    SECRET_SESSION_KEY,
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.contrib.auth.models import Group, Permission

from .conftest import PASSWORD, make_staff

LOGIN = "/fr/accounts/login/"
ACTIVATE = "/fr/accounts/2fa/totp/activate/"


def current_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.fixture(autouse=True)
def second_factor_required(settings):
    settings.STAFF_MFA_REQUIRED = True


def log_in(client, user):
    client.post(LOGIN, {"login": user.email, "password": PASSWORD})


def test_staff_without_a_second_factor_is_sent_to_enrol(client, staff):
    log_in(client, staff)
    for path in ["/admin/", "/admin/registrations/", "/admin/api/main/pages/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"] == ACTIVATE


def test_a_representative_must_enrol_too(client, db):
    representative = make_staff("representante@example.org", perms=())
    representative.user_permissions.clear()
    group = Group.objects.create(name="Représentants : Génie")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    representative.groups.add(group)
    log_in(client, representative)
    assert client.get("/admin/")["Location"] == ACTIVATE


def test_enrolment_then_the_admin_opens(client, staff):
    log_in(client, staff)
    # allauth asks for the password again before a second factor is added.
    assert client.get(ACTIVATE)["Location"].startswith("/fr/accounts/reauthenticate/")
    client.post("/fr/accounts/reauthenticate/", {"password": PASSWORD})
    page = client.get(ACTIVATE)
    assert page.status_code == 200
    secret = client.session[SECRET_SESSION_KEY]
    wrong = client.post(ACTIVATE, {"code": "000000" if current_code(secret) != "000000" else "1"})
    assert wrong.status_code == 200
    assert client.get("/admin/").status_code == 302
    enrolled = client.post(ACTIVATE, {"code": current_code(secret)})
    assert enrolled.status_code == 302
    assert Authenticator.objects.filter(user=staff, type=Authenticator.Type.TOTP).exists()
    assert client.get("/admin/").status_code == 200


def test_once_enrolled_the_password_alone_does_not_log_in(client, staff):
    secret = generate_totp_secret()
    TOTP.activate(staff, secret)
    response = client.post(LOGIN, {"login": staff.email, "password": PASSWORD})
    assert response["Location"].endswith("/accounts/2fa/authenticate/")
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302

    refused = client.post("/fr/accounts/2fa/authenticate/", {"code": "12345"})
    assert "_auth_user_id" not in client.session
    assert refused.status_code == 200

    client.post("/fr/accounts/2fa/authenticate/", {"code": current_code(secret)})
    assert "_auth_user_id" in client.session
    assert client.get("/admin/").status_code == 200


def test_participants_are_not_asked_for_a_second_factor(client, participant):
    log_in(client, participant)
    response = client.get("/fr/mon-parcours/")
    assert response.status_code == 200


def test_a_lost_device_is_reset_by_command_and_the_person_enrols_again(client, staff):
    import io

    from django.core.management import call_command

    TOTP.activate(staff, generate_totp_secret())
    call_command("reset_second_factor", staff.email.upper(), stdout=io.StringIO())
    assert not Authenticator.objects.filter(user=staff).exists()
    log_in(client, staff)
    assert client.get("/admin/")["Location"] == ACTIVATE
