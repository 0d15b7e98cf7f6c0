import pytest
from django.contrib.auth.models import Group

from home.factories import publish
from home.roles import EDITORS, MODERATORS
from sectors.factories import SectorBriefingPageFactory, SectorIndexPageFactory
from sectors.services import create_representative


@pytest.fixture
def sector_index(home_fr):
    return publish(SectorIndexPageFactory(parent=home_fr))


@pytest.fixture
def it_sector(sector_index):
    return publish(
        SectorBriefingPageFactory(
            parent=sector_index, title="Technologies de l'information", slug="ti"
        )
    )


@pytest.fixture
def health_sector(sector_index):
    return publish(
        SectorBriefingPageFactory(
            parent=sector_index, title="Santé et services sociaux", slug="sante"
        )
    )


@pytest.fixture
def representative(it_sector, health_sector):
    """A representative of the IT sector (the health sector exists, and is not theirs)."""
    user, _ = create_representative(
        email="rep.ti@example.org", sector_page=it_sector, preferred_language="fr"
    )
    return user


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user(email="moderatrice@example.org", password="x")
    user.groups.add(Group.objects.get(name=MODERATORS))
    return user


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(email="editrice@example.org", password="x")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user
