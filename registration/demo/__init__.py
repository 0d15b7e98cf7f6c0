"""The registration app's demo: its page is in ``pages/``; this fills the intake settings.

No demo participant is created: an account with a published password would be a way in.
"""

from pathlib import Path

from wagtail.models import Page

from home.demo_loader import localize, read
from registration.models import IntakeSettings, PartnerOrganization

DEMO = Path(__file__).resolve().parent


def load_partner_organizations() -> None:
    data = read(DEMO / "intake-settings.yaml")
    settings = IntakeSettings.load()
    if not settings.staff_notification_email:
        settings.staff_notification_email = data["staff_notification_email"]
        settings.save()
    if not PartnerOrganization.objects.filter(settings=settings).exists():
        for order, organization in enumerate(data["partner_organizations"]):
            PartnerOrganization.objects.create(
                settings=settings,
                sort_order=order,
                name_fr=localize(organization["name"], "fr"),
                name_en=localize(organization["name"], "en"),
                description_fr=localize(organization["description"], "fr"),
                description_en=localize(organization["description"], "en"),
                url=organization["url"],
            )


def after_pages(pages: list[Page]) -> None:
    load_partner_organizations()
