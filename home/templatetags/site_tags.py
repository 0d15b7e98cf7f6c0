from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, override
from wagtail.models import Locale, Page, Site

from home.links import absolute_url
from home.models import SiteIdentity
from home.page_cache import site_fragment

register = template.Library()


def _home_page_urls(request) -> dict[str, str]:
    """The URL of the home page in each language, keyed by language code."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    root = site.root_page
    homes = (
        Page.objects.live().filter(translation_key=root.translation_key).select_related("locale")
    )
    return {home.locale.language_code: home.get_url(request) for home in homes}


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """One link per language, to the same page in that language.

    On a page, that is its live translation, or the home page of that language when there is
    none. Elsewhere (account pages, search), it is the same path under the other prefix.
    """
    request = context["request"]
    page = context.get("page")
    current = get_language()
    links = []
    translations = {}
    if isinstance(page, Page):
        translations = {
            translation.locale.language_code: translation
            for translation in page.get_translations(inclusive=True).live().select_related("locale")
        }
        # The page's own locale came with its translations: later reads of ``page.locale`` (the
        # <html lang>, the events on the page) use it instead of a query each.
        for translation in translations.values():
            if translation.pk == page.pk and translation.locale_id == page.locale_id:
                page.locale = translation.locale
    homes = None
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page):
            if code in translations:
                url, exists = translations[code].get_url(request), True
                # A routable page's sub-page (the questionnaire's thank-you page) links to the
                # same sub-page in the other language, under that language's path.
                route = context.get("subpage_route")
                if route and hasattr(translations[code], "reverse_subpage"):
                    with override(code):
                        url = url.rstrip("/") + "/" + translations[code].reverse_subpage(route)
            else:
                if homes is None:
                    homes = _home_page_urls(request)
                url, exists = homes.get(code, f"/{code}/"), False
        else:
            url, exists = translate_url(request.get_full_path(), code), True
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "is_current": code == current,
                "exists": exists,
            }
        )
    return links


@dataclass(frozen=True)
class FooterLinkData:
    label: str
    href: str


@dataclass(frozen=True)
class IdentityData:
    """What pages show of the site identity: plain values, kept in the shared cache."""

    site_name: str
    tagline: str
    organisation_name: str
    contact_email: str
    footer_links: tuple[FooterLinkData, ...]


@dataclass(frozen=True)
class MenuItem:
    pk: int
    title: str
    url: str
    specific_class: type | None


def _identity() -> IdentityData | None:
    identity = SiteIdentity.for_active_locale()
    if identity is None:
        return None
    return IdentityData(
        site_name=identity.site_name,
        tagline=identity.tagline,
        organisation_name=identity.organisation_name,
        contact_email=identity.contact_email,
        footer_links=tuple(
            FooterLinkData(label=link.label, href=link.href) for link in identity.footer_links.all()
        ),
    )


@register.simple_tag(takes_context=True)
def site_identity(context) -> IdentityData | None:
    """The identity in the visitor's language (cached site-wide, purged when it changes)."""
    return site_fragment(context.get("request"), "identity", _identity)


@register.simple_tag(takes_context=True)
def main_menu(context) -> list["MenuItem"]:
    """The home page's children that are shown in menus, in the visitor's language."""
    request = context["request"]

    def build() -> list[MenuItem]:
        site = Site.find_for_request(request)
        if site is None:
            return []
        try:
            home = site.root_page.get_translation(Locale.get_active())
        except Page.DoesNotExist:
            home = site.root_page
        return [
            MenuItem(
                pk=page.pk,
                title=page.title,
                url=page.get_url(request) or "",
                specific_class=page.specific_class,
            )
            for page in [home, *home.get_children().live().in_menu()]
        ]

    # Cached site-wide: a page at the menu's level (or in the menus) purges everything.
    return site_fragment(request, "main_menu", build)


@register.simple_tag(takes_context=True)
def breadcrumbs(context) -> list[Page]:
    """The pages above the current one, from its language's home page down."""
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gte=2))


@register.filter
def page_type(page: Page) -> str:
    """``app_label.modelname`` of a page, from the cached content types (no query per page)."""
    model = page.specific_class
    return f"{model._meta.app_label}.{model._meta.model_name}" if model else ""


@register.simple_tag(takes_context=True)
def canonical_url(context) -> str:
    """The page's one public address (BASE_URL + path, query string left out): for the canonical
    link and Open Graph's og:url."""
    page = context.get("page")
    if isinstance(page, Page):
        return absolute_url(page.url or "/")
    request = context.get("request")
    return absolute_url(request.path) if request else settings.BASE_URL


@register.filter
def og_locale(language_code: str) -> str:
    """Open Graph's locale for a language of the site (Quebec French, Canadian English)."""
    return {"fr": "fr_CA", "en": "en_CA"}.get(language_code, language_code)
