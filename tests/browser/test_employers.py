"""Staff invite a recruiter; the recruiter sets a password and a second factor, fills the
organisation and an opening, signs up for a recruitment event, opens two packets and marks
interest; the participant sees the organisation on the event page, marks interest, and My path
says one employer saw the packet. In French and in English, with axe on every page."""

import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from playwright.sync_api import expect

from employers.factories import FullOrganisationFactory, RecruitmentEventFactory
from employers.models import InterestMark, ParticipantInterest
from events.factories import EventIndexPageFactory, SignUpFactory
from home.translation import translate_page
from profiles.factories import FullProfileFactory
from profiles.models import PacketView
from registration.factories import PASSWORD, UserFactory
from tests.browser.axe import assert_accessible
from tests.browser.staff import log_in_to_admin

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

RECRUITER_PASSWORD = "Recrutement-Solide-2026!"
TEXTS = {
    "fr": {
        "portal": "/fr/employeurs/portail/",
        "organisation": "/fr/employeurs/portail/organisation/",
        "openings": "/fr/employeurs/portail/postes/",
        "events": "/fr/employeurs/portail/evenements/",
        "my_path": "/fr/mon-parcours/",
        "create": "Créer mon compte",
        "activate": "Activer",
        "save": "Enregistrer",
        "save_opening": "Enregistrer le poste",
        "sign_up": "Inscrire mon organisation",
        "save_mark": "Enregistrer ma marque",
        "high": "Élevé",
        "save_interest": "Enregistrer mon intérêt",
        "seen": "Consulté par 1 employeur.",
        "attending": "Employeurs présents",
        "login": "/fr/accounts/login/",
    },
    "en": {
        "portal": "/en/employers/portal/",
        "organisation": "/en/employers/portal/organisation/",
        "openings": "/en/employers/portal/openings/",
        "events": "/en/employers/portal/events/",
        "my_path": "/en/my-path/",
        "create": "Create my account",
        "activate": "Activate",
        "save": "Save",
        "save_opening": "Save the opening",
        "sign_up": "Sign up my organisation",
        "save_mark": "Save my mark",
        "high": "High",
        "save_interest": "Save my interest",
        "seen": "Seen by 1 employer.",
        "attending": "Employers attending",
        "login": "/en/accounts/login/",
    },
}


def current_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_invite_recruiter_prepare_event_open_packets_and_both_sides_mark_interest(
    site_server,
    browser,
    browser_page,
    home_fr,
    home_en,
    settings,
    django_capture_on_commit_callbacks,
    language,
):
    text = TEXTS[language]
    index = EventIndexPageFactory(parent=home_fr)
    translate_page(index, title="Events", slug="events")
    event = RecruitmentEventFactory(parent=index, title="Entrevues éclair", slug="entrevues")
    english = translate_page(event, title="Speed interviews", slug="speed-interviews")
    shown = event if language == "fr" else english
    organisation = FullOrganisationFactory(name="Ponts Fictifs Québec")
    profiles = [
        FullProfileFactory(headline="Ingénieure civile — marqueur un"),
        FullProfileFactory(headline="Technicien en génie — marqueur deux"),
    ]
    for profile in profiles:
        SignUpFactory(event=event, user=profile.user)
        profile.user.registration.preferred_language = language
        profile.user.registration.save()
    participant = profiles[0].user
    EmailAddress.objects.create(
        user=participant, email=participant.email, verified=True, primary=True
    )
    staff = UserFactory(email="admin@ccmm.example.org", is_staff=True, is_superuser=True)
    page = browser_page

    # Staff invite a recruiter from the admin.
    log_in_to_admin(page, site_server, staff, PASSWORD)
    page.goto(f"{site_server}/admin/invitations/new/")
    page.locator("select[name=organisation]").select_option(str(organisation.pk))
    page.locator("input[name=email]").fill("Recrutement@Ponts-Fictifs.example.com")
    page.locator("select[name=language]").select_option(language)
    with django_capture_on_commit_callbacks(execute=True):
        page.locator("form[method=post] button[type=submit]").last.click()
        page.wait_for_url(re.compile(r".*/admin/invitations/$"))
    (message,) = mail.outbox
    link = re.search(r"http://testserver(\S+)", message.body).group(1)

    # The recruiter, in a browser of their own, sets a password then a second factor.
    settings.STAFF_MFA_REQUIRED = True
    context = browser.new_context(locale="fr-CA" if language == "fr" else "en-CA")
    recruiter = context.new_page()
    recruiter.goto(f"{site_server}{link}")
    assert_accessible(recruiter)
    recruiter.locator("input[name=first_name]").fill("Hélène")
    recruiter.locator("input[name=last_name]").fill("Bérubé-N'Diaye")
    recruiter.locator("input[name=password1]").fill(RECRUITER_PASSWORD)
    recruiter.locator("input[name=password2]").fill(RECRUITER_PASSWORD)
    recruiter.get_by_role("button", name=text["create"]).click()
    recruiter.wait_for_load_state()
    if "reauthenticate" in recruiter.url:
        recruiter.locator("input[name=password]").fill(RECRUITER_PASSWORD)
        recruiter.locator("input[name=password]").press("Enter")
        recruiter.wait_for_url(re.compile(r".*/2fa/totp/activate/.*"))
    assert "/2fa/totp/activate/" in recruiter.url
    secret = recruiter.locator("#authenticator_secret").input_value()
    recruiter.locator("input[name=code]").fill(current_code(secret))
    recruiter.locator("input[name=code]").press("Enter")
    recruiter.wait_for_load_state()

    # The organisation and an opening.
    recruiter.goto(f"{site_server}{text['organisation']}")
    assert_accessible(recruiter)
    recruiter.locator("textarea[name=description_fr]").fill("Firme fictive de génie-conseil.")
    recruiter.locator("textarea[name=description_en]").fill("A fictitious engineering firm.")
    recruiter.get_by_role("button", name=text["save"], exact=True).click()
    expect(recruiter.locator("textarea[name=description_en]")).to_have_value(
        "A fictitious engineering firm."
    )
    recruiter.goto(f"{site_server}{text['openings']}")
    recruiter.locator("input[name=title]").fill("Chargée de projets en génie civil")
    recruiter.locator("input[name=published]").check()
    recruiter.get_by_role("button", name=text["save_opening"]).click()
    expect(recruiter.get_by_role("link", name="Chargée de projets en génie civil")).to_be_visible()
    assert_accessible(recruiter)

    # The recruitment event, then two packets and a mark.
    recruiter.goto(f"{site_server}{text['events']}")
    assert_accessible(recruiter)
    recruiter.get_by_label("Chargée de projets en génie civil").check()
    recruiter.get_by_role("button", name=text["sign_up"]).click()
    expect(recruiter.get_by_test_id("packet-list")).to_be_visible()
    assert_accessible(recruiter)
    for profile in profiles:
        recruiter.get_by_role("link", name=profile.headline).click()
        expect(recruiter.get_by_text(profile.headline).first).to_be_visible()
        assert_accessible(recruiter)
        recruiter.go_back()
    recruiter.get_by_role("link", name=profiles[0].headline).click()
    recruiter.get_by_label(text["high"], exact=True).check()
    recruiter.locator("textarea[name=note]").fill("À rappeler — très bon pitch")
    recruiter.get_by_role("button", name=text["save_mark"]).click()
    expect(recruiter.get_by_label(text["high"], exact=True)).to_be_checked()
    assert InterestMark.objects.get().level == "high"
    assert PacketView.objects.filter(organisation="Ponts Fictifs Québec").count() >= 2
    context.close()

    # The participant sees the organisation on the event page and marks interest.
    page.context.clear_cookies()
    page.goto(f"{site_server}{text['login']}?next={shown.url}")
    page.locator("input[name=login]").fill(participant.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    page.wait_for_url(f"**{shown.url}")
    panel = page.get_by_role("region", name=text["attending"])
    expect(panel).to_contain_text("Ponts Fictifs Québec")
    expect(panel).to_contain_text("Chargée de projets en génie civil")
    expect(panel).not_to_contain_text("À rappeler")
    panel.get_by_label(text["high"], exact=True).check()
    panel.get_by_role("button", name=text["save_interest"]).click()
    page.wait_for_url(f"**{shown.url}")
    expect(
        page.get_by_role("region", name=text["attending"]).get_by_label(text["high"], exact=True)
    ).to_be_checked()
    assert ParticipantInterest.objects.get().level == "high"
    assert_accessible(page)
    page.goto(f"{site_server}{text['my_path']}")
    expect(page.get_by_test_id("packet-seen-by")).to_have_text(text["seen"])
    assert_accessible(page)
    assert not page.console_errors
