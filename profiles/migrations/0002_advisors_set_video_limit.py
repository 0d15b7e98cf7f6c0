from django.db import migrations

# The group's French name (registration 0009 renamed "Advisors"); a migration keeps its own copy.
ADVISORS = "Conseillers"


def grant(apps, schema_editor):
    """Advisors already manage the intake settings; the video size limit sits beside them."""
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("profiles")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(
        content_type__app_label="profiles", codename="change_videosettings"
    )
    for group in Group.objects.filter(name=ADVISORS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=ADVISORS):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="profiles", codename="change_videosettings"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("profiles", "0001_initial"),
        ("registration", "0009_french_staff_group_names"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
