"""Admin access is read with the user's permissions in one query, the same set Django computes."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from registration.models import User
from security.access import has_admin_access

pytestmark = pytest.mark.django_db


def fresh(user):
    return User.objects.get(pk=user.pk)


def test_a_member_of_a_group_that_may_open_the_admin_has_access_in_one_query():
    advisor = User.objects.create_user(email="CONSEILLERE.Lefebvre@example.org", password="x")
    group = Group.objects.create(name="Équipe d’accueil")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    advisor.groups.add(group)
    advisor.user_permissions.add(Permission.objects.get(codename="change_user"))

    user = fresh(advisor)
    with CaptureQueriesContext(connection) as captured:
        assert has_admin_access(user)
        assert user.has_perm("registration.change_user")
    assert len(captured.captured_queries) == 1
    assert user.get_all_permissions() == fresh(advisor).get_all_permissions()


def test_a_participant_has_no_access_and_an_inactive_or_super_user_is_left_to_django():
    participant = User.objects.create_user(email="amina.benali@example.org", password="x")
    assert not has_admin_access(fresh(participant))

    admin = User.objects.create_superuser(email="admin@example.org", password="x")
    assert has_admin_access(fresh(admin))

    participant.groups.add(Group.objects.get_or_create(name="Conseillers")[0])
    participant.is_active = False
    participant.save()
    assert not has_admin_access(fresh(participant))
