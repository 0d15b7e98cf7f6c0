"""The demo speed interviews come with their matching run, once."""

import pytest
from django.core.management import call_command

from matching.models import EventMatching, Interview

pytestmark = pytest.mark.django_db


def test_the_demo_speed_interviews_have_a_schedule(demo_content):
    matching = EventMatching.objects.get(event__slug="entrevues-eclair-hiver")
    assert matching.ran_at is not None and matching.published_at is None
    interviews = list(Interview.objects.filter(event=matching.event).order_by("pk"))
    assert {i.participant.email for i in interviews} >= {"demo.ines.haddad@example.org"}
    call_command("load_demo_content", verbosity=0)
    assert list(Interview.objects.filter(event=matching.event).order_by("pk")) == interviews
