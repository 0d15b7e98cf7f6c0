"""Signing staff into the admin the way they do: /admin/login/ leads to allauth's login form."""

from allauth.account.models import EmailAddress


def log_in_to_admin(page, site_server: str, user, password: str) -> None:
    """Sign ``user`` in through /admin/login/; their address counts as verified (#11)."""
    EmailAddress.objects.update_or_create(
        user=user, email=user.email.lower(), defaults={"verified": True, "primary": True}
    )
    page.goto(f"{site_server}/admin/login/")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", password)
    page.locator("input[name=password]").press("Enter")
    page.wait_for_url(f"{site_server}/admin/")
