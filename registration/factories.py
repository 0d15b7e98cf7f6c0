import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Site

from .eligibility import Eligibility
from .models import (
    IntakeSettings,
    PartnerOrganization,
    PipelineStatus,
    Registration,
    RegistrationPage,
    User,
)

PASSWORD = "parcours-2026-Montréal"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"participant{n}@example.com")
    first_name = "Aminata"
    last_name = factory.Sequence(lambda n: f"Diallo-Bélanger {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):
        if create:
            obj.save()


def _a_sector():
    from sectors.factories import SectorBriefingPageFactory, SectorIndexPageFactory
    from sectors.models import SectorBriefingPage, SectorIndexPage

    home = Site.objects.get(is_default_site=True).root_page
    index = SectorIndexPage.objects.child_of(home).first() or SectorIndexPageFactory(parent=home)
    return SectorBriefingPage.objects.child_of(index).filter(
        slug="sante-et-services-sociaux"
    ).first() or SectorBriefingPageFactory(
        parent=index, title="Santé et services sociaux", slug="sante-et-services-sociaux"
    )


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A registration with every answer given, as the questionnaire saves it.

    ``RegistrationFactory(complete=True)`` also picks a sector of interest (which creates a
    sector page if there is none): every field is then filled.
    """

    class Meta:
        model = Registration
        skip_postgeneration_save = True

    class Params:
        complete = factory.Trait(
            sectors=factory.PostGeneration(
                lambda registration, create, extracted, **kwargs: create
                and registration.sectors.set(extracted or [_a_sector()])
            )
        )

    user = factory.SubFactory(UserFactory)
    phone = "+15148720311"
    preferred_language = "fr"
    immigration_status = "permanent_resident"
    postal_code = "H2X 1Y4"
    arrival_year = 2021
    field_of_experience = "Génie civil — ouvrages d'art"
    years_of_experience = 8
    education_level = "master"
    education_place = "abroad"
    french_level = "advanced"
    english_level = "intermediate"
    employment_situation = "employed_outside_field"
    heard_about = "organization"
    eligibility = Eligibility.ELIGIBLE
    consented_at = factory.LazyFunction(timezone.now)
    consent_language = "fr"
    privacy_notice_version = "2026-1"
    shares_profile_with_employers = True
    status = PipelineStatus.NEW

    @factory.post_generation
    def sectors(registration, create, extracted, **kwargs):
        if create and extracted:
            registration.sectors.set(extracted)


class RegistrationPageFactory(wagtail_factories.PageFactory):
    title = "Inscription"
    slug = "inscription"
    intro = "<p>L'inscription est <b>gratuite</b>.</p>"
    privacy_notice = "<p>Seuls les conseillers voient vos réponses.</p>"
    privacy_notice_version = "2026-1"
    thank_you = "<p>Une conseillère vous appellera.</p>"

    class Meta:
        model = RegistrationPage


class PartnerOrganizationFactory(factory.django.DjangoModelFactory):
    settings = factory.LazyFunction(IntakeSettings.load)
    name_fr = "Services Québec"
    name_en = "Services Québec"
    description_fr = "De l'aide à la recherche d'emploi partout au Québec, y compris à Laval."
    description_en = "Help with the job search everywhere in Québec, Laval included."
    url = "https://www.quebec.ca/emploi"

    class Meta:
        model = PartnerOrganization
