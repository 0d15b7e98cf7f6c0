"""The blocks of a module body: the shared vocabulary plus what a course module needs."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtailmedia.blocks import VideoChooserBlock

from home.blocks import (
    BaseStreamBlock,
    CalloutBlock,
    HeadingBlock,
    ParagraphBlock,
    QuoteBlock,
)

CAPTION_LANGUAGES = [
    ("fr", _("French")),
    ("en", _("English")),
]


PREVIEW_TEMPLATE = "training/blocks/preview.html"


# A track is named in its own language in the player's menu, like the language switcher.
NATIVE_LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


class CaptionsTrackValue(blocks.StructValue):
    def language_name(self) -> str:
        return NATIVE_LANGUAGE_NAMES.get(self["language"], self["language"])


class CaptionsTrackBlock(blocks.StructBlock):
    language = blocks.ChoiceBlock(label=_("Language"), choices=CAPTION_LANGUAGES, default="fr")
    file = DocumentChooserBlock(
        label=_("Captions file (WebVTT)"),
        help_text=_("Upload a .vtt file to the documents library, then choose it here."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Captions track")
        value_class = CaptionsTrackValue


def _video_preview_value() -> dict:
    """The latest uploaded video of the library, so the preview shows a real player."""
    from wagtail.documents import get_document_model
    from wagtailmedia.models import get_media_model

    captions = get_document_model().objects.filter(file__endswith=".vtt").order_by("-pk")[:1]
    return {
        "video": get_media_model().objects.filter(type="video").order_by("-pk").first(),
        "title": "Les trois réglages essentiels du tournage",
        "captions": [{"language": "fr", "file": document} for document in captions],
        "transcript": "<p>Cadrage, lumière et son : vérifiez-les avant d'enregistrer.</p>",
    }


def _worksheet_preview_value() -> dict:
    from wagtail.documents import get_document_model

    return {
        "document": get_document_model().objects.exclude(file__endswith=".vtt").first(),
        "title": "Gabarit d'argumentaire éclair",
        "description": "Un gabarit en cinq parties à remplir avant l'exercice.",
    }


class VideoBlock(blocks.StructBlock):
    """An uploaded video, played by the browser, with captions and a transcript."""

    video = VideoChooserBlock(label=_("Video"))
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    captions = blocks.ListBlock(
        CaptionsTrackBlock(),
        label=_("Captions"),
        min_num=1,
        help_text=_("One track per language; the track in the page's language is shown first."),
    )
    transcript = ParagraphBlock(
        label=_("Transcript"),
        help_text=_("Everything said and shown in the video, for people who cannot watch it."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        description = _("An uploaded video with captions and a transcript.")
        template = "training/blocks/video_block.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = staticmethod(_video_preview_value)


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item"), max_length=250), label=_("Items"))

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        description = _("A list of things to check or bring, in order.")
        template = "training/blocks/checklist_block.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "title": "Avant d'enregistrer",
            "items": ["La caméra est à la hauteur des yeux.", "La pièce est calme."],
        }


class ExerciseBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    prompt = ParagraphBlock(label=_("Instructions"))
    minutes = blocks.IntegerBlock(
        label=_("Suggested time (minutes)"), required=False, min_value=1, max_value=240
    )

    class Meta:
        icon = "edit"
        label = _("Exercise")
        description = _("A task for the participant, such as writing a 60-second pitch.")
        template = "training/blocks/exercise_block.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "title": "Rédigez votre argumentaire de 60 secondes",
            "prompt": "<p>Présentez-vous en cinq phrases : qui vous êtes, ce que vous avez "
            "accompli, ce que vous apportez, ce que vous cherchez et votre appel à l'action.</p>",
            "minutes": 20,
        }


class WorksheetBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "download"
        label = _("Worksheet")
        description = _("A document to download, fill in or print.")
        template = "training/blocks/worksheet_block.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = staticmethod(_worksheet_preview_value)


class ExamplePitchBlock(blocks.StructBlock):
    speaker = blocks.CharBlock(
        label=_("Who speaks"),
        max_length=150,
        help_text=_("For example: Amina, civil engineer, 8 years of experience."),
    )
    pitch = blocks.TextBlock(label=_("Pitch"))
    strengths = blocks.ListBlock(
        blocks.CharBlock(label=_("Strength"), max_length=250),
        label=_("Why it works"),
        required=False,
        min_num=0,
    )

    class Meta:
        icon = "user"
        label = _("Example pitch")
        description = _("A sample pitch with what makes it convincing.")
        template = "training/blocks/example_pitch_block.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "speaker": "Amina, ingénieure civile",
            "pitch": "Bonjour, je m'appelle Amina. Je suis ingénieure civile et j'ai dirigé "
            "pendant huit ans des chantiers de plus de 20 millions de dollars.",
            "strengths": ["Un chiffre concret dès la deuxième phrase."],
        }


class ModuleBodyBlock(BaseStreamBlock):
    # The shared blocks, with the preview editors see in the block picker.
    heading = HeadingBlock(preview_template=PREVIEW_TEMPLATE)
    paragraph = ParagraphBlock(preview_template=PREVIEW_TEMPLATE)
    callout = CalloutBlock(preview_template=PREVIEW_TEMPLATE)
    quote = QuoteBlock(preview_template=PREVIEW_TEMPLATE)
    video = VideoBlock()
    checklist = ChecklistBlock()
    exercise = ExerciseBlock()
    worksheet = WorksheetBlock()
    example_pitch = ExamplePitchBlock()

    def clean(self, value):
        value = super().clean(value)
        # The module page gives the h1 (and an h2 for its objectives); a subsection cannot open
        # the body before any section, or screen-reader users lose the outline.
        for index, child in enumerate(value):
            if child.block_type != "heading":
                continue
            if child.value["level"] == "h3":
                raise blocks.StreamBlockValidationError(
                    block_errors={
                        index: ValidationError(
                            _("Start with a section heading (h2) before any subsection (h3).")
                        )
                    }
                )
            break
        return value
