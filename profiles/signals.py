"""A deleted video takes its file with it, whatever deleted it: the participant, a replacement,
or the account's deletion (which cascades through the profile)."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import VideoApplication


@receiver(post_delete, sender=VideoApplication)
def delete_video_file(sender, instance: VideoApplication, **kwargs):
    if instance.file:
        from .services import _delete_file

        transaction.on_commit(partial(_delete_file, instance.file.storage, instance.file.name))
