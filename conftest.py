"""Fixtures shared by every app's tests: the bilingual site tree, users, and the browser."""

import os
import shutil

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Site

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls in the same
# thread are still synchronous and safe there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


@pytest.fixture
def home_fr(db):
    """The French home page created by the migrations: the site root."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def home_en(home_fr):
    """The English home page, a wagtail-localize translation of the French one."""
    from home.factories import publish
    from home.translation import translate_page

    home_fr.intro = "<p>Un programme <b>gratuit</b> pour les professionnels immigrants.</p>"
    publish(home_fr)
    return translate_page(
        home_fr, slug="home", intro="<p>A <b>free</b> program for immigrant professionals.</p>"
    )


@pytest.fixture
def locale_en(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def demo_content(db):
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.fixture
def site_server(db):
    """A live server sharing the test's database connection, inside the test's transaction.

    Unlike pytest-django's ``live_server``, nothing is flushed afterwards, so the site, locales
    and groups created by migrations stay for the next test. Browser tests therefore run on
    SQLite (in memory), where sharing one connection between two threads is safe.
    """
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.servers.basehttp import WSGIServer
    from django.db import connections
    from django.test.testcases import LiveServerThread, QuietWSGIRequestHandler

    class SingleThreadedServer(LiveServerThread):
        # The server's own thread answers every request (it has the shared connection), so no
        # request thread is still closing it after the test stops sharing it. Django's
        # non-threaded server closes each HTTP connection, so the browser never waits on one.
        def _create_server(self, connections_override=None):
            return WSGIServer(
                (self.host, self.port), QuietWSGIRequestHandler, allow_reuse_address=False
            )

    if connections["default"].vendor != "sqlite":
        pytest.skip("Browser tests share the test's SQLite connection; run them on SQLite.")
    shared = {alias: connections[alias] for alias in connections}
    for connection in shared.values():
        connection.inc_thread_sharing()
    server = SingleThreadedServer(
        "localhost", StaticFilesHandler, connections_override=shared, port=0
    )
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    yield f"http://localhost:{server.port}"
    server.terminate()
    for connection in shared.values():
        connection.dec_thread_sharing()


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"Chromium is required in CI and was not found at {CHROMIUM}.")
        pytest.skip(
            f"Chromium not found at {CHROMIUM}: apt-get install chromium to run browser tests."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_page(browser):
    """A fresh browser tab that records console errors in ``console_errors``."""
    context = browser.new_context(locale="fr-CA")
    page = context.new_page()
    page.console_errors = []
    page.on(
        "console",
        lambda message: message.type == "error" and page.console_errors.append(message.text),
    )
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    yield page
    context.close()
