"""Staff groups, the default workflow and the sector task get French names (issue #9).

CCMM staff use the admin in French: the names the project creates are data shown as is, so
they are written in French. home.roles holds the same values for code; a migration keeps its
own copy. This lives in registration, the highest app that created one of these names, so that
it runs after every migration that did, and after those of Wagtail and its packages that give
permissions to "Editors" and "Moderators" by name.
"""

from django.db import migrations

GROUPS = {"Editors": "Rédacteurs", "Moderators": "Modérateurs", "Advisors": "Conseillers"}
WORKFLOWS = {"Moderators approval": "Approbation des modérateurs"}
TASKS = {
    "Moderators approval": "Approbation des modérateurs",
    "Fiches sectorielles : approbation / Sector briefings: approval": (
        "Fiches sectorielles : approbation"
    ),
}


def _rename(model, names):
    for old, new in names.items():
        if not model.objects.filter(name=new).exists():
            model.objects.filter(name=old).update(name=new)


def to_french(apps, schema_editor):
    _rename(apps.get_model("auth.Group"), GROUPS)
    _rename(apps.get_model("wagtailcore.Workflow"), WORKFLOWS)
    _rename(apps.get_model("wagtailcore.Task"), TASKS)


def to_english(apps, schema_editor):
    _rename(apps.get_model("auth.Group"), {new: old for old, new in GROUPS.items()})
    _rename(apps.get_model("wagtailcore.Workflow"), {new: old for old, new in WORKFLOWS.items()})
    _rename(apps.get_model("wagtailcore.Task"), {new: old for old, new in TASKS.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("registration", "0008_partner_organization_snippet"),
        ("sectors", "0003_sector_workflow"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtaildocs", "0002_initial_data"),
        ("wagtailimages", "0002_initial_data"),
        ("wagtailmedia", "0002_initial_data"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [migrations.RunPython(to_french, to_english)]
