"""#11 item 7: every public page type and the admin pages staff use, under the real CSP.

Chromium reports each blocked script, style or media as a console error ("Refused to ...
because it violates the following Content Security Policy directive"); any of them fails.
"""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from registration.factories import PASSWORD, UserFactory
from tests.browser.staff import log_in_to_admin

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

NON_PAGE_PATHS = [
    "/fr/search/?q=programme",
    "/en/search/?q=program",
    "/fr/accounts/login/",
    "/en/accounts/password/reset/",
]
ADMIN_PATHS = [
    "/admin/",
    "/admin/pages/",
    "/admin/registrations/",
    "/admin/reports/progress/participants/",
    "/admin/reports/progress/module-completion/",
    "/admin/documents/",
    "/admin/images/",
    "/admin/media/",
    "/admin/users/",
    "/admin/reports/aging-pages/",
]


def violations(page) -> list[str]:
    return [text for text in page.console_errors if "Content Security Policy" in text]


def one_page_per_type_and_language() -> list[Page]:
    pages = {}
    for page in Page.objects.live().filter(depth__gt=1).select_related("locale"):
        pages.setdefault((page.content_type_id, page.locale.language_code), page)
    return list(pages.values())


def test_public_pages_of_every_type_load_without_csp_violations(
    demo_content, site_server, browser_page
):
    page = browser_page
    pages = one_page_per_type_and_language()
    assert len({p.content_type_id for p in pages}) >= 6
    for wagtail_page in pages:
        page.goto(f"{site_server}{wagtail_page.url}")
        page.wait_for_load_state("networkidle")
        assert violations(page) == [], wagtail_page.url
    for path in NON_PAGE_PATHS:
        page.goto(f"{site_server}{path}")
        assert violations(page) == [], path


def test_admin_pages_staff_use_load_without_csp_violations(
    demo_content, site_server, browser_page, django_user_model
):
    admin = django_user_model.objects.create_superuser(
        email="Admin.Securite@Example.com", password=PASSWORD
    )
    page = browser_page
    log_in_to_admin(page, site_server, admin, PASSWORD)
    editable = [
        Page.objects.filter(content_type=content_type, depth__gt=1).first()
        for content_type in ContentType.objects.filter(
            pk__in=Page.objects.filter(depth__gt=1).values("content_type")
        )
    ]
    paths = ADMIN_PATHS + [f"/admin/pages/{p.pk}/edit/" for p in editable if p]
    # Public pages seen by signed-in staff carry Wagtail's user bar.
    paths += [p.url for p in one_page_per_type_and_language()[:3]]
    for path in paths:
        page.goto(f"{site_server}{path}")
        page.wait_for_load_state("networkidle")
        assert violations(page) == [], path


def test_participant_pages_load_without_csp_violations(demo_content, site_server, browser_page):
    from allauth.account.models import EmailAddress

    participant = UserFactory(email="participante.csp@example.com")
    EmailAddress.objects.create(
        user=participant, email=participant.email, verified=True, primary=True
    )
    page = browser_page
    page.goto(f"{site_server}/fr/accounts/login/")
    page.fill("input[name=login]", participant.email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("input[name=password]").press("Enter")
    page.wait_for_load_state("networkidle")
    for path in ["/fr/mon-parcours/", "/en/"]:
        page.goto(f"{site_server}{path}")
        page.wait_for_load_state("networkidle")
        assert violations(page) == [], path
