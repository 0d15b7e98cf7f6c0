import datetime

import pytest
from django.core.cache import cache

from employers.factories import FullOrganisationFactory
from events.choices import EventKind
from events.factories import EventPageFactory, in_days
from outcomes.history import Sources
from progress.factories import build_course
from sectors.factories import SectorBriefingPageFactory, SectorIndexPageFactory


@pytest.fixture(autouse=True)
def _fresh_public_figures():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def history_sources(home_fr):
    """A course, two sectors, two organisations and past events of each kind for generated
    participants (registered from 720 to 400 days ago)."""
    _course, modules = build_course(parent=home_fr, modules=2)
    index = SectorIndexPageFactory(parent=home_fr)
    sectors = [
        SectorBriefingPageFactory(parent=index, title="Génie", slug="genie"),
        SectorBriefingPageFactory(parent=index, title="Santé et services sociaux", slug="sante"),
    ]
    events = {
        EventKind.WELCOME_SESSION: [
            EventPageFactory(kind=EventKind.WELCOME_SESSION, start=in_days(-390))
        ],
        EventKind.SECTOR_ACTIVITY: [
            EventPageFactory(kind=EventKind.SECTOR_ACTIVITY, start=in_days(-380))
        ],
        EventKind.RECRUITMENT_EVENT: [
            EventPageFactory(
                kind=EventKind.RECRUITMENT_EVENT,
                recruitment_format="speed_interviews",
                start=in_days(-370),
            )
        ],
    }
    return Sources(
        events=events,
        sector_ids=[sector.pk for sector in sectors],
        organisation_ids=[FullOrganisationFactory().pk, FullOrganisationFactory().pk],
        module_keys=[module.translation_key for module in modules],
    )


def days_ago(days: int) -> datetime.date:
    return datetime.date.today() - datetime.timedelta(days=days)
