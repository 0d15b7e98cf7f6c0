"""Reads of the intake."""

from wagtail.models import Locale

from .models import IntakeSettings, Registration, RegistrationPage, User


def registration_for_user(*, user: User) -> Registration | None:
    if not user.is_authenticated:
        return None
    return Registration.objects.filter(user=user).first()


def partner_organizations(*, language: str) -> list[dict]:
    """The partner employability organizations, in the visitor's language."""
    return [
        {
            "name": organization.name(language),
            "description": organization.description(language),
            "url": organization.url,
        }
        for organization in IntakeSettings.load().partner_organizations.all()
    ]


def registration_page(*, language: str) -> RegistrationPage | None:
    """The live questionnaire page in this language (falls back to any live one)."""
    pages = RegistrationPage.objects.live()
    locale = Locale.objects.filter(language_code=language).first()
    return pages.filter(locale=locale).first() or pages.first()
