import factory
import wagtail_factories

from .models import SectorBriefingPage, SectorIndexPage


class SectorIndexPageFactory(wagtail_factories.PageFactory):
    title = "Secteurs"
    slug = "secteurs"

    class Meta:
        model = SectorIndexPage


class SectorBriefingPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Secteur {n}")
    intro = "<p>Un secteur qui recrute à Montréal.</p>"
    realities = "<p>Le français est la langue normale du travail.</p>"
    contact_name = "Représentante du secteur"
    contact_email = "secteur@example.org"

    class Meta:
        model = SectorBriefingPage
