"""One factory per model; ``Full…`` variants fill every field (accents, long names, phones)."""

import datetime

import factory
from allauth.account.models import EmailAddress
from django.utils import timezone

from events.choices import EventKind, RecruitmentFormat
from events.factories import EventPageFactory
from registration.factories import UserFactory

from .models import (
    EmployerEventSettings,
    EventParticipation,
    InterestMark,
    Invitation,
    JoinRequest,
    Opening,
    Organisation,
    ParticipantInterest,
    Recruiter,
)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Génie-conseil Fictif {n} inc.")
    size = "50-249"


class FullOrganisationFactory(OrganisationFactory):
    name = factory.Sequence(lambda n: f"Société d'ingénierie Côté-Nguyen & Associés (fictive) {n}")
    website = "https://cote-nguyen.example.com"
    description_fr = "Firme fictive de génie-conseil : infrastructures, eau potable, ponts."
    description_en = "A fictitious engineering firm: infrastructure, drinking water, bridges."
    address = "1000, rue Sherbrooke Ouest, bureau 2500, Montréal (Québec) H3A 3G4"
    contact_name = "Marie-Ève Lefebvre-Ouellet"
    contact_email = "Recrutement@Cote-Nguyen.example.com"
    contact_phone = "+1 514 555-0142"


class RecruiterFactory(factory.django.DjangoModelFactory):
    """An active recruiter whose e-mail is verified."""

    class Meta:
        model = Recruiter
        skip_postgeneration_save = True

    user = factory.SubFactory(
        UserFactory, email=factory.Sequence(lambda n: f"Recruteuse{n}@Entreprise.example.com")
    )
    organisation = factory.SubFactory(OrganisationFactory)

    @factory.post_generation
    def verified(recruiter, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.get_or_create(
                user=recruiter.user,
                email=recruiter.user.email.lower(),
                defaults={"verified": True, "primary": True},
            )


class InvitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Invitation

    organisation = factory.SubFactory(OrganisationFactory)
    email = factory.Sequence(lambda n: f"Nouvelle.Recrue{n}@Entreprise.example.com")
    expires_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))


class JoinRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = JoinRequest

    organisation_name = "Boulangerie Fictive Saint-Laurent"
    contact_name = "Jean-François Tremblay-Nadeau"
    email = "JF.Tremblay@Boulangerie-fictive.example.com"
    phone = "+1 514 555-0199"
    website = "https://boulangerie-fictive.example.com"
    message = "Nous cherchons des pâtissières et pâtissiers d'expérience."


class OpeningFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Opening

    organisation = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Chargée ou chargé de projets en génie civil {n}")
    occupation = "Ingénierie civile"
    key_skills = "AutoCAD Civil 3D\nGestion de chantier"
    french_level = "advanced"
    english_level = "intermediate"
    positions = 2
    location = "Montréal"
    work_mode = "hybrid"
    salary_min = 70000
    salary_max = 95000
    published = True


class RecruitmentEventFactory(EventPageFactory):
    title = factory.Sequence(lambda n: f"Entrevues éclair {n}")
    kind = EventKind.RECRUITMENT_EVENT
    recruitment_format = RecruitmentFormat.SPEED_INTERVIEWS


class EmployerEventSettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EmployerEventSettings

    event = factory.SubFactory(RecruitmentEventFactory)


class EventParticipationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventParticipation

    organisation = factory.SubFactory(OrganisationFactory)
    event = factory.SubFactory(RecruitmentEventFactory)
    recruiters_count = 2
    tables_count = 2


class InterestMarkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InterestMark

    organisation = factory.SubFactory(OrganisationFactory)
    event = factory.SubFactory(RecruitmentEventFactory)
    participant = factory.SubFactory(UserFactory)
    level = "high"
    note = "Très bon profil — à rappeler."


class ParticipantInterestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ParticipantInterest

    participant = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    event = factory.SubFactory(RecruitmentEventFactory)
    level = "high"
