"""When an editor publishes an event with more places, or an account is deleted, the first
people waiting get the free places."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.utils import timezone
from wagtail.signals import page_published

from home import page_cache

from .models import EventPage, SignUp
from .services import promote_waiting, release_account


def fill_new_places(sender, instance, **kwargs):
    event = instance.source_event
    if event.is_cancelled or event.start <= timezone.now():
        return
    with transaction.atomic():
        locked = EventPage.objects.select_for_update(of=("self",)).get(pk=event.pk)
        promote_waiting(event=locked, now=timezone.now())


def release_deleted_account(sender, instance, **kwargs):
    """A deleted account's seats go to the people waiting (the sign-ups themselves cascade)."""
    release_account(user=instance)


def purge_event_pages(sender, instance, **kwargs) -> None:
    """An event page shows its places left and its waiting list to signed-out visitors too: a
    sign-up or cancellation purges it, in every language, from the anonymous page cache (#18)."""
    event_id = instance.event_id

    def purge() -> None:
        event = EventPage.objects.filter(pk=event_id).first()
        if event is not None:
            page_cache.purge_paths(page_cache.page_paths(page_cache.with_translations([event])))

    transaction.on_commit(purge)


def connect() -> None:
    post_save.connect(purge_event_pages, sender=SignUp, dispatch_uid="events_purge_on_signup")
    post_delete.connect(purge_event_pages, sender=SignUp, dispatch_uid="events_purge_on_delete")
    page_published.connect(fill_new_places, sender=EventPage, dispatch_uid="events_fill_places")
    pre_delete.connect(
        release_deleted_account, sender=get_user_model(), dispatch_uid="events_release_account"
    )
