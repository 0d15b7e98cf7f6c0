"""Dates and times the way each language writes them (Quebec French: « 1er décembre, 9 h 30 »).

Shared by every app: `{% load dates %}`.
"""

import datetime

from django import template
from django.utils.formats import date_format
from django.utils.translation import get_language

register = template.Library()


def _is_french() -> bool:
    return (get_language() or "fr").startswith("fr")


def _french_day(value: datetime.date) -> str:
    return "1er" if value.day == 1 else str(value.day)


@register.filter
def long_date(value: datetime.date) -> str:
    """« lundi 1er décembre 2026 » / "Monday, December 1, 2026"."""
    if not value:
        return ""
    if _is_french():
        return f"{date_format(value, 'l')} {_french_day(value)} {date_format(value, 'F Y')}"
    return date_format(value, "l, F j, Y")


@register.filter
def medium_date(value: datetime.date) -> str:
    """« 1er décembre 2026 » / "December 1, 2026"."""
    if not value:
        return ""
    if _is_french():
        return f"{_french_day(value)} {date_format(value, 'F Y')}"
    return date_format(value, "F j, Y")


@register.filter
def short_date(value: datetime.date) -> str:
    """« 1er décembre » / "December 1"."""
    if not value:
        return ""
    if _is_french():
        return f"{_french_day(value)} {date_format(value, 'F')}"
    return date_format(value, "F j")


@register.filter
def clock(value: datetime.time) -> str:
    if not value:
        return ""
    if _is_french():
        return f"{value.hour} h {value.minute:02d}" if value.minute else f"{value.hour} h"
    return date_format(value, "P")
