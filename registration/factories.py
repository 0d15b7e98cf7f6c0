import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale, Site

from .choices import Eligibility, PipelineStatus
from .models import (
    PartnerOrganization,
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
                lambda registration, create, extracted, **kwargs: (
                    create and registration.sectors.set(extracted or [_a_sector()])
                )
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
    """A partner organization in French (``translate_partner_organization`` adds its English)."""

    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="fr"))
    position = factory.Sequence(lambda n: n + 1)
    name = "Services Québec"
    description = "De l'aide à la recherche d'emploi partout au Québec, y compris à Laval."
    url = "https://www.quebec.ca/emploi"

    class Meta:
        model = PartnerOrganization


def translate_partner_organization(
    organization: PartnerOrganization, *, language_code: str = "en", **fields
) -> PartnerOrganization:
    """The organization's version in another language, with its own texts."""
    translation = organization.copy_for_translation(Locale.objects.get(language_code=language_code))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation
