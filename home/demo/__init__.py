"""The home app's demo: its pages are in ``pages/``; this adds the site identity per language."""

from pathlib import Path

from wagtail.models import Locale, Page

from home.demo_loader import LANGUAGES, french_page, localize, read
from home.models import FooterLink, SiteIdentity

DEMO = Path(__file__).resolve().parent


def after_pages(pages: list[Page]) -> None:
    data = read(DEMO / "site-identity.yaml")
    footer_pages = [french_page(path) for path in data.pop("footer_links")]
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        identity, created = SiteIdentity.objects.get_or_create(
            locale=locale, defaults=localize(data, language)
        )
        if created:
            for order, page in enumerate(footer_pages):
                # The page in the identity's own language: rendering it then needs no look-up.
                page = page.get_translation(locale)
                FooterLink.objects.create(
                    identity=identity, label=page.title, page=page, sort_order=order
                )
