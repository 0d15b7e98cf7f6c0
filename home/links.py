"""Absolute links for e-mails and calendar files, from the one BASE_URL setting.

A request's host is not trusted for links that leave the site (an e-mail sent by a command has no
request at all): every absolute link is BASE_URL plus a path. `make run PORT=…` sets BASE_URL to
the served address; production reads it from the environment.
"""

from django.conf import settings


def absolute_url(path: str) -> str:
    """BASE_URL joined with a site path such as reverse(...) or page.url."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.BASE_URL.rstrip("/") + "/" + path.lstrip("/")
