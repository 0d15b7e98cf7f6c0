"""The packet list runs the same number of queries with 5 and with 100 participants."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from events.factories import SignUpFactory
from profiles.factories import ProfileFactory
from profiles.services import set_skills

pytestmark = pytest.mark.django_db


def _add_participants(event, count):
    for number in range(count):
        profile = ProfileFactory(headline=f"Participante n° {number}", shares_with_employers=True)
        set_skills(profile=profile, names=["Soudage", f"Compétence {number}"])
        SignUpFactory(event=event, user=profile.user)


def _count(client, event) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("employers:participants", args=[event.pk]))
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_constant_queries_with_5_and_100_participants(client, recruiter_a, event):
    client.force_login(recruiter_a)
    _add_participants(event, 5)
    five, body = _count(client, event)
    assert body.count("Participante n°") == 5
    _add_participants(event, 95)
    hundred, body = _count(client, event)
    assert body.count("Participante n°") == 100
    assert five == hundred


def test_filters_narrow_the_list(client, recruiter_a, event, marker):
    client.force_login(recruiter_a)
    other = ProfileFactory(headline="Soudeuse", shares_with_employers=True, years_of_experience=2)
    SignUpFactory(event=event, user=other.user)
    url = reverse("employers:participants", args=[event.pk])
    body = client.get(url, {"skill": "autocad", "experience": "5"}).content.decode()
    assert "Zéphyrine" in body and "Soudeuse" not in body
    body = client.get(url, {"french": ["fluent"]}).content.decode()
    assert "Zéphyrine" in body and "Soudeuse" not in body
