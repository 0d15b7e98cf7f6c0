"""The query budget of a signed-in participant's pages on the demo site (#18).

Site-wide parts (site identity, footer, main menu) and Wagtail's site come from the shared
cache; what is left is the session and user, their permissions (one query), Wagtail's routing
(the active locale, each level of the path) and view restrictions, the page's own content, the
language links (they bring the page's locale), the breadcrumbs and one progress look-up; on « Mon
parcours », one read per section (the registration is read once and shared). The budgets pin
today's counts: a change that adds a query per request fails here.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from registration.models import Registration

pytestmark = pytest.mark.django_db

BUDGETS = {
    "home": 10,
    "course": 13,
    "module": 16,
    "sector": 15,
    "my_path": 21,
}


@pytest.fixture
def fragments_on(settings):
    settings.SITE_FRAGMENT_CACHE_ENABLED = True
    cache.clear()
    yield
    cache.clear()


def demo_urls() -> dict[str, str]:
    from home.models import HomePage
    from sectors.models import SectorBriefingPage
    from training.models import CoursePage, ModulePage

    def first(model):
        return model.objects.live().filter(locale__language_code="fr").order_by("path").first().url

    return {
        "home": first(HomePage),
        "course": first(CoursePage),
        "module": first(ModulePage),
        "sector": first(SectorBriefingPage),
        "my_path": "/fr/mon-parcours/",
    }


def queries(client, url) -> list[str]:
    client.get(url)  # warm: per-process caches and the shared fragments
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in captured.captured_queries]


@pytest.mark.parametrize("name", BUDGETS)
def test_each_page_of_a_signed_in_participant_stays_within_its_budget(
    client, demo_content, fragments_on, name
):
    participant = Registration.objects.filter(user__isnull=False).first().user
    client.force_login(participant)

    sql = queries(client, demo_urls()[name])

    assert len(sql) <= BUDGETS[name], "\n".join(sql)
    assert sum("progress_modulecompletion" in query for query in sql) <= 1
    assert not any("home_siteidentity" in query or "home_footerlink" in query for query in sql)


def test_the_site_identity_footer_and_menu_are_read_once_then_shared(
    client, demo_content, fragments_on
):
    url = demo_urls()["course"]
    with CaptureQueriesContext(connection) as first:
        page = client.get(url).content.decode()
    with CaptureQueriesContext(connection) as second:
        again = client.get(url).content.decode()

    assert any("home_siteidentity" in query["sql"] for query in first.captured_queries)
    assert not any("home_siteidentity" in query["sql"] for query in second.captured_queries)
    assert again == page
    assert 'class="site-footer"' in again and 'class="main-nav"' in again
