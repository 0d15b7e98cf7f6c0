import factory
import wagtail_factories
from wagtail.models import Locale

from .models import ContentPage, HomePage


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
