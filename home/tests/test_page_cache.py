"""The anonymous page cache (#18): who gets cached pages, what is never kept, and the purges."""

import re
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from home.factories import publish
from home.models import SiteIdentity
from home.page_cache import STATUS_HEADER
from home.translation import translate_page
from registration.factories import RegistrationFactory, RegistrationPageFactory, UserFactory
from training.factories import CoursePageFactory, ModulePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def course(home_fr):
    return publish(
        CoursePageFactory(parent=home_fr, title="Candidature vidéo", slug="candidature-video")
    )


def text(response) -> str:
    return response.content.decode()


def test_anonymous_visitors_get_the_second_view_from_the_cache_without_queries(client, course):
    first = client.get(course.url)
    with CaptureQueriesContext(connection) as queries:
        second = client.get(course.url)

    assert first[STATUS_HEADER] == "miss"
    assert second[STATUS_HEADER] == "hit"
    assert len(queries) == 0
    assert second.content == first.content
    assert "Candidature vidéo" in text(second)
    assert "public" in second["Cache-Control"] and "s-maxage=60" in second["Cache-Control"]
    assert "Cookie" in second["Vary"]


def test_a_cached_page_keeps_the_csp_nonce_its_body_uses(client, course):
    first = client.get(course.url)
    hit = client.get(course.url)

    assert hit["Content-Security-Policy"] == first["Content-Security-Policy"]
    for nonce in re.findall(r'nonce="([^"]+)"', text(hit)):
        assert f"'nonce-{nonce}'" in hit["Content-Security-Policy"]


def test_signed_in_participants_never_get_or_fill_the_cache(client, course):
    client.get(course.url)  # cached for anonymous visitors
    client.force_login(RegistrationFactory().user)

    response = client.get(course.url)

    assert STATUS_HEADER not in response
    assert "private" in response["Cache-Control"]
    assert "Log out" in text(response) or "Se déconnecter" in text(response)


def test_query_strings_are_separate_entries_but_campaign_tags_are_ignored(client, course):
    client.get(course.url + "?utm_source=infolettre")
    assert client.get(course.url)[STATUS_HEADER] == "hit"
    assert client.get(course.url + "?page=2")[STATUS_HEADER] == "miss"


def test_a_form_with_a_csrf_token_is_never_cached_nor_its_token_shared(home_fr):
    """The questionnaire is left uncached: each visitor gets their own token."""
    page = publish(RegistrationPageFactory(parent=home_fr))
    first, second = Client(), Client()

    one = first.get(page.url)
    two = second.get(page.url)

    assert "csrfmiddlewaretoken" in text(one)
    assert STATUS_HEADER not in one and STATUS_HEADER not in two
    token = text(one).split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    assert token not in text(two)
    assert "private" in two["Cache-Control"]


def test_what_a_signed_in_visitor_saw_is_never_served_to_another(course):
    participant = UserFactory(first_name="Amina", last_name="Diallo")
    RegistrationFactory(user=participant)
    signed_in, anonymous = Client(), Client()
    signed_in.force_login(participant)

    signed_in.get(course.url)
    signed_in.get(course.url)
    response = anonymous.get(course.url)

    assert response[STATUS_HEADER] == "miss"
    assert participant.email not in text(response)
    assert "csrfmiddlewaretoken" not in text(response)
    assert anonymous.get(course.url)[STATUS_HEADER] == "hit"


def test_publishing_a_page_purges_it_and_the_first_request_after_shows_the_change(
    client, course, django_capture_on_commit_callbacks
):
    client.get(course.url)
    course.title = "Candidature vidéo, nouvelle édition"
    with django_capture_on_commit_callbacks(execute=True):
        publish(course)

    response = client.get(course.url)

    assert response[STATUS_HEADER] == "miss"
    assert "nouvelle édition" in text(response)
    assert client.get(course.url)[STATUS_HEADER] == "hit"


def test_publishing_a_module_purges_its_course_listing_but_not_unrelated_pages(
    client, home_fr, course, django_capture_on_commit_callbacks
):
    module = publish(ModulePageFactory(parent=course, title="Premier module", slug="premier"))
    other = publish(CoursePageFactory(parent=home_fr, title="Autre cours", slug="autre-cours"))
    for url in (course.url, other.url, module.url):
        client.get(url)
    module.title = "Premier module, revu"
    with django_capture_on_commit_callbacks(execute=True):
        publish(module)

    assert "Premier module, revu" in text(client.get(course.url))
    assert client.get(module.url)[STATUS_HEADER] == "miss"
    assert client.get(other.url)[STATUS_HEADER] == "hit"


def test_publishing_the_translation_purges_the_french_page_too(
    client, home_en, course, django_capture_on_commit_callbacks
):
    """The French page's language switcher links to the English page once it is live."""
    client.get(course.url)
    with django_capture_on_commit_callbacks(execute=True):
        english = translate_page(course, title="Video application", slug="video-application")

    french = text(client.get(course.url))

    assert english.url in french
    assert "Video application" in text(client.get(english.url))


def test_unpublishing_a_page_removes_it_from_the_cache(
    client, course, django_capture_on_commit_callbacks
):
    client.get(course.url)
    with django_capture_on_commit_callbacks(execute=True):
        course.unpublish()

    assert client.get(course.url).status_code == 404


def test_a_page_whose_address_has_accents_is_purged_on_publish(
    client, course, django_capture_on_commit_callbacks
):
    # reverse() percent-encodes « é »; the cache is keyed on the decoded path. (Below the home
    # page's children, whose publication purges the whole site anyway.)
    session = publish(
        ModulePageFactory(parent=course, title="Séance d'accueil", slug="séance-d-accueil")
    )
    assert client.get(session.url)[STATUS_HEADER] == "miss"
    assert client.get(session.url)[STATUS_HEADER] == "hit"
    session.title = "Séance d'accueil, nouvelle date"
    with django_capture_on_commit_callbacks(execute=True):
        publish(session)

    response = client.get(session.url)

    assert response[STATUS_HEADER] == "miss"
    assert "nouvelle date" in text(response)


def test_making_a_page_private_purges_it_from_the_cache(client, course):
    from wagtail.models import PageViewRestriction

    client.get(course.url)
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(course.url)

    assert response.status_code == 302  # to the sign-in page, not the cached course


def test_changing_the_site_identity_purges_every_page(
    client, home_fr, course, django_capture_on_commit_callbacks
):
    client.get(course.url)
    client.get(home_fr.url)
    identity = SiteIdentity.objects.filter(locale=home_fr.locale).first() or SiteIdentity(
        locale=home_fr.locale
    )
    identity.site_name = "Passerelle sectorielle — Montréal"
    with django_capture_on_commit_callbacks(execute=True):
        identity.save()

    for url in (course.url, home_fr.url):
        response = client.get(url)
        assert response[STATUS_HEADER] == "miss", url
        assert "Passerelle sectorielle — Montréal" in text(response), url


def test_visitors_with_a_session_are_not_served_from_the_cache(client, course):
    client.get(course.url)
    client.cookies["sessionid"] = "une-session-quelconque"

    response = client.get(course.url)

    assert STATUS_HEADER not in response


def test_a_cache_that_does_not_answer_never_stops_pages_or_publishing(
    client, course, django_capture_on_commit_callbacks, settings
):
    settings.SITE_FRAGMENT_CACHE_ENABLED = True
    away = mock.Mock(side_effect=ConnectionError("Redis is away"))
    unreachable = mock.Mock(get=away, get_many=away, set=away, set_many=away, add=away)
    with mock.patch("home.page_cache._cache", return_value=unreachable):
        response = client.get(course.url)
        course.title = "Candidature vidéo, toujours publiée"
        with django_capture_on_commit_callbacks(execute=True):
            publish(course)

    assert response.status_code == 200 and STATUS_HEADER not in response
    assert "toujours publiée" in client.get(course.url).content.decode()


def test_signed_in_pages_find_the_site_in_the_shared_cache_until_a_site_changes(settings, course):
    settings.SITE_FRAGMENT_CACHE_ENABLED = True
    from wagtail.models import Site

    visitor = Client()
    visitor.force_login(UserFactory())
    visitor.get(course.url)
    with CaptureQueriesContext(connection) as warm:
        page = visitor.get(course.url)
    assert page.status_code == 200 and "Candidature vidéo" in text(page)
    assert not any('FROM "wagtailcore_site"' in query["sql"] for query in warm)

    site = Site.objects.get(is_default_site=True)
    site.site_name = "Passerelle – édition d’automne"
    site.save()
    with CaptureQueriesContext(connection) as after:
        again = visitor.get(course.url)
    assert again.status_code == 200 and "Candidature vidéo" in text(again)
    assert any('FROM "wagtailcore_site"' in query["sql"] for query in after)
