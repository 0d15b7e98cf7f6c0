"""Catalogue strings in tests: assert what the visitor sees without copying the French wording."""

import html

from django.utils import translation


def translated(msgid: str, language: str = "fr") -> str:
    """``msgid`` as the catalogue gives it in ``language``; fails if it is not translated."""
    with translation.override(language):
        text = translation.gettext(msgid)
    assert language == "en" or text != msgid, f"No {language} translation for {msgid!r}"
    return text


def text_of(response) -> str:
    """The page's HTML with entities decoded (apostrophes come out as &#x27;)."""
    return html.unescape(response.content.decode())
