"""Who may use the employer portal: read from the database on every request, so deactivating a
recruiter (or their organisation) closes an open session at once."""

from allauth.account.models import EmailAddress
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings

from .models import Recruiter


def recruiter_of(user) -> Recruiter | None:
    """The user's recruiter row while it and its organisation are active, else None."""
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    return (
        Recruiter.objects.select_related("organisation")
        .filter(user_id=user.pk, active=True, organisation__active=True)
        .first()
    )


def has_verified_email(user) -> bool:
    return EmailAddress.objects.filter(user_id=user.pk, verified=True).exists()


def needs_second_factor(user) -> bool:
    """Recruiters see candidates' packets: the staff rule (``STAFF_MFA_REQUIRED``) applies."""
    return settings.STAFF_MFA_REQUIRED and not is_mfa_enabled(user)


def portal_recruiter(user) -> Recruiter | None:
    """The recruiter, only when the portal may show them candidates: active, e-mail verified and
    a second factor enrolled (when the staff rule asks for one)."""
    recruiter = recruiter_of(user)
    if recruiter is None or not has_verified_email(user) or needs_second_factor(user):
        return None
    return recruiter
