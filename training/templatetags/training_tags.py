"""Training's date filters now live in home/templatetags/dates.py, shared by every app.

Kept so that `{% load training_tags %}` and existing imports go on working.
"""

from django import template

from home.templatetags.dates import clock, long_date, medium_date, short_date

register = template.Library()
for _filter in (long_date, medium_date, short_date, clock):
    register.filter(_filter.__name__, _filter)

__all__ = ["clock", "long_date", "medium_date", "short_date"]
