"""Profiles test data: a profile (a fully filled variant), pitch versions, videos, comments and

packet views. Participants come from `registration.factories`."""

import datetime

import factory
from django.core.files.base import ContentFile

from registration.factories import RegistrationFactory, UserFactory

from .models import (
    AdvisorComment,
    PacketView,
    PitchVersion,
    Profile,
    ProfileSkill,
    Skill,
    VideoApplication,
    VideoSettings,
)

# The smallest files each kind of check recognises: their first bytes are what counts.
MP4_BYTES = (
    b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00\x00\x00\x08free" + b"\0" * 64
)
MOV_BYTES = b"\x00\x00\x00\x14ftypqt  \x00\x00\x02\x00qt  " + b"\0" * 64
WEBM_BYTES = (
    b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\xf2\x81\x04\x42\xf3\x81\x08"
    b"\x42\x82\x84webm\x42\x87\x81\x04\x42\x85\x81\x02" + b"\0" * 64
)


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profile

    user = factory.LazyAttribute(lambda o: RegistrationFactory().user)
    headline = "Ingénieure civile, 8 ans en gestion de chantiers d'infrastructures"


class FullProfileFactory(ProfileFactory):
    """Every field filled, with accents and long texts: for anything that shows or exports data."""

    class Meta:
        skip_postgeneration_save = True

    headline = (
        "Ingénieure civile — chargée de projets d'infrastructures municipales (aqueducs, égouts)"
    )
    target_occupations = "Chargée de projets en génie civil\nEstimatrice en construction"
    years_of_experience = 8
    education_level = "master"
    education_field = "Génie civil, option hydraulique urbaine"
    education_institution = "École Mohammadia d'ingénieurs, Rabat (Maroc)"
    education_place = "abroad"
    french_level = "fluent"
    english_level = "advanced"
    other_languages = "Arabe (langue maternelle), Espagnol (intermédiaire)"
    regulated_profession = "Ingénieure ou ingénieur — Ordre des ingénieurs du Québec"
    credential_status = "in_progress"
    professional_link = "https://www.linkedin.com/in/exemple-ingenieure-civile"
    availability = "from_date"
    available_from = datetime.date(2027, 1, 11)
    full_time = True
    contract = True
    hybrid = True
    on_site = True
    pitch_who = (
        "Bonjour, je m'appelle Amina. Je suis ingénieure civile, avec huit ans d'expérience."
    )
    pitch_achievement = "J'ai dirigé la réfection d'un réseau d'aqueduc de 12 kilomètres, livrée deux mois avant l'échéance."
    pitch_strengths = (
        "Je maîtrise AutoCAD Civil 3D et MS Project, et je travaille en français et en anglais."
    )
    pitch_goal = "Je cherche un poste de chargée de projets dans une firme de génie-conseil."
    pitch_call_to_action = "J'aimerais beaucoup vous parler de vos projets d'infrastructures."
    shares_with_employers = True

    @factory.post_generation
    def skills(profile, create, extracted, **kwargs):
        if create:
            from .services import set_skills

            set_skills(
                profile=profile,
                names=extracted or ["AutoCAD Civil 3D", "MS Project", "Hydraulique"],
            )


class PitchVersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PitchVersion

    profile = factory.SubFactory(ProfileFactory)
    who = "Je m'appelle Amina, ingénieure civile."
    achievement = "Un aqueduc de 12 km."
    strengths = "AutoCAD, français, anglais."
    goal = "Chargée de projets."
    call_to_action = "Parlons-en."


class VideoApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = VideoApplication

    profile = factory.SubFactory(ProfileFactory)
    file = factory.LazyFunction(lambda: ContentFile(MP4_BYTES, name="video.mp4"))
    content_type = "video/mp4"
    size = len(MP4_BYTES)


class AdvisorCommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AdvisorComment

    profile = factory.SubFactory(ProfileFactory)
    part = "achievement"
    author = factory.SubFactory(UserFactory, first_name="Éloïse", last_name="Tremblay-Nguyen")
    text = "Précisez le budget du projet : « sous le budget » de combien ?"


class PacketViewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PacketView

    profile = factory.SubFactory(ProfileFactory)
    viewer = factory.SubFactory(UserFactory)
    organisation = "Génie-Conseil Saint-Laurent inc."


class SkillFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Skill
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Gestion de projets {n}")
    slug = factory.Sequence(lambda n: f"gestion-de-projets-{n}")


class ProfileSkillFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProfileSkill

    content_object = factory.SubFactory(ProfileFactory)
    tag = factory.SubFactory(SkillFactory)


def video_settings(*, max_video_size_mb: int) -> VideoSettings:
    """The one settings row (``VideoSettings.load()``) with the given limit."""
    row = VideoSettings.load()
    row.max_video_size_mb = max_video_size_mb
    row.save()
    return row
