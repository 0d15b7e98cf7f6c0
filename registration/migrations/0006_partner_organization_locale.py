"""First step of making partner organizations a translatable snippet: room for the locale.

The columns are nullable until 0007 fills them; the old per-language columns accept empty
values so that going back (0008 → 0006) can re-create them on a table with rows.
"""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("registration", "0005_move_module_completion_to_progress"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="partnerorganization",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="partnerorganization",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="partnerorganization",
            name="settings",
            field=modelcluster.fields.ParentalKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="partner_organizations",
                to="registration.intakesettings",
            ),
        ),
        migrations.AlterField(
            model_name="partnerorganization",
            name="name_en",
            field=models.CharField(blank=True, max_length=200, verbose_name="name (English)"),
        ),
    ]
