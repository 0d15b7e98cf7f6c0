"""Staff groups have French names and keep every permission Wagtail's packages gave them."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Task, Workflow

from home.roles import ADVISORS, EDITORS, MODERATORS

pytestmark = pytest.mark.django_db


def test_staff_groups_are_named_in_french():
    names = set(Group.objects.values_list("name", flat=True))

    assert {EDITORS, MODERATORS, ADVISORS} <= names
    assert not {"Editors", "Moderators", "Advisors"} & names
    assert Workflow.objects.filter(name="Approbation des modérateurs").exists()
    assert not Task.objects.filter(name__icontains="approval").exists()


@pytest.mark.parametrize("name", [EDITORS, MODERATORS])
def test_renamed_groups_keep_the_permissions_given_by_name(name):
    codenames = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))

    assert {"access_admin", "submit_translation", "add_image", "add_document", "add_media"} <= (
        codenames
    )
