"""Absolute links for e-mails and calendar files, from the one BASE_URL setting.

A request's host is not trusted for links that leave the site (an e-mail sent by a command has no
request at all): every absolute link is BASE_URL plus a path. `make run PORT=…` sets BASE_URL to
the served address; production reads it from the environment.
"""

from django.conf import settings
from django.http import HttpRequest
from django.utils.http import url_has_allowed_host_and_scheme


def absolute_url(path: str) -> str:
    """BASE_URL joined with a site path such as reverse(...) or page.url."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.BASE_URL.rstrip("/") + "/" + path.lstrip("/")


def safe_next(request: HttpRequest, candidate: str | None, fallback: str = "") -> str:
    """`candidate` (a "next" parameter) when it stays on this site, else `fallback`: a form's or
    a link's "next" never sends the visitor to another site (open redirect)."""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return fallback


def sync_site_with_base_url() -> None:
    """Give the default Wagtail Site the host and port of BASE_URL.

    Wagtail builds a page's full URL from its Site record; the demo's record must name the
    address actually served (``make run PORT=9000`` included), or public links point elsewhere.
    """
    from urllib.parse import urlsplit

    from wagtail.models import Site

    parts = urlsplit(settings.BASE_URL)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    for site in Site.objects.filter(is_default_site=True):
        site.hostname, site.port = parts.hostname, port
        site.save()  # save(), not update(): Wagtail then clears its cache of site root URLs
