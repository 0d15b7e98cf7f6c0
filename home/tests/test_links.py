"""One `safe_next` (home/links.py) for every "next" the site follows: events' sign-up and
cancellation, the admin login, module completion (their own tests go through the views)."""

import pytest
from django.test import RequestFactory

from home.links import safe_next

pytestmark = pytest.mark.django_db

EVIL = ["https://evil.example.com/", "//evil.example.com/", "http:///evil.example.com"]


@pytest.mark.parametrize("candidate", EVIL)
def test_another_site_is_never_followed(candidate):
    request = RequestFactory().get("/", secure=True)
    assert safe_next(request, candidate, "/fr/mon-parcours/") == "/fr/mon-parcours/"


def test_a_path_of_this_site_is_followed():
    request = RequestFactory().get("/")
    assert safe_next(request, "/fr/évènements/?mois=2026-03") == "/fr/évènements/?mois=2026-03"
    assert safe_next(request, "") == ""
