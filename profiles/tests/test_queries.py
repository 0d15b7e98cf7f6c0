"""The profile page, the pitch page and the packet preview run the same number of queries with 3
or 30 skills, versions, comments and views."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from profiles import services
from profiles.factories import (
    AdvisorCommentFactory,
    FullProfileFactory,
    PacketViewFactory,
    PitchVersionFactory,
    VideoApplicationFactory,
)
from registration.factories import RegistrationFactory

pytestmark = pytest.mark.django_db


def build(count: int):
    user = RegistrationFactory(complete=True).user
    profile = FullProfileFactory(user=user, skills=[f"Compétence {n}" for n in range(count)])
    VideoApplicationFactory(profile=profile)
    for _n in range(count):
        PitchVersionFactory(profile=profile)
        AdvisorCommentFactory(profile=profile, author=None)
        PacketViewFactory(profile=profile)
    return user


def queries(client, user, name) -> int:
    client.force_login(user)
    with translation.override("fr"):
        target = reverse(name)
    client.get(target)  # warm caches (site, locales) that every page shares
    with CaptureQueriesContext(connection) as context:
        response = client.get(target)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize(
    "name",
    ["profiles:edit_profile", "profiles:pitch", "profiles:packet", "registration:my_path"],
)
def test_the_query_count_does_not_grow(client, name):
    few, many = build(3), build(30)
    assert queries(client, few, name) == queries(client, many, name)


def test_a_skill_row_and_its_link_to_a_profile():
    from profiles.factories import ProfileSkillFactory

    link = ProfileSkillFactory()
    assert list(link.content_object.skills.names()) == [link.tag.name]


def test_set_skills_keeps_one_skill_per_spelling():
    profile = FullProfileFactory(skills=["Python"])
    other = FullProfileFactory(skills=["PYTHON", "  python  ", "Excel"])
    assert list(other.skills.names().order_by("name")) == ["Excel", "Python"]
    services.set_skills(profile=profile, names=["python", "SQL"])
    assert sorted(profile.skills.names()) == ["Python", "SQL"]
