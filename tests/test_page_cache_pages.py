"""The anonymous page cache on the program's own page types (#18): an event page is kept for
signed-out visitors (its sign-up is a link to sign in, no form), never shown with a signed-in
participant's place."""

from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from events.factories import EventPageFactory, SignUpFactory
from home.page_cache import STATUS_HEADER
from registration.factories import RegistrationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    yield
    cache.clear()


def test_an_event_page_is_cached_for_signed_out_visitors_with_a_sign_in_link(client):
    event = EventPageFactory()

    first = client.get(event.url)
    second = client.get(event.url)

    assert (first[STATUS_HEADER], second[STATUS_HEADER]) == ("miss", "hit")
    html = second.content.decode()
    assert "csrfmiddlewaretoken" not in html
    with translation.override("fr"):
        sign_in = reverse("account_login")
    assert f'href="{sign_in}?next={quote(event.url)}"' in html


def test_a_signed_in_participant_gets_the_sign_up_form_never_the_cached_link(client):
    event = EventPageFactory()
    client.get(event.url)
    client.force_login(RegistrationFactory(complete=True).user)

    html = client.get(event.url).content.decode()

    assert f'action="/fr/evenements/{event.pk}/inscription/"' in html
    assert "csrfmiddlewaretoken" in html


def test_a_sign_up_purges_the_event_page_so_visitors_see_the_places_left(
    client, django_capture_on_commit_callbacks
):
    event = EventPageFactory(capacity=10)
    assert "10 places libres" in client.get(event.url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        SignUpFactory(event=event)

    response = client.get(event.url)
    assert response[STATUS_HEADER] == "miss"
    assert "9 places libres" in response.content.decode()
