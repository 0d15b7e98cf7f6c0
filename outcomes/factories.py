import datetime

import factory
from django.utils import timezone

from employers.factories import FullOrganisationFactory
from employers.models import EventParticipation
from events.choices import EventKind
from events.factories import EventPageFactory, SignUpFactory, in_days
from registration.factories import RegistrationFactory

from .choices import Answer, EmployerType, MatchQuality
from .models import Checkpoint, EmployerFollowUp


def completed_path(*, days_ago: int = 200, **registration_fields):
    """A participant who attended a recruitment event `days_ago` days ago (path completed)."""
    registration = RegistrationFactory(complete=True, **registration_fields)
    event = EventPageFactory(
        title=f"Entrevues éclair « Génie » {registration.pk}",
        kind=EventKind.RECRUITMENT_EVENT,
        recruitment_format="speed_interviews",
        start=in_days(-days_ago, hour=13),
    )
    SignUpFactory(event=event, user=registration.user, attended=True)
    return registration


class CheckpointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Checkpoint

    participant = factory.Sequence(
        lambda n: (
            RegistrationFactory(
                complete=True,
                user__email=f"Mariam.Haddad-Lavoie{n}@Example.org",
                user__first_name="Mariam",
                user__last_name=f"Haddad-Lavoie {n}",
            ).user
        )
    )
    months = 6
    due_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=1))


class AnsweredCheckpointFactory(CheckpointFactory):
    sent_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=2))
    answer = Answer.EMPLOYED_IN_FIELD
    answered_at = factory.LazyFunction(timezone.now)
    employer_type = EmployerType.NON_PROFIT
    from_connection = True
    may_contact = False


class EmployerFollowUpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EmployerFollowUp

    participation = factory.LazyFunction(
        lambda: EventParticipation.objects.create(
            organisation=FullOrganisationFactory(),
            event=EventPageFactory(
                kind=EventKind.RECRUITMENT_EVENT,
                recruitment_format="virtual_fair",
                start=in_days(-95),
            ),
        )
    )
    sent_at = factory.LazyFunction(timezone.now)
    hires = 2
    match_quality = MatchQuality.GOOD
    would_return = True
