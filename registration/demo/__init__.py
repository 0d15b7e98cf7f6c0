"""The registration app's demo: its page is in ``pages/``; this fills the intake settings.

No demo participant is created: an account with a published password would be a way in.
"""

from pathlib import Path

from wagtail.models import Locale, Page

from home.demo_loader import localize, read
from registration.models import IntakeSettings, PartnerOrganization

DEMO = Path(__file__).resolve().parent


def load_partner_organizations() -> None:
    data = read(DEMO / "intake-settings.yaml")
    settings = IntakeSettings.load()
    if not settings.staff_notification_email:
        settings.staff_notification_email = data["staff_notification_email"]
        settings.save()
    if PartnerOrganization.objects.exists():
        return
    french = Locale.objects.get(language_code="fr")
    english = Locale.objects.get(language_code="en")
    for position, organization in enumerate(data["partner_organizations"], start=1):
        source = PartnerOrganization.objects.create(
            locale=french,
            position=position,
            name=localize(organization["name"], "fr"),
            description=localize(organization["description"], "fr"),
            url=organization["url"],
        )
        translation = source.copy_for_translation(english)
        translation.name = localize(organization["name"], "en")
        translation.description = localize(organization["description"], "en")
        translation.save()


def after_pages(pages: list[Page]) -> None:
    load_partner_organizations()
