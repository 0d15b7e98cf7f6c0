import factory
import wagtail_factories
from wagtail.models import Locale, Page

from .models import ContentPage, HomePage


def publish(page: Page) -> Page:
    """Publish ``page`` the way the editor's "Publish" does: a revision, then its publication."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


class LocaleFactory(factory.django.DjangoModelFactory):
    language_code = "fr"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Passerelle sectorielle"

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page de contenu {n}")
    intro = "Une page de contenu."

    class Meta:
        model = ContentPage
