"""Sessions are kept in sync from the French page: publishing it is enough (issue #9, item 5)."""

import datetime

import pytest
from django.utils import timezone

from home.factories import publish
from home.translation import translate_page
from training.factories import WelcomeActivityPageFactory, WelcomeSessionFactory
from training.models import WelcomeActivityPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def welcome_pages(home_fr, home_en):
    page = publish(WelcomeActivityPageFactory(parent=home_fr, slug="activite-accueil"))
    WelcomeSessionFactory(page=page, online_link="https://passerelle.example.org/premiere")
    publish(page)
    page_en = translate_page(
        page,
        title="Welcome activity",
        slug="welcome-activity",
        intro="<p>Meet the Talent and Diversity team.</p>",
    )
    return page, page_en


def test_a_new_french_session_reaches_the_live_english_page_once_published(welcome_pages):
    page, page_en = welcome_pages
    WelcomeSessionFactory(
        page=page,
        date=timezone.localdate() + datetime.timedelta(days=12),
        online_link="https://passerelle.example.org/nouvelle-session",
    )
    page.intro = "<p>Texte français pas encore traduit.</p>"

    publish(page)

    # The pages now list sessions from the events app (events/tests/test_synchronised.py shows
    # it on screen); the sessions stored on the page still follow the French.
    page_en = WelcomeActivityPage.objects.get(pk=page_en.pk)
    links = {session.online_link for session in page_en.sessions.all()}
    assert links == {
        "https://passerelle.example.org/premiere",
        "https://passerelle.example.org/nouvelle-session",
    }
    assert page_en.intro == "<p>Meet the Talent and Diversity team.</p>"


def test_an_english_draft_awaiting_approval_gets_the_new_session_too(welcome_pages):
    page, page_en = welcome_pages
    page_en.intro = "<p>Meet the team (revised).</p>"
    page_en.save_revision()
    WelcomeSessionFactory(page=page, online_link="https://passerelle.example.org/nouvelle-session")

    publish(page)

    page_en = WelcomeActivityPage.objects.get(pk=page_en.pk)
    draft = page_en.get_latest_revision_as_object()
    assert draft.intro == "<p>Meet the team (revised).</p>"
    links = {session.online_link for session in draft.sessions.all()}
    assert "https://passerelle.example.org/nouvelle-session" in links
    assert page_en.intro == "<p>Meet the Talent and Diversity team.</p>"


def test_translators_are_not_offered_the_sessions(welcome_pages):
    """The hidden inline sessions are synchronised, not overridable: the translation editor gets
    no segment from them (their links and places stay the French page's)."""
    from wagtail_localize.segments.extract import extract_segments

    page, _page_en = welcome_pages
    paths = [segment.path for segment in extract_segments(page)]
    assert paths
    assert not [path for path in paths if path.startswith("sessions")]
