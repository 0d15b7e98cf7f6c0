"""Who counts as staff for the security rules: anyone who may open the Wagtail admin."""

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings

ADMIN_ACCESS_PERMISSION = "wagtailadmin.access_admin"


def has_admin_access(user) -> bool:
    return user.is_authenticated and user.has_perm(ADMIN_ACCESS_PERMISSION)


def needs_second_factor(user) -> bool:
    """The staff rule: with ``STAFF_MFA_REQUIRED``, no participant data before a second factor."""
    return settings.STAFF_MFA_REQUIRED and not is_mfa_enabled(user)
