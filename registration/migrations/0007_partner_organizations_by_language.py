"""Each partner organization becomes a French row and its English translation.

Before, one row held both languages (name_fr/name_en, description_fr/description_en). After,
the row itself is the French version (French is the source language) and a new row with the
same translation_key is its English translation, at the same position. Advisors, who managed
the organizations inside the intake settings, get the snippet's permissions.
"""

import uuid

from django.db import migrations

ADVISORS = "Advisors"
ACTIONS = ("add", "change", "delete", "view")


def split_by_language(apps, schema_editor):
    PartnerOrganization = apps.get_model("registration", "PartnerOrganization")
    Locale = apps.get_model("wagtailcore", "Locale")
    organizations = list(PartnerOrganization.objects.filter(locale__isnull=True))
    if not organizations:
        return
    french, _created = Locale.objects.get_or_create(language_code="fr")
    english, _created = Locale.objects.get_or_create(language_code="en")
    for organization in organizations:
        organization.translation_key = uuid.uuid4()
        organization.locale = french
        # sort_order becomes the non-null position in 0008.
        organization.sort_order = organization.sort_order or 0
        organization.save(update_fields=["translation_key", "locale", "sort_order"])
        PartnerOrganization.objects.create(
            settings_id=organization.settings_id,
            sort_order=organization.sort_order,
            translation_key=organization.translation_key,
            locale=english,
            # name_fr and description_fr become the language-neutral name and description.
            name_fr=organization.name_en,
            description_fr=organization.description_en,
            url=organization.url,
        )


def merge_languages(apps, schema_editor):
    PartnerOrganization = apps.get_model("registration", "PartnerOrganization")
    IntakeSettings = apps.get_model("registration", "IntakeSettings")
    rows = list(PartnerOrganization.objects.select_related("locale").order_by("sort_order", "pk"))
    if not rows:
        return
    intake_settings = IntakeSettings.objects.first() or IntakeSettings.objects.create()
    by_key = {}
    for row in rows:
        by_key.setdefault(row.translation_key, {})[row.locale.language_code] = row
    for versions in by_key.values():
        french = versions.get("fr")
        english = versions.get("en")
        kept = french or english or next(iter(versions.values()))
        other = english if kept is french else None
        kept.name_en = other.name_fr if other else kept.name_fr
        kept.description_en = other.description_fr if other else kept.description_fr
        kept.settings_id = kept.settings_id or intake_settings.pk
        kept.save()
        PartnerOrganization.objects.filter(translation_key=kept.translation_key).exclude(
            pk=kept.pk
        ).delete()


def grant_advisors(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("registration")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=ADVISORS)
    group.permissions.add(*advisor_permissions(Permission))


def revoke_advisors(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=ADVISORS):
        group.permissions.remove(*advisor_permissions(Permission))


def advisor_permissions(Permission):
    return Permission.objects.filter(
        content_type__app_label="registration",
        content_type__model="partnerorganization",
        codename__in=[f"{action}_partnerorganization" for action in ACTIONS],
    )


class Migration(migrations.Migration):

    dependencies = [
        ("registration", "0006_partner_organization_locale"),
    ]

    operations = [
        migrations.RunPython(split_by_language, merge_languages),
        migrations.RunPython(grant_advisors, revoke_advisors),
    ]
