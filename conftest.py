"""Fixtures shared by every app's tests: the bilingual site tree, users, and the browser."""

import io
import os
import shutil
from unittest import mock

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale, Site

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls in the same
# thread are still synchronous and safe there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


@pytest.fixture(autouse=True)
def _site_default_language():
    """Each test starts in French, the site's default: a language an earlier test activated in
    this thread (a request through LocaleMiddleware, an e-mail rendered in English) does not
    leak into the next one's messages."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


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


DEMO_FIXTURE = "demo_content"


class _DemoDatabase:
    """The demo content, loaded once per session inside a transaction rolled back afterwards.

    Each test that asks for it runs in its own savepoint inside that transaction (pytest-django's
    usual per-test rollback), so it sees the demo as loaded and its changes are undone. Those
    tests run together, after the other database tests and before the transactional ones
    (which flush the database); the transaction is rolled back after the last of them, so no
    other test ever sees the demo.
    """

    outer = None
    blocker = None

    def open(self, blocker) -> None:
        self.blocker = blocker
        with blocker.unblock():
            self.outer = transaction.atomic()
            self.outer.__enter__()
            try:
                with mock.patch.dict(os.environ, {"DEMO_REPRESENTATIVES": ""}):
                    call_command("load_demo_content", stdout=io.StringIO())
            except BaseException:
                self.close()
                raise

    def close(self) -> None:
        if self.outer is None:
            return
        with self.blocker.unblock():
            transaction.set_rollback(True)
            self.outer.__exit__(None, None, None)
        self.outer = None


_demo = _DemoDatabase()


@pytest.fixture(scope="session")
def _demo_database(django_db_setup, django_db_blocker):
    _demo.open(django_db_blocker)
    yield _demo
    _demo.close()


@pytest.fixture
def demo_content(_demo_database, db):
    """The whole bilingual demo site, as `make run` shows it; built once per session."""
    if _demo_database.outer is None:
        pytest.fail("The demo database was already rolled back: demo tests must run together.")


@pytest.fixture(autouse=True)
def _no_test_sees_the_demo_by_accident(request):
    if _demo.outer is not None and DEMO_FIXTURE not in request.fixturenames:
        pytest.fail("A test without the demo_content fixture ran while the demo was loaded.")


def _run_order(item) -> int:
    """Database tests, then the demo's, then transactional ones, then those without a database."""
    from django.test import TestCase, TransactionTestCase

    if DEMO_FIXTURE in item.fixturenames:
        return 1
    test_class = getattr(item, "cls", None)
    if test_class and issubclass(test_class, TransactionTestCase):
        return 0 if issubclass(test_class, TestCase) else 2
    marker = item.get_closest_marker("django_db")
    options = marker.kwargs if marker else {}
    if (
        options.get("transaction")
        or options.get("reset_sequences")
        or {"transactional_db", "live_server"} & set(item.fixturenames)
    ):
        return 2
    return 0 if marker or "db" in item.fixturenames else 3


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    items.sort(key=_run_order)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    try:
        return (yield)
    finally:
        if nextitem is None or DEMO_FIXTURE not in getattr(nextitem, "fixturenames", ()):
            _demo.close()


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
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread, and Django keeps one set
    # of connections per running loop: without this, tests would get new connections without the
    # test database's state (the demo's transaction, the contents serialized for rollbacks).
    test_connections = {alias: connections[alias] for alias in connections}
    with sync_playwright() as playwright:
        for alias, connection in test_connections.items():
            connections[alias] = connection
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
