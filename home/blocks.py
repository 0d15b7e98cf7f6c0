"""The shared StreamField vocabulary. Other apps reuse these blocks and add their own."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

# Editors write prose, not layout: no headings inside rich text (the heading block keeps the
# outline right), no images or embeds that would need the network.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
        help_text=_("The page title is the only h1; sections start at h2."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        description = _("A section heading that keeps the page outline correct.")
        template = "blocks/heading_block.html"
        preview_value = {"text": "Préparer votre argumentaire éclair", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        kwargs.setdefault("label", _("Paragraph"))
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        description = _("Text with bold, italic, lists and links.")
        template = "blocks/paragraph_block.html"
        preview_value = (
            "<p>Le programme <b>Passerelle sectorielle</b> prépare les personnes immigrantes "
            "aux activités de recrutement des employeurs montréalais.</p>"
        )


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("note", _("Note")), ("warning", _("Important"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = ParagraphBlock(label=_("Text"))

    class Meta:
        icon = "help"
        label = _("Callout")
        description = _("A highlighted tip, note or warning.")
        template = "blocks/callout_block.html"
        preview_value = {
            "kind": "tip",
            "title": "Astuce",
            "text": "<p>Regardez la caméra, pas votre écran.</p>",
        }


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        description = _("A quotation or an example, with who said it.")
        template = "blocks/quote_block.html"
        preview_value = {
            "quote": "Je suis ingénieure civile, avec huit ans d'expérience en gestion de chantiers.",
            "attribution": "Exemple d'argumentaire éclair",
        }


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
