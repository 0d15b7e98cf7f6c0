"""Outcomes, end to end in French and in English: the checkpoint e-mail's one-click link records
the answer, the advisor sees it on the registration, the impact report counts it."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from home.roles import ADVISORS
from outcomes import services
from outcomes.factories import completed_path
from registration.factories import PASSWORD, UserFactory
from tests.browser.axe import assert_accessible
from tests.browser.staff import log_in_to_admin

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

WORDING = {
    "fr": {"recorded": "est enregistrée", "answer": "En emploi dans mon domaine"},
    "en": {"recorded": "is recorded", "answer": "Employed in my field"},
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_an_emailed_answer_reaches_the_advisor_and_the_impact_report(
    site_server, browser_page, home_fr, language
):
    words = WORDING[language]
    registration = completed_path(
        days_ago=100,
        preferred_language=language,
        user__email=f"Nadia.Benali.{language}@Example.org",
        user__first_name="Nadia",
    )
    services.send_followups()
    (message,) = mail.outbox
    link = next(line.strip() for line in message.body.splitlines() if "/employed_in_field/" in line)
    assert link.startswith(f"http://testserver/{language}/")

    page = browser_page
    page.goto(link.replace("http://testserver", site_server))
    expect(page.get_by_role("status")).to_contain_text(words["recorded"])
    expect(page.get_by_label(words["answer"])).to_be_checked()
    assert_accessible(page)
    page.reload()  # opening the link again is harmless
    expect(page.get_by_role("status")).to_contain_text(words["answer"])

    advisor = UserFactory(email=f"Conseiller.{language}@Example.org", is_staff=True)
    advisor.groups.add(Group.objects.get(name=ADVISORS))
    profile = UserProfile.get_for_user(advisor)
    profile.preferred_language = language
    profile.save()
    log_in_to_admin(page, site_server, advisor, PASSWORD)
    page.goto(site_server + reverse("registrations:inspect", args=[registration.pk]))
    answer = page.locator("tr[data-months='3'] [data-testid=checkpoint-answer]")
    expect(answer).to_contain_text(words["answer"])

    page.goto(site_server + reverse("outcomes_reports:impact"))
    expect(page.locator("tr[data-stage='employed_3'] td").first).to_have_text("1")
    expect(page.locator("tr[data-months='3'] td").nth(1)).to_have_text("1")  # answered
