"""When an editor publishes an event with more places, the first people waiting get them."""

from django.db import transaction
from django.utils import timezone
from wagtail.signals import page_published

from .models import EventPage
from .services import promote_waiting


def fill_new_places(sender, instance, **kwargs):
    event = instance.source_event
    if event.is_cancelled or event.start <= timezone.now():
        return
    with transaction.atomic():
        locked = EventPage.objects.select_for_update(of=("self",)).get(pk=event.pk)
        promote_waiting(event=locked, now=timezone.now())


def connect() -> None:
    page_published.connect(fill_new_places, sender=EventPage, dispatch_uid="events_fill_places")
