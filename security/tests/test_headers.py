"""Item 7 of #11: CSP and Permissions-Policy on HTML pages; staff sessions end when idle."""

import re

import pytest

from .conftest import PASSWORD

LOGIN = "/fr/accounts/login/"


def directives(header: str) -> dict[str, list[str]]:
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


def test_public_pages_forbid_inline_scripts(client, home_fr):
    response = client.get("/fr/")
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"]
    assert "camera=()" in response["Permissions-Policy"]


def test_every_script_on_public_pages_is_a_file_or_carries_the_nonce(client, home_fr):
    response = client.get(LOGIN)
    html = response.content.decode()
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"])
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert (
            "src=" in tag
            or 'type="application/json"' in tag
            or (nonce and f'nonce="{nonce.group(1)}"' in tag)
        ), tag


def test_the_admin_gets_its_own_tolerant_policy(client, staff):
    client.force_login(staff)
    response = client.get("/admin/")
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert not any(value.startswith("'nonce-") for value in policy["script-src"])
    assert policy["object-src"] == ["'none'"]
    assert "Permissions-Policy" in response


def test_staff_sessions_end_after_the_idle_timeout(client, staff, settings):
    settings.STAFF_SESSION_IDLE_TIMEOUT = 20 * 60
    client.post(LOGIN, {"login": staff.email, "password": PASSWORD, "remember": "on"})
    client.get("/admin/")
    assert client.session.get_expiry_age() == 20 * 60
    assert not client.session.get_expire_at_browser_close()


@pytest.mark.parametrize(("remember", "at_browser_close"), [(True, False), (False, True)])
def test_participants_sessions_follow_remember_me(client, participant, remember, at_browser_close):
    data = {"login": participant.email, "password": PASSWORD}
    if remember:
        data["remember"] = "on"
    client.post(LOGIN, data)
    client.get("/fr/")
    assert "_auth_user_id" in client.session
    assert client.session.get_expire_at_browser_close() is at_browser_close
