"""The anonymous page cache (issue #18): whole responses of Wagtail pages, shared by every
app instance through the ``default`` cache (Redis when ``REDIS_URL`` is set).

A response is stored only when nothing in it can belong to one visitor: a Wagtail page, served
to a request without a session or messages cookie, that sets no cookie, never asked for a CSRF
token (so a page with a form, the questionnaire, is never stored), answered 200 and was not
marked private. The stored headers go with the body, so a page's CSP nonce always matches the
header it is served with.

Entries are found through version tokens: one for the whole site and one per path. A purge
replaces a token, so every entry of that path (all its query strings) or of the whole site is
orphaned at once and left to expire; nothing has to be listed or deleted.
"""

import hashlib
import logging
import uuid
from urllib.parse import parse_qsl, unquote, urlencode

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from wagtail import hooks

SITE_VERSION_KEY = "pagecache:site"
PATH_VERSION_PREFIX = "pagecache:path:"
ENTRY_PREFIX = "pagecache:entry:"
STATUS_HEADER = "X-Page-Cache"
# Whatever a cache backend raises when its server is away (redis.exceptions.RedisError, OSError):
# the page cache is an optimisation and never the reason a page fails.
CACHE_ERRORS = (Exception,)
logger = logging.getLogger(__name__)
# Query parameters that never change a page (campaign tags): left out of the key.
IGNORED_PARAMETERS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")
# Other apps list here the pages whose content depends on a page being published (a new event
# changes the home page's upcoming events): called with the page, return pages.
RELATED_PAGES_HOOK = "page_cache_related_pages"


def _settings():
    return (
        getattr(settings, "PAGE_CACHE_ENABLED", True),
        getattr(settings, "PAGE_CACHE_SECONDS", 600),
        getattr(settings, "PAGE_CACHE_SHARED_MAX_AGE", 60),
    )


def _cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def _cached_prefixes() -> tuple[str, ...]:
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def _may_be_personal(request) -> bool:
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies


def relevant_query(query_string: str) -> str:
    pairs = [
        (name, value)
        for name, value in parse_qsl(query_string, keep_blank_values=True)
        if not name.startswith(IGNORED_PARAMETERS)
    ]
    return urlencode(sorted(pairs))


def _versions(cache, path: str) -> tuple[str, str]:
    path_key = PATH_VERSION_PREFIX + path
    found = cache.get_many([SITE_VERSION_KEY, path_key])
    site = found.get(SITE_VERSION_KEY)
    if site is None:
        # A token lost to eviction is replaced, never reused: older entries stay orphaned.
        cache.add(SITE_VERSION_KEY, uuid.uuid4().hex, None)
        site = cache.get(SITE_VERSION_KEY)
    own = found.get(path_key)
    if own is None:
        cache.add(path_key, uuid.uuid4().hex, None)
        own = cache.get(path_key)
    return str(site), str(own)


def _entry_key(request, versions: tuple[str, str]) -> str:
    scheme = "https" if request.is_secure() else "http"
    address = f"{scheme}://{request.get_host()}{request.path}?{relevant_query(request.META.get('QUERY_STRING', ''))}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"{ENTRY_PREFIX}{versions[0]}:{versions[1]}:{digest}"


def _storable(request, response) -> bool:
    page = getattr(request, "page_cache_page", None)
    if page is None or not getattr(page, "page_cache_allowed", True):
        return False
    if getattr(request, "is_preview", False) or response.status_code != 200:
        return False
    if response.streaming or response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    control = response.get("Cache-Control", "")
    return not any(word in control for word in ("private", "no-store", "no-cache"))


class PageCacheMiddleware:
    """First in MIDDLEWARE: a hit is answered before sessions, users or the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        enabled, timeout, shared_max_age = _settings()
        if not enabled or not request.path.startswith(_cached_prefixes()):
            remember_site(request)
            return self.get_response(request)
        if request.method != "GET" or _may_be_personal(request):
            remember_site(request)
            return self._private(self.get_response(request))
        cache = _cache()
        try:
            versions = _versions(cache, request.path)
            key = _entry_key(request, versions)
            stored = cache.get(key)
        except CACHE_ERRORS:
            # The shared cache is down: the site still answers, every page rendered.
            logger.warning("Page cache: the cache does not answer.", exc_info=True)
            return self._private(self.get_response(request))
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response[STATUS_HEADER] = "hit"
            return response
        remember_site(request)
        response = self.get_response(request)
        if _storable(request, response):
            patch_cache_control(response, public=True, max_age=0, s_maxage=shared_max_age)
            patch_vary_headers(response, ("Cookie",))
            headers = [(name, value) for name, value in response.items() if name != STATUS_HEADER]
            try:
                cache.set(key, (response.status_code, headers, response.content), timeout)
            except CACHE_ERRORS:
                logger.warning("Page cache: the page could not be kept.", exc_info=True)
            response[STATUS_HEADER] = "miss"
            return response
        return self._private(response)

    @staticmethod
    def _private(response):
        """Whatever the page cache does not keep, a shared cache (a CDN) must not keep either."""
        if "Cache-Control" not in response:
            patch_cache_control(response, private=True, no_cache=True)
        return response


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    request.page_cache_page = page


# --- Site-wide fragments ---------------------------------------------------------------------


_MISSING = object()


def site_fragment(request, name: str, build):
    """A part every page shows the same to everyone in one language (site identity, footer,
    main menu): built once, then read from the shared cache until the next site-wide purge
    (its key holds the site's version token), and at most once per request.

    Signed-in visitors, who never get whole pages from the cache, save these queries.
    """
    from django.utils.translation import get_language
    from wagtail.models import Site

    memo = request.__dict__.setdefault("_site_fragments", {}) if request is not None else {}
    site = Site.find_for_request(request) if request is not None else None
    local_key = (name, get_language(), site.pk if site else None)
    if local_key in memo:
        return memo[local_key]
    if not getattr(settings, "SITE_FRAGMENT_CACHE_ENABLED", True):
        value = memo[local_key] = build()
        return value
    cache = _cache()
    try:
        version = cache.get(SITE_VERSION_KEY)
        if version is None:
            cache.add(SITE_VERSION_KEY, uuid.uuid4().hex, None)
            version = cache.get(SITE_VERSION_KEY)
        key = f"pagecache:fragment:{version}:{':'.join(str(part) for part in local_key)}"
        value = cache.get(key, _MISSING)
    except CACHE_ERRORS:
        logger.warning("Site fragments: the cache does not answer.", exc_info=True)
        value = memo[local_key] = build()
        return value
    if value is _MISSING:
        value = build()
        _safely(cache.set, key, value, _settings()[1])
    memo[local_key] = value
    return value


def remember_site(request) -> None:
    """Wagtail's site for this host, from the shared cache: ``Site.find_for_request`` (routing,
    menus, fragments) then finds it on the request instead of asking the database each time.

    Only for a host Django accepts (no entry per forged Host header); a site saved or deleted
    purges the whole site, so the next request reads it again.
    """
    if not getattr(settings, "SITE_FRAGMENT_CACHE_ENABLED", True):
        return
    from django.core.exceptions import DisallowedHost
    from wagtail.models import Site

    try:
        request.get_host()
    except DisallowedHost:
        return
    host, port = request._get_raw_host(), request.get_port()
    cache = _cache()
    try:
        version = cache.get(SITE_VERSION_KEY)
        if version is None:
            cache.add(SITE_VERSION_KEY, uuid.uuid4().hex, None)
            version = cache.get(SITE_VERSION_KEY)
        key = (
            "pagecache:wagtailsite:"
            + hashlib.sha256(f"{version}:{host}:{port}".encode()).hexdigest()
        )
        site = cache.get(key, _MISSING)
    except CACHE_ERRORS:
        logger.warning("Site look-up: the cache does not answer.", exc_info=True)
        return
    if site is _MISSING:
        site = Site._find_for_request(request)
        if site is None:
            return
        site.root_page  # noqa: B018 (kept with the site: routing starts there; a move purges all)
        _safely(cache.set, key, site, _settings()[1])
    request._wagtail_site = site


# --- Purges ------------------------------------------------------------------------------------


def purge_all() -> None:
    """Every cached page, both languages (site identity, menus, footer...)."""
    _cache().set(SITE_VERSION_KEY, uuid.uuid4().hex, None)


def purge_paths(paths) -> None:
    cache = _cache()
    cache.set_many({PATH_VERSION_PREFIX + path: uuid.uuid4().hex for path in paths}, None)


def page_paths(pages) -> set[str]:
    paths = set()
    for page in pages:
        parts = page.get_url_parts()
        if parts:
            # reverse() gives « /fr/s%C3%A9ance/ »; the cache is keyed on request.path, decoded.
            paths.add(unquote(parts[2]))
    return paths


def with_translations(pages) -> list:
    from wagtail.models import Page

    keys = {page.translation_key for page in pages}
    return list(Page.objects.filter(translation_key__in=keys))


def affected_pages(page) -> list:
    """The page and every page showing its title or content: its parent (listings), siblings
    (previous/next), descendants (breadcrumbs), in every language, and what other apps name."""
    pages = [page]
    parent = page.get_parent()
    if parent is not None and parent.depth > 1:
        pages.append(parent)
        pages.extend(parent.get_children())
    pages.extend(page.get_descendants())
    for hook in hooks.get_hooks(RELATED_PAGES_HOOK):
        pages.extend(hook(page) or [])
    return with_translations(pages)


def purge_page(page) -> None:
    """A page was published, unpublished or deleted: purge what shows it.

    The home page and its children (the main menu, the footer's links) are on every page:
    everything goes.
    """
    if page.depth <= 3 or page.show_in_menus:
        purge_all()
        return
    purge_paths(page_paths(affected_pages(page)))


def _now_and_on_commit(function, *args) -> None:
    # Now, so this request's own next read is fresh; after commit, so a page rendered from the
    # old rows by another request during the transaction is not kept.
    _safely(function, *args)
    transaction.on_commit(lambda: _safely(function, *args))


def _safely(function, *args) -> None:
    """A cache that does not answer never stops a publication or a page: entries expire
    anyway (``PAGE_CACHE_SECONDS``)."""
    try:
        function(*args)
    except CACHE_ERRORS:
        logger.warning("Page cache: purge failed; entries expire by themselves.", exc_info=True)


def _on_page_change(sender, instance, **kwargs):
    _now_and_on_commit(purge_page, instance)


def _on_site_wide_change(sender, **kwargs):
    _now_and_on_commit(purge_all)


def purge_all_on_change(*models) -> None:
    """Snippets and settings a page shows (site identity, partner organisations...): any
    save or delete of one purges every page. Apps call it from their ``ready()``."""
    from django.db.models.signals import post_delete, post_save

    for model in models:
        post_save.connect(_on_site_wide_change, sender=model, weak=False)
        post_delete.connect(_on_site_wide_change, sender=model, weak=False)


def connect() -> None:
    from django.db.models.signals import pre_delete
    from wagtail.models import Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    page_published.connect(_on_page_change, weak=False, dispatch_uid="page_cache_published")
    page_unpublished.connect(_on_page_change, weak=False, dispatch_uid="page_cache_unpublished")
    # Before the rows go, while the page's URL and relatives can still be read.
    pre_delete.connect(_on_page_change, sender=Page, weak=False, dispatch_uid="page_cache_delete")
    # The old addresses and every breadcrumb below change: everything goes.
    post_page_move.connect(_on_site_wide_change, weak=False, dispatch_uid="page_cache_move")
    page_slug_changed.connect(_on_site_wide_change, weak=False, dispatch_uid="page_cache_slug")
    # A site's host, port or root page: pages and the cached site look-ups go.
    purge_all_on_change(Site)
    # A page made private (or public again) must not stay served to everyone from the cache.
    purge_all_on_change(PageViewRestriction)
