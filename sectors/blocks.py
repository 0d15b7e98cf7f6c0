"""Blocks of a sector briefing: regulated professions and upcoming interactive activities."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import ParagraphBlock


class RegulatedProfessionBlock(blocks.StructBlock):
    profession = blocks.CharBlock(label=_("Profession"), max_length=120)
    regulator = blocks.CharBlock(
        label=_("Professional order or regulator"),
        max_length=160,
        help_text=_("The body that issues the permit to practise in Quebec."),
    )
    url = blocks.URLBlock(label=_("Regulator's website"))

    class Meta:
        icon = "doc-full"
        label = _("Regulated profession")
        description = _("A profession that needs a permit, and the order to contact.")
        template = "sectors/blocks/regulated_profession_block.html"
        preview_value = {
            "profession": "Ingénieure ou ingénieur",
            "regulator": "Ordre des ingénieurs du Québec",
            "url": "https://www.oiq.qc.ca/",
        }


ACTIVITY_FORMATS = [
    ("online", _("Online")),
    ("in_person", _("In person")),
    ("hybrid", _("Hybrid")),
]


class ActivityBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    date = blocks.DateBlock(label=_("Date"))
    format = blocks.ChoiceBlock(
        label=_("Format"),
        choices=ACTIVITY_FORMATS,
        default="online",
    )
    how_to_join = ParagraphBlock(label=_("How to join"))

    class Meta:
        icon = "date"
        label = _("Interactive activity")
        description = _("An upcoming activity with this sector: date, format and how to join.")
        preview_value = {
            "title": "Rencontre avec des recruteurs",
            "date": "2030-01-15",
            "format": "online",
            "how_to_join": "<p>Inscrivez-vous auprès de votre conseillère ou conseiller.</p>",
        }


class RegulatedProfessionsBlock(blocks.StreamBlock):
    profession = RegulatedProfessionBlock()


class ActivitiesBlock(blocks.StreamBlock):
    activity = ActivityBlock()
