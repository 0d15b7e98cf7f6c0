"""Advisors invite participants to invitation-only events (Admin › Events › Invitations)."""

from django.db import migrations

# The group's French name (registration 0009 renamed "Advisors"); a migration keeps its own copy.
ADVISORS = "Conseillers"
CODENAMES = ["add_eventinvitation", "change_eventinvitation", "delete_eventinvitation", "view_eventinvitation"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("events")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=ADVISORS)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="events", codename__in=CODENAMES)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=ADVISORS):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="events", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0003_host_accounts_and_invitations"),
        ("registration", "0009_french_staff_group_names"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
