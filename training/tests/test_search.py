"""Search indexes the course, module and sector pages and answers in one language only."""

import pytest
from wagtail.search import index

from home.translation import translate_page
from sectors.models import SectorBriefingPage, SectorIndexPage
from training.factories import CoursePageFactory
from training.models import CoursePage, ModulePage

pytestmark = pytest.mark.django_db


def _indexed(model) -> set[str]:
    return {
        field.field_name for field in model.search_fields if isinstance(field, index.SearchField)
    }


def test_course_module_and_sector_pages_have_search_fields():
    assert {"title", "intro", "learning_objectives"} <= _indexed(CoursePage)
    assert {"title", "summary", "learning_objectives", "body"} <= _indexed(ModulePage)
    assert {"title", "intro"} < _indexed(SectorBriefingPage)


def _module(lang: str) -> ModulePage:
    return ModulePage(
        title="Argumentaire éclair" if lang == "fr" else "Elevator pitch",
        slug="argumentaire" if lang == "fr" else "pitch",
        summary="Présentez-vous en soixante secondes chrono."
        if lang == "fr"
        else "Introduce yourself in sixty seconds chrono.",
        body=[
            (
                "exercise",
                {
                    "title": "Rédigez votre texte" if lang == "fr" else "Write your text",
                    "prompt": "<p>Quatre phrases.</p>"
                    if lang == "fr"
                    else "<p>Four sentences.</p>",
                    "minutes": 10,
                },
            )
        ],
    )


@pytest.fixture
def bilingual_module(home_fr, home_en):
    french_course = CoursePageFactory(parent=home_fr, slug="candidature-video")
    translate_page(
        french_course,
        CoursePage(title="Video application", slug="video-application", intro=french_course.intro),
    )
    french = french_course.add_child(instance=_module("fr"))
    french.save_revision().publish()
    translate_page(french, _module("en"))
    return french


def test_french_search_returns_french_pages_only(client, bilingual_module):
    html = client.get("/fr/search/", {"q": "chrono"}).content.decode()

    assert "Argumentaire éclair" in html
    assert "Elevator pitch" not in html


def test_english_search_returns_english_pages_only(client, bilingual_module):
    html = client.get("/en/search/", {"q": "chrono"}).content.decode()

    assert "Elevator pitch" in html
    assert "Argumentaire éclair" not in html
    assert 'href="/en/video-application/pitch/"' in html
    assert "Introduce yourself in sixty seconds chrono." in html  # the module's summary


def test_search_finds_words_of_a_module_body(client, bilingual_module):
    html = client.get("/en/search/", {"q": "sentences"}).content.decode()

    assert "Elevator pitch" in html


def test_search_finds_a_sector_page_in_its_language(client, home_fr):
    sectors = home_fr.add_child(instance=SectorIndexPage(title="Secteurs", slug="secteurs"))
    sectors.add_child(
        instance=SectorBriefingPage(
            title="Technologies de l'information",
            slug="ti",
            intro="<p>Cybersécurité recherchée.</p>",
        )
    )

    html = client.get("/fr/search/", {"q": "cybersécurité"}).content.decode()

    assert "Technologies de l&#x27;information" in html
