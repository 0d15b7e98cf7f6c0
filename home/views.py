import functools
import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10


def search(request):
    """Full-text search over the live pages of the visitor's language only."""
    query = request.GET.get("q", "").strip()
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
        )
    page_of_results = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "home/search.html",
        {"search_query": query, "search_results": page_of_results},
    )


# --- What a public site is expected to have (#18) ----------------------------------------------
# Served before the page tree and the language prefixes: no session, no page look-up.

FAVICON = settings.PROJECT_DIR / "static" / "img" / "favicon.ico"
# Addresses that hold nothing for a search engine (personal spaces, forms, the admin).
ROBOTS_DISALLOW = (
    "/admin/",
    "/documents/",
    "/fr/accounts/",
    "/en/accounts/",
    "/fr/search/",
    "/en/search/",
)


@require_GET
@cache_control(public=True, max_age=86400)
def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOW)]
    lines.append(f"Sitemap: {settings.BASE_URL}/sitemap.xml")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
@cache_control(public=True, max_age=7 * 86400)
def favicon(request):
    return HttpResponse(_favicon_bytes(), content_type="image/vnd.microsoft.icon")


@functools.cache
def _favicon_bytes() -> bytes:
    return FAVICON.read_bytes()


@never_cache
def health(request):
    """For load balancers: 200 when the database and the cache answer, 503 otherwise (JSON)."""
    checks = {"database": _database_answers(), "cache": _cache_answers()}
    healthy = all(checks.values())
    return JsonResponse(
        {
            "status": "ok" if healthy else "unavailable",
            **{k: "ok" if v else "failing" for k, v in checks.items()},
        },
        status=200 if healthy else 503,
    )


def _database_answers() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:  # noqa: BLE001 - any failure means "not healthy"
        logger.warning("Health check: the database does not answer.", exc_info=True)
        return False


def _cache_answers() -> bool:
    key = f"health:{uuid.uuid4().hex}"
    try:
        cache.set(key, "1", 10)
        answered = cache.get(key) == "1"
        cache.delete(key)
        return answered
    except Exception:  # noqa: BLE001
        logger.warning("Health check: the cache does not answer.", exc_info=True)
        return False
