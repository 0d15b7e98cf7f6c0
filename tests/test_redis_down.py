"""Redis down (#19): pages are still served, sign-in still works, the outage is logged once."""

import logging

import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache

from registration.factories import PASSWORD, UserFactory

# Nothing listens on port 9: every Redis call fails at once (connection refused).
CLOSED = "redis://127.0.0.1:9/0"


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "passerelle.resilient_cache.ResilientRedisCache",
            "LOCATION": CLOSED,
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    return settings


@pytest.mark.django_db
def test_pages_are_served_and_the_outage_is_logged_once(client, home_fr, redis_down, caplog):
    with caplog.at_level(logging.ERROR, logger="passerelle.resilient_cache"):
        for _ in range(3):
            response = client.get("/fr/")
            assert response.status_code == 200
            assert home_fr.title in response.content.decode()
        assert cache.get("anything", "default") == "default"
        cache.set("anything", 1)
    outages = [r for r in caplog.records if "Redis unreachable" in r.getMessage()]
    assert len(outages) == 1


@pytest.mark.django_db
def test_a_participant_signs_in_while_redis_is_down(client, redis_down):
    user = UserFactory(email="karim.benali@example.org")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    response = client.post("/fr/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    # The session lives in the database: the next page knows who it is.
    assert client.get(response["Location"], follow=True).context["user"] == user


@pytest.mark.django_db
def test_the_cache_is_used_again_when_redis_returns(settings, caplog):
    settings.CACHES = {
        "default": {
            "BACKEND": "passerelle.resilient_cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
            "KEY_PREFIX": "test-resilient",
        }
    }
    from redis.exceptions import ConnectionError as RedisConnectionError

    client = cache._cache.get_client  # the real client, to break and mend it
    calls = {"broken": True}

    def flaky(*args, **kwargs):
        if calls["broken"]:
            raise RedisConnectionError("down")
        return client(*args, **kwargs)

    cache._cache.get_client = flaky
    with caplog.at_level(logging.WARNING, logger="passerelle.resilient_cache"):
        cache.set("greeting", "bonjour")  # lost: Redis is down
        calls["broken"] = False
        cache._down_until = 0  # the retry delay has passed
        cache.set("greeting", "bonjour")
        assert cache.get("greeting") == "bonjour"
    assert "Redis reachable again" in caplog.text
    cache.delete("greeting")
