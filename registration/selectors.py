"""Reads of the intake."""

from wagtail.models import Locale

from .models import PartnerOrganization, Registration, RegistrationPage, User


def registration_for_user(*, user: User) -> Registration | None:
    if not user.is_authenticated:
        return None
    return Registration.objects.filter(user=user).first()


def partner_organizations(*, language: str) -> list[PartnerOrganization]:
    """The partner employability organizations in the visitor's language, by position.

    An organization not translated yet shows in the default language rather than not at all.
    """
    default = Locale.get_default()
    locale = Locale.objects.filter(language_code=language).first() or default
    chosen: dict = {}
    for organization in PartnerOrganization.objects.filter(locale__in=[locale, default]):
        if organization.translation_key not in chosen or organization.locale_id == locale.pk:
            chosen[organization.translation_key] = organization
    return sorted(
        chosen.values(), key=lambda organization: (organization.position, organization.name)
    )


def registration_page(*, language: str) -> RegistrationPage | None:
    """The live questionnaire page in this language (falls back to any live one)."""
    pages = RegistrationPage.objects.live()
    locale = Locale.objects.filter(language_code=language).first()
    return pages.filter(locale=locale).first() or pages.first()
