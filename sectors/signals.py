"""Keep each sector's representative group and the sector workflow right, whatever saves pages.

Page creation by the admin, by wagtail-localize, by the demo loader or by a migration all end
in ``Model.save``, so signals (not admin hooks) catch every path.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import post_page_move

from . import services
from .models import SectorBriefingPage, SectorIndexPage

_NAME_FIELDS = {"title", "translation_key", "locale", "locale_id"}


@receiver(post_save, sender=SectorBriefingPage)
def sector_page_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    # Saving a draft touches only revision bookkeeping fields: nothing the group depends on.
    if created or update_fields is None or _NAME_FIELDS & set(update_fields):
        services.ensure_representative_group(page=instance)


@receiver(post_delete, sender=SectorBriefingPage)
def sector_page_deleted(sender, instance, **kwargs):
    services.remove_representative_group(translation_key=instance.translation_key)


@receiver(post_page_move)
def sector_page_moved(sender, instance, **kwargs):
    if issubclass(sender, SectorBriefingPage):
        services.ensure_representative_group(page=instance)


@receiver(post_save, sender=SectorIndexPage)
def sector_index_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        services.assign_sector_workflow(index_page=instance)
