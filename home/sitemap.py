"""sitemap.xml: every live public page of both languages, each with its translations as
``hreflang`` alternates (#18). Addresses are BASE_URL + path, like the canonical links."""

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from home.links import absolute_url


class BilingualSitemap(Sitemap):
    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        under_a_home = Q()
        for home in homes:
            under_a_home |= Q(path__startswith=home.path)
        return (
            Page.objects.filter(under_a_home)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def location(self, obj):
        """BASE_URL + path, as in the pages' canonical links."""
        parts = obj.get_url_parts(self.request)
        return absolute_url(parts[2] if parts else "/")

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        locations = defaultdict(list)
        for item in items:
            locations[item.translation_key].append(
                {
                    "lang_code": languages[item.locale_id],
                    "location": self.location(item),
                }
            )
        urls = []
        for item in items:
            alternates = locations[item.translation_key]
            for url_info in item.get_sitemap_urls(self.request):
                url_info["location"] = self.location(item)
                if len(alternates) > 1:
                    url_info["alternates"] = alternates
                urls.append(url_info)
        lastmods = {url.get("lastmod") for url in urls}
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
