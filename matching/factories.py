"""Matching test data: an event's matching settings and interviews (every field filled)."""

import factory

from employers.factories import OrganisationFactory, RecruitmentEventFactory
from registration.factories import UserFactory

from .models import EventMatching, Interview


class EventMatchingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventMatching
        django_get_or_create = ["event"]

    event = factory.SubFactory(RecruitmentEventFactory)
    max_interviews = 4
    slots = 6
    slot_minutes = 10
    break_after = 3
    break_minutes = 15
    room_link_template = "https://meet.example.org/passerelle-{organisation}-table-{table}"


class InterviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Interview

    event = factory.SubFactory(RecruitmentEventFactory)
    participant = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    table = 1
    slot = factory.Sequence(lambda n: n % 30)
    room_link = "https://meet.example.org/passerelle-fictive-table-1"
    score = 42
