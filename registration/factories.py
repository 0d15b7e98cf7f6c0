import factory

from .choices import Eligibility
from .models import Registration, User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"personne{n}@example.org")
    first_name = "Amina"
    last_name = "Diallo"
    password = factory.PostGenerationMethodCall("set_password", "un-mot-de-passe-solide-42")

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    user = factory.SubFactory(UserFactory)
    phone = "+15148720311"
    preferred_language = "fr"
    immigration_status = "permanent_resident"
    postal_code = "H2X 1Y4"
    arrival_year = 2021
    field_of_experience = "Génie civil"
    years_of_experience = 8
    education_level = "master"
    education_place = "abroad"
    french_level = "advanced"
    english_level = "intermediate"
    employment_situation = "unemployed"
    eligibility = Eligibility.ELIGIBLE
