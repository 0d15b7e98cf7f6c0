"""Item 1–2 of #11: the admin's login and password reset are allauth's, with its limits."""

import pytest
from django.core import mail

from .conftest import PASSWORD, make_participant

LOGIN = "/fr/accounts/login/"


def is_logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_admin_login_checks_no_password_itself(client, staff):
    response = client.post("/admin/login/", {"username": staff.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)
    assert not is_logged_in(client)


def test_admin_login_sends_to_allauth_keeping_the_admin_page(client, db):
    response = client.get("/admin/pages/", follow=True)
    assert response.redirect_chain[-1][0] == f"{LOGIN}?next=%2Fadmin%2Fpages%2F"
    assert 'name="login"' in response.content.decode()


def test_forty_wrong_passwords_then_the_right_one_is_refused(client, staff):
    for attempt in range(40):
        client.post(LOGIN, {"login": staff.email, "password": f"mauvais-{attempt}"})
    response = client.post(LOGIN, {"login": staff.email, "password": PASSWORD})
    assert not is_logged_in(client)
    assert response.status_code in (200, 429)


def test_the_right_password_alone_opens_the_admin(client, staff):
    response = client.post(f"{LOGIN}?next=/admin/", {"login": staff.email, "password": PASSWORD})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_unverified_staff_address_is_not_enough(client, db):
    from .conftest import make_staff

    staff = make_staff("nouvelle.conseillere@example.com", verified=False)
    client.post(LOGIN, {"login": staff.email, "password": PASSWORD})
    assert not is_logged_in(client)
    assert client.get("/admin/").status_code == 302


def test_participant_is_refused_at_the_admin_with_a_clear_message(client, participant):
    client.post(f"{LOGIN}?next=/admin/", {"login": participant.email, "password": PASSWORD})
    response = client.get("/admin/", follow=True)
    page = response.content.decode()
    assert (
        response.redirect_chain[-1][0] == "/fr/mon-parcours/"
        or "mon-parcours" in (response.redirect_chain[-1][0])
    )
    assert "réservée au personnel du programme" in page
    assert "Wagtail" not in page.split("<main", 1)[-1][:200]


def test_unverified_participant_cannot_log_in_through_the_admin(client, db):
    participant = make_participant("pas.verifiee@example.com", verified=False)
    client.post("/admin/login/", {"username": participant.email, "password": PASSWORD})
    client.post(LOGIN, {"login": participant.email, "password": PASSWORD})
    assert not is_logged_in(client)


def test_admin_password_reset_is_allauths_and_limited(client, staff):
    first = client.post("/admin/password_reset/", {"email": staff.email})
    assert first.status_code == 302
    assert first["Location"] == "/fr/accounts/password/reset/"
    assert len(mail.outbox) == 0
    statuses = [
        client.post("/fr/accounts/password/reset/", {"email": staff.email}).status_code
        for _ in range(15)
    ]
    assert 429 in statuses
    assert len(mail.outbox) <= 3


def test_admin_logout_is_allauths(client, staff):
    client.force_login(staff)
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert not is_logged_in(client)


@pytest.mark.parametrize(
    "candidate", ["https://evil.example.com/", "//evil.example.com/", "http:///evil.example.com"]
)
def test_the_admin_login_drops_a_next_to_another_site(client, db, candidate):
    response = client.get("/admin/login/", {"next": candidate})
    assert "evil" not in response["Location"]
