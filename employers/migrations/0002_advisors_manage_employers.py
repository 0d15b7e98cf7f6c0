"""Advisors (program staff) manage employers in the admin: organisations, recruiters,
invitations, openings, join requests, employers at events; and see which packets were opened."""

from django.db import migrations

# The group's French name (registration 0009 renamed "Advisors"); a migration keeps its own copy.
ADVISORS = "Conseillers"
EMPLOYERS_CODENAMES = [
    f"{action}_{model}"
    for model in (
        "organisation",
        "invitation",
        "opening",
        "joinrequest",
        "eventparticipation",
        "employereventsettings",
    )
    for action in ("add", "change", "delete", "view")
] + ["change_recruiter", "view_recruiter"]
PROFILES_CODENAMES = ["view_packetview"]


def _permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    return [
        *Permission.objects.filter(
            content_type__app_label="employers", codename__in=EMPLOYERS_CODENAMES
        ),
        *Permission.objects.filter(
            content_type__app_label="profiles", codename__in=PROFILES_CODENAMES
        ),
    ]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for label in ("employers", "profiles"):
        app_config = apps.get_app_config(label)
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
        ("employers", "0001_initial"),
        ("profiles", "0002_advisors_set_video_limit"),
        ("registration", "0009_french_staff_group_names"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
