# The model arrives from registration (see registration 0005): its table is already there,
# renamed with its rows, so this migration only records the model in progress's state.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('registration', '0005_move_module_completion_to_progress'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='ModuleCompletion',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('module_key', models.UUIDField(db_index=True, verbose_name='module')),
                        ('completed_at', models.DateTimeField(auto_now_add=True, verbose_name='completed on')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='module_completions', to=settings.AUTH_USER_MODEL, verbose_name='participant')),
                    ],
                    options={
                        'verbose_name': 'module completion',
                        'verbose_name_plural': 'module completions',
                        'constraints': [models.UniqueConstraint(fields=('user', 'module_key'), name='module_completion_once_per_participant')],
                    },
                ),
            ],
        ),
    ]
