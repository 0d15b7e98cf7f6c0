import datetime
from pathlib import Path

import factory
import wagtail_factories
from wagtail.documents import get_document_model
from wagtailmedia.models import get_media_model

from .models import CoursePage, ModulePage, WelcomeActivityPage, WelcomeSession

# Small real files (a 16-second video and its captions) that the demo ships as well.
SAMPLE_FILES = Path(__file__).resolve().parent / "demo_media"


class WelcomeActivityPageFactory(wagtail_factories.PageFactory):
    title = "Activité d'accueil"
    intro = "<p>Faites connaissance avec l'équipe Talents et diversité.</p>"

    class Meta:
        model = WelcomeActivityPage


class WelcomeSessionFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(WelcomeActivityPageFactory)
    date = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=7))
    start_time = datetime.time(9, 30)
    duration_minutes = 90
    session_format = WelcomeSession.Format.ONLINE
    online_link = "https://passerelle.example.org/accueil"

    class Meta:
        model = WelcomeSession


class CoursePageFactory(wagtail_factories.PageFactory):
    title = "Candidature vidéo"
    intro = "<p>Rédigez votre argumentaire éclair et tournez votre vidéo.</p>"

    class Meta:
        model = CoursePage


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Module {n}")
    summary = "Un module de la formation."
    estimated_minutes = 15

    class Meta:
        model = ModulePage


class VideoFactory(factory.django.DjangoModelFactory):
    """An uploaded video of the wagtailmedia library (a real 16-second WebM file)."""

    title = factory.Sequence(lambda n: f"Vidéo {n}")
    type = "video"
    file = factory.django.FileField(
        from_path=str(SAMPLE_FILES / "tournage-essentiel.webm"), filename="essai.webm"
    )
    duration = 16
    width = 640
    height = 360

    class Meta:
        model = get_media_model()


class DocumentFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.django.FileField(filename="gabarit.txt", data=b"Qui je suis\n")

    class Meta:
        model = get_document_model()
        skip_postgeneration_save = True  # file_metadata saves it already

    @factory.post_generation
    def file_metadata(document, create, extracted, **kwargs):
        document._set_document_file_metadata()
        if create:
            document.save()


class CaptionsFactory(DocumentFactory):
    file = factory.django.FileField(
        from_path=str(SAMPLE_FILES / "tournage-essentiel.fr.vtt"), filename="sous-titres.vtt"
    )
