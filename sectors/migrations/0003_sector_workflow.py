"""The moderation workflow of the sectors branch exists from the first install.

Sector index pages created later are attached to it by `sectors.signals`; any that already
exist are attached here.
"""

from django.db import migrations

# Same values as sectors.services (a migration keeps its own copy: code may change later).
WORKFLOW_NAME = "CCMM"
TASK_NAME = "Fiches sectorielles : approbation / Sector briefings: approval"


def create_sector_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    SectorIndexPage = apps.get_model("sectors.SectorIndexPage")

    workflow, created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    if created:
        task_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
        task.groups.set(Group.objects.filter(name="Moderators"))
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for index_page in SectorIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(
            page_id=index_page.pk, defaults={"workflow": workflow}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("sectors", "0002_briefing_sections_and_representative_groups"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_sector_workflow, migrations.RunPython.noop)]
