"""Production: every secret from the environment; refuses to start without a real SECRET_KEY."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("django-insecure"):
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a long random value in production "
        "(python -c 'import secrets; print(secrets.token_urlsafe(64))')."
    )

# Every absolute link (e-mails, the admin's notifications, calendars) is BASE_URL + a path.
BASE_URL = os.environ.get("BASE_URL", "").rstrip("/")
if not BASE_URL.startswith(("https://", "http://")):
    raise ImproperlyConfigured(
        "BASE_URL must be set to the site's public address in production "
        "(for example https://passerelle.example.org): links in e-mails are built from it."
    )
WAGTAILADMIN_BASE_URL = BASE_URL

STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "whitenoise.storage.CompressedManifestStaticFilesStorage"
)
# The worker's real backend; the site itself enqueues (base.py "Background jobs").
EMAIL_DELIVERY_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_REFERRER_POLICY = "same-origin"

# --- Several instances (#19): shared cache, object storage, sessions ------------------------------
from passerelle.object_storage import s3_origins, s3_storages  # noqa: E402

# Sessions in the database, never only in the cache: a Redis outage signs nobody out.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
if os.environ.get("REDIS_URL"):
    # Redis down: pages are served, the cache is bypassed and the outage logged once.
    CACHES["default"] = {  # noqa: F405
        "BACKEND": "passerelle.resilient_cache.ResilientRedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "passerelle"),
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
if s3_storages():
    STORAGES.update(s3_storages())  # noqa: F405
    SERVE_MEDIA = False  # the storage serves /media/; the app no longer does
    # Documents keep their collection privacy: streamed by Wagtail's view, never a public URL.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
    for policy in (CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY):  # noqa: F405
        for directive in ("img-src", "media-src"):
            policy["DIRECTIVES"][directive] = [*policy["DIRECTIVES"][directive], *s3_origins()]
# The file-based e-mail backend (the cluster test reads the worker's messages from disk).
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH") or None
# Which instance answered (X-Instance header; the cluster test logs it). Empty: no header.
INSTANCE_NAME = os.environ.get("INSTANCE_NAME", "")
if INSTANCE_NAME:
    MIDDLEWARE = ["passerelle.middleware.InstanceHeaderMiddleware", *MIDDLEWARE]  # noqa: F405
# --- Production server (#18) ---------------------------------------------------------------------
# `make serve` runs these settings over plain http on 127.0.0.1: it turns the redirect and the
# "Secure" cookies off there. Behind the real proxy both stay on (the defaults).
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)  # noqa: F405
# Database connections kept open between requests by each gunicorn worker.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
