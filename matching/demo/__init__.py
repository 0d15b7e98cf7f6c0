"""The matching app's demo: the demo speed interviews get their matching run (not published, so
loading the demo sends no e-mail); an advisor can look at the grid, adjust it and publish."""

from events.models import EventPage

from ..models import EventMatching
from ..services import run_matching

EVENT_SLUG = "entrevues-eclair-hiver"


def after_pages(pages) -> None:
    event = EventPage.objects.filter(slug=EVENT_SLUG, locale__language_code="fr").first()
    if event is None:
        return
    matching, _created = EventMatching.objects.get_or_create(
        event=event, defaults={"slots": 6, "slot_minutes": 12, "break_after": 3}
    )
    if matching.ran_at is None:
        run_matching(event=event, user=None)
