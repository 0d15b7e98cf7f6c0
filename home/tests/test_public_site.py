"""What a public site is expected to have (#18): sitemap with hreflang alternates, robots.txt,
favicon.ico, canonical link and Open Graph metadata, a health check for load balancers."""

from unittest import mock
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.factories import publish
from home.translation import translate_page
from training.factories import CoursePageFactory

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def course_fr(home_fr, home_en):
    return publish(
        CoursePageFactory(
            parent=home_fr,
            title="Candidature vidéo",
            slug="candidature-video",
            search_description="Préparez votre argumentaire éclair et votre vidéo.",
        )
    )


@pytest.fixture
def course_en(course_fr):
    return translate_page(course_fr, title="Video application", slug="video-application")


def test_the_sitemap_lists_both_languages_with_their_translations_as_alternates(
    client, course_en, course_fr
):
    urlset = ElementTree.fromstring(client.get("/sitemap.xml").content)

    entries = {url.findtext(f"{SITEMAP}loc"): url for url in urlset.iter(f"{SITEMAP}url")}
    french = entries["http://testserver/fr/candidature-video/"]
    english = entries["http://testserver/en/video-application/"]
    for entry in (french, english):
        alternates = {link.get("hreflang"): link.get("href") for link in entry.iter(f"{XHTML}link")}
        assert alternates == {
            "fr": "http://testserver/fr/candidature-video/",
            "en": "http://testserver/en/video-application/",
        }
    assert "http://testserver/en/" in entries


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_personal_spaces(client):
    response = client.get("/robots.txt")

    body = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body and "Disallow: /fr/accounts/" in body


def test_favicon_ico_is_an_icon_served_without_the_page_tree(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/favicon.ico")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/vnd.microsoft.icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"
    assert "max-age" in response["Cache-Control"]
    assert len(queries) == 0


def test_pages_carry_a_canonical_link_and_open_graph_metadata(client, course_en, course_fr):
    html = BeautifulSoup(
        client.get(course_fr.url + "?utm_source=infolettre").content, "html.parser"
    )

    assert html.find("link", rel="canonical")["href"] == "http://testserver/fr/candidature-video/"
    og = {meta["property"]: meta["content"] for meta in html.find_all("meta", property=True)}
    assert og["og:title"] == "Candidature vidéo"
    assert og["og:url"] == "http://testserver/fr/candidature-video/"
    assert og["og:description"] == "Préparez votre argumentaire éclair et votre vidéo."
    assert og["og:locale"] == "fr_CA" and og["og:locale:alternate"] == "en_CA"


def test_health_answers_200_when_the_database_and_the_cache_answer(client):
    response = client.get("/health/")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_health_answers_503_when_the_cache_fails(client):
    with mock.patch("home.views.cache.set", side_effect=ConnectionError("Redis is down")):
        response = client.get("/health/")

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "ok", "cache": "failing"}


def test_health_answers_503_when_the_database_fails(client):
    with mock.patch("home.views._database_answers", return_value=False):
        response = client.get("/health/")

    assert response.status_code == 503
    assert response.json()["database"] == "failing"
