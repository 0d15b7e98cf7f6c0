"""Who counts as staff for the security rules: anyone who may open the Wagtail admin."""

ADMIN_ACCESS_PERMISSION = "wagtailadmin.access_admin"


def has_admin_access(user) -> bool:
    return user.is_authenticated and user.has_perm(ADMIN_ACCESS_PERMISSION)
