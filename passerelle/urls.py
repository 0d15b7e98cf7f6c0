from allauth import urls as allauth_urls
from allauth.account import views as allauth_views
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.decorators.cache import never_cache
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from home import views as home_views
from home.sitemap import BilingualSitemap
from security import views as security_views
from security.media import serve_media

# The admin and document downloads are not per language; staff pick their admin language
# in their account preferences.
urlpatterns = [
    # Security (#11): the admin's login, logout and password reset are allauth's (rate limits,
    # verified e-mail, second factor). These come before Wagtail's views at the same addresses.
    path("admin/login/", security_views.admin_login, name="security_admin_login"),
    path("admin/logout/", never_cache(allauth_views.logout), name="security_admin_logout"),
    re_path(r"^admin/password_reset/", security_views.admin_password_reset),
    path("admin/", include(wagtailadmin_urls)),
    # Every live page, both languages (the events index and its events included), with its
    # translations as hreflang alternates; robots, favicon and the load balancers' check (#18).
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": BilingualSitemap}}),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("favicon.ico", home_views.favicon, name="favicon"),
    path("health/", home_views.health, name="health"),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Uploaded media: the app serves them in development and, unless SERVE_MEDIA is off (the web
# server or object storage does it then), in production (#11; README "Security"). The view reads
# the settings on each request, so the URLconf does not depend on when it was first imported.
urlpatterns += [re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", serve_media)]

# Everything a visitor reads lives under /fr/ or /en/; "/" is redirected by LocaleMiddleware
# to the language the browser prefers, French otherwise.
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    # Account pages show e-mail addresses and forms with personal data: no cache keeps them.
    path("accounts/", include(decorate_urlpatterns(allauth_urls.urlpatterns, never_cache))),
    path("", include("registration.urls")),
    path("", include("progress.urls")),
    path("", include("profiles.urls")),
    path("", include("events.urls")),
    # Employers (#15): the public Employers page and the employer portal.
    path("", include("employers.urls")),
    # Connections (#16): both sides' connections, the pool and requests.
    path("", include("connections.urls")),
    # Matching (#16): outcomes after each interview, for participants and recruiters.
    path("", include("matching.urls")),
    # Outcomes (#17): the follow-up e-mails' signed links.
    path("", include("outcomes.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
