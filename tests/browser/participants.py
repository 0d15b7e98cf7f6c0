"""Signing a participant in the way they do: allauth's login form, then the page they asked for."""

from registration.factories import PASSWORD


def log_in_participant(page, site_server: str, *, email: str, next_path: str = "/fr/") -> None:
    page.goto(f"{site_server}/fr/accounts/login/?next={next_path}")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form").filter(has=page.locator("input[name=password]")).locator(
        "button[type=submit]"
    ).click()
    page.wait_for_url(f"**{next_path}")
