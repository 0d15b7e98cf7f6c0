"""Item 4 of #11: rate limits count per real client, behind the proxy or not."""

import pytest

from .conftest import PASSWORD

LOGIN = "/fr/accounts/login/"


def exhaust_login_limit(client, staff, **headers):
    # "login_failed": 10/m per IP. Different unknown addresses: only the IP counter fills.
    for attempt in range(12):
        client.post(LOGIN, {"login": f"inconnu{attempt}@example.com", "password": "x"}, **headers)


def can_log_in(client, staff, **headers) -> bool:
    client.post(LOGIN, {"login": staff.email, "password": PASSWORD}, **headers)
    return "_auth_user_id" in client.session


@pytest.fixture
def behind_one_proxy(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1


def test_behind_the_proxy_one_visitor_does_not_lock_out_another(
    client_factory, staff, behind_one_proxy
):
    attacker, colleague = client_factory(), client_factory()
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    exhaust_login_limit(attacker, staff, HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy)
    assert not can_log_in(attacker, staff, HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy)
    assert can_log_in(colleague, staff, HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy)


def test_behind_the_proxy_a_forged_header_does_not_reset_the_count(
    client_factory, staff, behind_one_proxy
):
    attacker = client_factory()
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    # The proxy appends the real address; whatever the attacker wrote before it is ignored.
    for attempt in range(12):
        attacker.post(
            LOGIN,
            {"login": f"inconnu{attempt}@example.com", "password": "x"},
            HTTP_X_FORWARDED_FOR=f"192.0.2.{attempt}, 203.0.113.9",
            **proxy,
        )
    assert not can_log_in(attacker, staff, HTTP_X_FORWARDED_FOR="192.0.2.99, 203.0.113.9", **proxy)


def test_without_a_proxy_the_header_is_not_trusted(client_factory, staff):
    attacker = client_factory()
    for attempt in range(12):
        attacker.post(
            LOGIN,
            {"login": f"inconnu{attempt}@example.com", "password": "x"},
            REMOTE_ADDR="203.0.113.9",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{attempt}",
        )
    assert not can_log_in(
        attacker, staff, REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="192.0.2.200"
    )
    assert can_log_in(client_factory(), staff, REMOTE_ADDR="198.51.100.7")


def test_the_questionnaire_limit_counts_per_real_client(client_factory, db, behind_one_proxy):
    from allauth.core import ratelimit
    from django.test import RequestFactory

    def request_from(ip):
        return RequestFactory().post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=ip)

    # The questionnaire consumes allauth's "signup" limit (10/m per IP).
    results = [ratelimit.consume(request_from("203.0.113.9"), action="signup") for _ in range(11)]
    assert results[-1] is False
    assert ratelimit.consume(request_from("198.51.100.7"), action="signup") is True


@pytest.fixture
def client_factory():
    from django.test import Client

    return Client
