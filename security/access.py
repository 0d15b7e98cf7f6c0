"""Who counts as staff for the security rules: anyone who may open the Wagtail admin."""

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib.auth.models import Permission
from django.db.models import Q

ADMIN_ACCESS_PERMISSION = "wagtailadmin.access_admin"


def load_permissions(user) -> None:
    """Read the user's permissions (their own and their groups') in one query instead of Django's
    two, into the cache ``ModelBackend`` keeps on the user object for the rest of the request.

    Same set as ``ModelBackend.get_all_permissions``; superusers and inactive users are left to
    Django (it answers for them without these rows).
    """
    if not user.is_active or user.is_superuser or hasattr(user, "_perm_cache"):
        return
    rows = (
        Permission.objects.filter(Q(user=user) | Q(group__user=user))
        .values_list("content_type__app_label", "codename")
        .distinct()
    )
    user._perm_cache = {f"{app_label}.{codename}" for app_label, codename in rows}


def has_admin_access(user) -> bool:
    if not user.is_authenticated:
        return False
    load_permissions(user)
    return user.has_perm(ADMIN_ACCESS_PERMISSION)


def needs_second_factor(user) -> bool:
    """The staff rule: with ``STAFF_MFA_REQUIRED``, no participant data before a second factor."""
    return settings.STAFF_MFA_REQUIRED and not is_mfa_enabled(user)
