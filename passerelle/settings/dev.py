"""Local development: debug on, console e-mail, SQLite unless DATABASE_URL says otherwise."""

import os

from .base import *  # noqa: F403

DEBUG = os.environ.get("DEBUG", "true").lower() in {"1", "true", "yes", "on"}
# Development only: a fixed key keeps sessions across restarts. Production refuses it.
SECRET_KEY = os.environ.get("SECRET_KEY", "django-insecure-development-only-key")

# The participant's path (issue #10): the site's translated 404 page even with DEBUG on.
if os.environ.get("DEBUG_TECHNICAL_404", "").lower() not in {"1", "true", "yes", "on"}:
    MIDDLEWARE = [*MIDDLEWARE, "passerelle.middleware.SiteNotFoundPageInDebug"]  # noqa: F405
