"""A participant works through the course in French then English; staff read the reports."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Permission
from playwright.sync_api import expect

from home.translation import translate_page
from progress.factories import build_course, complete
from registration.choices import PipelineStatus
from registration.factories import PASSWORD, RegistrationFactory, UserFactory
from tests.browser.axe import assert_accessible
from tests.browser.participants import log_in_participant
from tests.browser.staff import log_in_to_admin

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture
def bilingual_course(home_fr, home_en):
    course, modules = build_course(parent=home_fr, modules=3)
    course_en = translate_page(course, title="Video application")
    modules_en = [
        translate_page(module, title=title)
        for module, title in zip(
            modules, ["Your pitch", "Filming yourself", "Sending your application"], strict=True
        )
    ]
    return course, modules, course_en, modules_en


def participant(status=PipelineStatus.IN_PATH):
    registration = RegistrationFactory(status=status, user__email="amina@example.com")
    EmailAddress.objects.create(
        user=registration.user, email=registration.user.email, verified=True, primary=True
    )
    return registration.user


def test_participant_completes_two_modules_and_sees_the_bar_move_in_french_then_english(
    site_server, browser_page, bilingual_course
):
    course, modules, course_en, modules_en = bilingual_course
    participant()
    page = browser_page
    log_in_participant(page, site_server, email="amina@example.com", next_path=course.url)

    bar = page.locator("progress#course-progress")
    expect(bar).to_have_attribute("value", "0")
    page.get_by_role("link", name=re.compile("Commencer la formation")).click()
    page.wait_for_url(f"**{modules[0].url}")
    page.get_by_role("button", name="Marquer ce module comme terminé").click()
    expect(page.get_by_role("status")).to_contain_text("Module marqué comme terminé")
    expect(page.locator("progress#module-course-progress")).to_have_attribute("value", "1")
    expect(page.get_by_text("Modules terminés\xa0: 1 sur 3")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("navigation", name="Langue").get_by_role("link", name="English").click()
    page.wait_for_url(f"**{modules_en[0].url}")
    expect(page.get_by_text("You have completed this module.")).to_be_visible()
    page.get_by_role(
        "link", name=re.compile("Continue where you left off: Filming yourself")
    ).click()
    page.wait_for_url(f"**{modules_en[1].url}")
    page.get_by_role("button", name="Mark this module complete").click()
    expect(page.locator("progress#module-course-progress")).to_have_attribute("value", "2")

    page.goto(f"{site_server}{course_en.url}")
    expect(page.locator("progress#course-progress")).to_have_attribute("value", "2")
    expect(page.get_by_text("2 of 3 modules done (67")).to_be_visible()
    expect(
        page.get_by_role("link", name=re.compile("Continue where you left off"))
    ).to_have_attribute("href", modules_en[2].url)
    assert_accessible(page)

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Français").click()
    page.wait_for_url(f"**{course.url}")
    expect(page.locator("progress#course-progress")).to_have_attribute("value", "2")
    assert page.console_errors == []


def test_my_path_and_account_deletion_pages_are_accessible(
    site_server, browser_page, bilingual_course
):
    _course, modules, _course_en, _modules_en = bilingual_course
    user = participant(status=PipelineStatus.CONTACTED)
    complete(user, modules[0])
    page = browser_page
    log_in_participant(page, site_server, email="amina@example.com")

    page.get_by_role("link", name="Mon parcours").click()
    page.wait_for_url("**/fr/mon-parcours/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mon parcours")
    expect(page.get_by_test_id("status-text")).to_contain_text("vous a joint")
    expect(page.locator("progress")).to_have_attribute("value", "1")
    assert_accessible(page)

    page.get_by_role("link", name="Modifier mon profil").click()
    page.get_by_label("Prénom").fill("Aminata")
    page.get_by_role("button", name="Enregistrer").click()
    page.wait_for_url("**/fr/mon-parcours/")
    expect(page.get_by_role("status")).to_contain_text("Votre profil a été mis à jour")
    assert_accessible(page)

    page.get_by_role("link", name="Supprimer mon compte").click()
    page.get_by_label("Votre mot de passe").fill("pas-le-bon")
    page.get_by_role("button", name="Supprimer définitivement mon compte").click()
    expect(page.get_by_role("alert")).to_contain_text("Votre compte n'a pas été supprimé")
    assert_accessible(page)

    page.get_by_role("navigation", name="Langue").get_by_role("link", name="English").click()
    page.wait_for_url("**/en/my-path/delete-account/")
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Delete my account for good").click()
    page.wait_for_url("**/en/")
    expect(page.get_by_role("status")).to_contain_text("Your account and everything it held")
    expect(page.get_by_role("link", name="Log in")).to_be_visible()
    assert page.console_errors == []


def test_advisor_reports_are_accessible(site_server, browser_page, bilingual_course):
    _course, modules, _course_en, _modules_en = bilingual_course
    complete(participant(), modules[0], modules[1])
    RegistrationFactory(status=PipelineStatus.READY)
    advisor = UserFactory(email="conseillere@example.com")
    advisor.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_registration"),
    )
    page = browser_page
    log_in_to_admin(page, site_server, advisor, PASSWORD)

    for path, heading, chart in [
        ("/admin/reports/progress/module-completion/", "Modules terminés", "Participants ayant"),
        (
            "/admin/reports/progress/pipeline-funnel/",
            "Entonnoir du parcours",
            "Inscriptions rendues",
        ),
    ]:
        page.goto(f"{site_server}{path}")
        expect(page.get_by_role("heading", level=1)).to_contain_text(heading)
        expect(page.get_by_role("img", name=re.compile(chart))).to_be_visible()
        expect(page.get_by_role("table")).to_be_visible()
        assert_accessible(page)

    page.goto(f"{site_server}/admin/reports/progress/participants/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Progression des participants")
    expect(page.get_by_role("row")).to_have_count(3)
    assert_accessible(page)
