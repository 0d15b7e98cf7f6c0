"""Last step: partner organizations are a translatable snippet, no longer part of the settings."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("registration", "0007_partner_organizations_by_language"),
    ]

    operations = [
        migrations.RemoveField(model_name="partnerorganization", name="settings"),
        migrations.RemoveField(model_name="partnerorganization", name="name_en"),
        migrations.RemoveField(model_name="partnerorganization", name="description_en"),
        migrations.RenameField(
            model_name="partnerorganization", old_name="name_fr", new_name="name"
        ),
        migrations.RenameField(
            model_name="partnerorganization", old_name="description_fr", new_name="description"
        ),
        migrations.AlterField(
            model_name="partnerorganization",
            name="name",
            field=models.CharField(max_length=200, verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="partnerorganization",
            name="description",
            field=models.TextField(blank=True, verbose_name="description"),
        ),
        migrations.AlterField(
            model_name="partnerorganization",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="partnerorganization",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RenameField(
            model_name="partnerorganization", old_name="sort_order", new_name="position"
        ),
        migrations.AlterField(
            model_name="partnerorganization",
            name="position",
            field=models.PositiveSmallIntegerField(
                default=0,
                help_text="Organizations are listed by position, then by name.",
                verbose_name="position",
            ),
        ),
        migrations.AlterModelOptions(
            name="partnerorganization",
            options={
                "ordering": ["position", "name"],
                "verbose_name": "partner organization",
                "verbose_name_plural": "partner organizations",
            },
        ),
        migrations.AlterUniqueTogether(
            name="partnerorganization",
            unique_together={("translation_key", "locale")},
        ),
    ]
