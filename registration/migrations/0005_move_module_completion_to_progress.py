# Module completion moved to the progress app. The table is renamed, not copied, so every
# existing row (and its id and date) stays; progress's 0001_initial takes the model over.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('registration', '0004_module_completion'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable(
                    name='modulecompletion',
                    table='progress_modulecompletion',
                ),
            ],
            state_operations=[
                migrations.DeleteModel(
                    name='ModuleCompletion',
                ),
            ],
        ),
    ]
