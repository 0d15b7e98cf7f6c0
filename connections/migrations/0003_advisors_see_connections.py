"""Advisors (program staff) see connections and requests in the admin (read-only), and the
connection's "confirm employment" goes through their right to change a registration."""

from django.db import migrations

# The group's French name (registration 0009 renamed "Advisors"); a migration keeps its own copy.
ADVISORS = "Conseillers"
CODENAMES = ["view_connection", "view_connectionrequest", "view_contactview", "view_poolconsent"]


def _permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    return list(
        Permission.objects.filter(content_type__app_label="connections", codename__in=CODENAMES)
    )


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("connections")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    group, _created = Group.objects.get_or_create(name=ADVISORS)
    group.permissions.add(*_permissions(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name=ADVISORS):
        group.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("connections", "0002_pool_requests_and_contact_log"),
        ("registration", "0009_french_staff_group_names"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
