"""Settings shared by every environment. Secrets and hosts come from the environment."""

import os
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "training",
    "sectors",
    "registration",
    "progress",
    "profiles",
    "events",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailmedia",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "phonenumber_field",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "passerelle.urls"
WSGI_APPLICATION = "passerelle.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "registration.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# django-allauth: e-mail is the login, verified by a link before first use.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_DEFAULT_HTTP_PROTOCOL = os.environ.get("ACCOUNT_DEFAULT_HTTP_PROTOCOL", "http")
# Accounts are created only by the intake questionnaire (registration.RegistrationPage).
ACCOUNT_ADAPTER = "registration.adapter.AccountAdapter"
ACCOUNT_FORMS = {"login": "registration.forms.LoginForm"}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Passerelle sectorielle] "
# Confirming the e-mail in the browser that sent the questionnaire logs the person in (issue #10).
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_SESSION_REMEMBER = None
# Cache-based limits (any cache backend). "signup" also limits the questionnaire's POSTs.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "reset_password": "10/m/ip,3/m/key",
    "reset_password_from_key": "20/m/ip",
    "signup": "10/m/ip,50/h/ip",
}

# Languages: French is the default, English second. URLs carry the prefix (/fr/, /en/).
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "America/Toronto"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Passerelle sectorielle <passerelle@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
        if os.environ.get("REDIS_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

WAGTAIL_SITE_NAME = "Passerelle sectorielle"
# The site's address as visitors reach it: every absolute link (e-mails, calendars, the admin's own
# notifications) starts with it. `make run PORT=9000` sets it; production requires it.
BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = BASE_URL  # one setting for every link in e-mails (issue #9)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "vtt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Both reach the internet, which this site must never need.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILEMBEDS_FINDERS = []
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True

WAGTAILMEDIA = {
    "MEDIA_MODEL": "wagtailmedia.Media",
    "AUDIO_EXTENSIONS": ["mp3", "ogg", "wav"],
    "VIDEO_EXTENSIONS": ["mp4", "webm"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Profiles (#13): participants' uploaded videos are private. They live in a storage of their own,
# outside MEDIA_ROOT and with no public URL, served only through a view that checks permission.
# In production with object storage, point "profiles_private" at a private bucket
# (django-storages with querystring_auth): the view then redirects to a signed, expiring URL.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
STORAGES["profiles_private"] = {
    "BACKEND": "profiles.storage.PrivateFileSystemStorage",
    "OPTIONS": {"location": PRIVATE_MEDIA_ROOT},
}
# Uploads larger than this go to a temporary file on disk, never whole into memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# --- Security and privacy (#11) -----------------------------------------------------------------
# One login for everyone (allauth, also at /admin/login/), a second factor for staff, response
# headers, staff session timeout, client IP behind the reverse proxy. See README "Security".
INSTALLED_APPS.insert(INSTALLED_APPS.index("progress") + 1, "security")
INSTALLED_APPS.insert(INSTALLED_APPS.index("allauth.account") + 1, "allauth.mfa")
INSTALLED_APPS.append("csp")
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "security.middleware.AreaCSPMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "security.middleware.PermissionsPolicyMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("allauth.account.middleware.AccountMiddleware") + 1,
    "security.middleware.StaffSessionMiddleware",
)
TEMPLATES[0]["OPTIONS"]["context_processors"].append("csp.context_processors.nonce")

# Behind a reverse proxy every visitor arrives from the proxy's address: tell allauth how many
# proxies in front of the site append to X-Forwarded-For (or which header the proxy sets with the
# visitor's address), or every rate limit counts all visitors as one. 0 = no proxy (REMOTE_ADDR).
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = os.environ.get("TRUSTED_CLIENT_IP_HEADER") or None

# Second factor (allauth.mfa): staff and sector representatives enrol before the admin opens.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Passerelle sectorielle"
STAFF_MFA_REQUIRED = env_bool("STAFF_MFA_REQUIRED", True)
# Staff sessions end after this many seconds without a request; participants choose "remember me".
STAFF_SESSION_IDLE_TIMEOUT = int(os.environ.get("STAFF_SESSION_IDLE_TIMEOUT", str(30 * 60)))

from csp.constants import NONCE, NONE, SELF  # noqa: E402

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "media-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    }
}
# Wagtail's admin writes inline scripts and styles: tolerated there, and only there.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "media-src": [SELF, "blob:"],
        "font-src": [SELF, "data:"],
    }
}
# Uploaded media (course videos, images) served by the app from MEDIA_ROOT when DEBUG is off;
# turn off when the web server or object storage serves MEDIA_URL instead.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), fullscreen=(self)"
)
# --- Publishing and moderation (issue #9) ---------------------------------------------------
# One publishing rule for every path, wagtail-localize's views included (home/moderation.py).
MIDDLEWARE += ["home.moderation.PublishRuleMiddleware"]

# --- Employers (#15) ----------------------------------------------------------------------------
# Organisations, recruiters and the employer portal. Recruiters need a verified e-mail and, like
# staff, a second factor (STAFF_MFA_REQUIRED) before the portal shows any packet.
INSTALLED_APPS.insert(INSTALLED_APPS.index("events") + 1, "employers")
INSTALLED_APPS.insert(INSTALLED_APPS.index("employers") + 1, "connections")
# Matching, schedules and interviews (#16, part A).
INSTALLED_APPS.insert(INSTALLED_APPS.index("connections") + 1, "matching")
# Logos larger than this are refused (bytes).
EMPLOYERS_LOGO_MAX_BYTES = int(os.environ.get("EMPLOYERS_LOGO_MAX_BYTES", str(2 * 1024 * 1024)))
# Recruiters land on the employer portal after signing in (the rest is registration's adapter).
ACCOUNT_ADAPTER = "employers.adapter.AccountAdapter"

# --- Background jobs (#19) ----------------------------------------------------------------------
# django-tasks with its database backend (django-tasks-db): `manage.py db_worker` runs the tasks,
# `manage.py run_periodic_jobs` enqueues the scheduled ones (jobs/periodic.py). Every e-mail
# leaves through the worker: EMAIL_BACKEND enqueues, EMAIL_DELIVERY_BACKEND really sends.
INSTALLED_APPS += ["jobs", "django_tasks", "django_tasks_db"]
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}
EMAIL_DELIVERY_BACKEND = EMAIL_BACKEND
EMAIL_BACKEND = "jobs.mail.TaskEmailBackend"

# Connections (#16): a pending connection request expires after this many days.
CONNECTION_REQUEST_DAYS = int(os.environ.get("CONNECTION_REQUEST_DAYS", "14"))
# --- Fast pages (#18) ---------------------------------------------------------------------------
# Anonymous visitors get whole Wagtail pages from the shared `default` cache (home/page_cache.py,
# README "Fast pages"): first, so a hit never opens a session or touches the database.
MIDDLEWARE.insert(0, "home.page_cache.PageCacheMiddleware")
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
# How long an entry lives at most (a purge on publish ends it sooner); time-dependent lists
# (upcoming events) are never staler than this.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# s-maxage for a CDN in front: it cannot hear our purges, so it keeps pages briefly.
PAGE_CACHE_SHARED_MAX_AGE = int(os.environ.get("PAGE_CACHE_SHARED_MAX_AGE", "60"))

# --- Outcomes (#17) -----------------------------------------------------------------------------
# Follow-up checkpoints, the employers' follow-up, the impact report and the public figures.
INSTALLED_APPS.insert(INSTALLED_APPS.index("connections") + 1, "outcomes")
# A report's group (cohort, sector, language, status) or a public figure computed from fewer
# people than this shows "fewer than N" instead of its numbers: no individual can be inferred.
OUTCOMES_MIN_GROUP_SIZE = 10
