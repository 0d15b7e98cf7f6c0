"""Every block of a module body renders accessible HTML and is ready for editors."""

import pytest
from django.urls import reverse
from django.utils import translation

from training.blocks import ModuleBodyBlock
from training.factories import (
    CaptionsFactory,
    CoursePageFactory,
    DocumentFactory,
    ModulePageFactory,
    VideoFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def module_html(client, home_fr):
    video = VideoFactory()
    captions_fr = CaptionsFactory(title="Sous-titres")
    captions_en = CaptionsFactory(title="Captions")
    worksheet = DocumentFactory(title="Gabarit")
    course = CoursePageFactory(parent=home_fr, slug="candidature-video")
    ModulePageFactory(
        parent=course,
        slug="tous-les-blocs",
        body=[
            ("heading", {"text": "Une structure en cinq parties", "level": "h2"}),
            ("paragraph", "<p>Un argumentaire dure <b>60 secondes</b>.</p>"),
            ("callout", {"kind": "tip", "title": "Astuce", "text": "<p>Souriez.</p>"}),
            ("quote", {"quote": "Soyez concret.", "attribution": "Une recruteuse"}),
            (
                "video",
                {
                    "video": video,
                    "title": "Les trois réglages du tournage",
                    "captions": [
                        {"language": "fr", "file": captions_fr},
                        {"language": "en", "file": captions_en},
                    ],
                    "transcript": "<p>Cadrage, lumière, son.</p>",
                },
            ),
            ("checklist", {"title": "Avant d'enregistrer", "items": ["La pièce est calme."]}),
            (
                "exercise",
                {
                    "title": "Rédigez votre argumentaire de 60 secondes",
                    "prompt": "<p>Cinq phrases, pas plus.</p>",
                    "minutes": 20,
                },
            ),
            (
                "worksheet",
                {
                    "document": worksheet,
                    "title": "Télécharger le gabarit",
                    "description": "À remplir.",
                },
            ),
            (
                "example_pitch",
                {
                    "speaker": "Amina, ingénieure civile",
                    "pitch": "Je m'appelle Amina.",
                    "strengths": ["Un chiffre concret."],
                },
            ),
        ],
    )
    response = client.get("/fr/candidature-video/tous-les-blocs/")
    assert response.status_code == 200
    return response.content.decode(), {
        "video": video,
        "captions_fr": captions_fr,
        "captions_en": captions_en,
        "worksheet": worksheet,
    }


def test_heading_paragraph_callout_and_quote_render(module_html):
    html, _ = module_html
    assert '<h2 class="block-heading">Une structure en cinq parties</h2>' in html
    assert "<b>60 secondes</b>" in html
    assert 'class="callout callout--tip" aria-label="Astuce"' in html
    assert "<blockquote><p>Soyez concret.</p></blockquote>" in html


def test_video_plays_the_uploaded_file_with_a_captions_track_per_language(module_html):
    html, objects = module_html
    assert "<video" in html and " controls" in html
    assert f'<source src="{objects["video"].url}" type="video/webm">' in html
    assert (
        f'<track kind="captions" src="{objects["captions_fr"].url}" srclang="fr" '
        'label="Français" default>' in html
    )
    assert (
        f'<track kind="captions" src="{objects["captions_en"].url}" srclang="en" '
        'label="English">' in html
    )
    assert "<summary>" in html and "Cadrage, lumière, son." in html


def test_checklist_exercise_worksheet_and_example_pitch_render(module_html):
    html, objects = module_html
    # Titles are headings, not extra landmarks named after themselves.
    assert '<h3 class="checklist__title">Avant d&#x27;enregistrer</h3>' in html
    assert 'section class="checklist"' not in html and 'section class="exercise"' not in html
    assert "<li>La pièce est calme.</li>" in html
    assert "Rédigez votre argumentaire de 60 secondes</h3>" in html
    assert "Cinq phrases, pas plus." in html
    assert f'href="{objects["worksheet"].url}" download>Télécharger le gabarit' in html
    assert "(TXT, 12" in html  # file type and size
    assert "Je m&#x27;appelle Amina." in html
    assert "<figcaption" in html and "Amina, ingénieure civile" in html


@pytest.mark.parametrize("name", list(ModuleBodyBlock.base_blocks))
def test_every_block_has_a_translated_label_an_icon_and_a_preview(name, admin_client):
    VideoFactory()
    CaptionsFactory()
    DocumentFactory()
    block = ModuleBodyBlock().child_blocks[name]
    with translation.override("en"):
        english_label = str(block.label)
    with translation.override("fr"):
        french_label = str(block.label)
    assert english_label != french_label
    assert block.meta.icon not in ("", "placeholder")
    assert block.is_previewable

    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    assert block.get_preview_value()
    assert "<main>" in response.content.decode()


def test_a_module_body_cannot_open_with_a_subsection_heading():
    from wagtail.blocks import StreamBlockValidationError

    body = ModuleBodyBlock()
    subsection_first = body.to_python(
        [
            {"type": "paragraph", "value": "<p>Introduction.</p>"},
            {"type": "heading", "value": {"text": "Cadrage", "level": "h3"}},
        ]
    )
    section_first = body.to_python(
        [
            {"type": "heading", "value": {"text": "Tourner", "level": "h2"}},
            {"type": "heading", "value": {"text": "Cadrage", "level": "h3"}},
        ]
    )

    with pytest.raises(StreamBlockValidationError):
        body.clean(subsection_first)
    assert len(body.clean(section_first)) == 2
