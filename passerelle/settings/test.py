"""Tests: fast hashing, in-memory e-mail, plain static storage, no debug toolbar of any kind."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "django-insecure-tests-only-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run at once, in the test's thread (jobs/tests enqueue through the real e-mail path).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_DELIVERY_BACKEND = EMAIL_BACKEND
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
BASE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
PRIVATE_MEDIA_ROOT = BASE_DIR / ".test-private-media"  # noqa: F405
STORAGES["profiles_private"]["OPTIONS"]["location"] = PRIVATE_MEDIA_ROOT  # noqa: F405
# The suite's admin tests sign staff in with force_login; security/tests turn the second factor
# back on (settings fixture) and test enrolment and refusal through allauth's real pages.
STAFF_MFA_REQUIRED = False
# The page and fragment caches (#18) are on where they are tested (home/tests/test_page_cache.py,
# tests/test_query_budget.py): elsewhere a test may change rows without the signals that purge.
PAGE_CACHE_ENABLED = False
SITE_FRAGMENT_CACHE_ENABLED = False
