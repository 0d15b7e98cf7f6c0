"""After a recruitment event: the participant stays in the pool from « My path », a recruiter
finds them by a skill, opens the packet and sends a request; the participant accepts and
confirms sharing their contact details; then each side sees the other's. In French and in
English, with axe on every page."""

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from connections.models import Connection, ContactView
from employers.factories import (
    EventParticipationFactory,
    FullOrganisationFactory,
    RecruiterFactory,
    RecruitmentEventFactory,
)
from events.factories import EventIndexPageFactory, SignUpFactory, in_days
from profiles.factories import FullProfileFactory
from profiles.models import PacketView
from tests.browser.axe import assert_accessible
from tests.browser.participants import log_in_participant

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TEXTS = {
    "fr": {
        "mine": "/fr/mon-parcours/mises-en-relation/",
        "pool": "/fr/employeurs/portail/bassin/",
        "portal": "/fr/employeurs/portail/mises-en-relation/",
        "stay": "Rester dans le bassin",
        "skill": "Compétence",
        "filter": "Filtrer",
        "message": "Votre message",
        "send": "Envoyer une demande de mise en relation",
        "accept": "Accepter la demande de Ponts Fictifs Québec",
        "share": "Transmettre mes coordonnées",
    },
    "en": {
        "mine": "/en/my-path/connections/",
        "pool": "/en/employers/portal/pool/",
        "portal": "/en/employers/portal/connections/",
        "stay": "Stay in the pool",
        "skill": "Skill",
        "filter": "Filter",
        "message": "Your message",
        "send": "Send a connection request",
        "accept": "Accept Ponts Fictifs Québec's request",
        "share": "Share my contact details",
    },
}
HEADLINE = "Ingénieure hydraulique — marqueur du bassin"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_recruiter_finds_a_pool_member_who_accepts_and_both_see_contact_details(
    site_server, browser, browser_page, home_fr, home_en, language
):
    text = TEXTS[language]
    index = EventIndexPageFactory(parent=home_fr)
    event = RecruitmentEventFactory(parent=index, start=in_days(-2), title="Entrevues passées")
    organisation = FullOrganisationFactory(name="Ponts Fictifs Québec")
    EventParticipationFactory(organisation=organisation, event=event)
    recruiter = RecruiterFactory(
        organisation=organisation,
        user__first_name="Hélène",
        user__last_name="Bérubé-N'Diaye",
        user__email="helene.recrutement@ponts-fictifs.example.com",
    ).user
    profile = FullProfileFactory(headline=HEADLINE)
    profile.skills.add("Modélisation EPANET")
    FullProfileFactory(headline="Comptable — ne doit pas apparaître")
    participant = profile.user
    participant.registration.preferred_language = language
    participant.registration.save()
    EmailAddress.objects.create(
        user=participant, email=participant.email, verified=True, primary=True
    )
    SignUpFactory(event=event, user=participant, attended=True)

    # The participant stays in the pool.
    page = browser_page
    log_in_participant(page, site_server, email=participant.email, next_path=text["mine"])
    assert_accessible(page)
    page.get_by_role("button", name=text["stay"]).click()
    expect(page.get_by_test_id("pool-status")).to_be_visible()

    # The recruiter, in a browser of their own, finds them by a skill and sends a request.
    context = browser.new_context(locale="fr-CA" if language == "fr" else "en-CA")
    employer = context.new_page()
    log_in_participant(employer, site_server, email=recruiter.email, next_path=text["pool"])
    employer.get_by_label(text["skill"], exact=True).fill("epanet")
    employer.get_by_role("button", name=text["filter"]).click()
    pool = employer.get_by_test_id("pool-list")
    expect(pool).to_contain_text(HEADLINE)
    expect(pool).not_to_contain_text("Comptable")
    expect(pool).not_to_contain_text(participant.email)
    assert_accessible(employer)
    pool.get_by_role("link", name=HEADLINE).click()
    expect(employer.get_by_text(HEADLINE).first).to_be_visible()
    assert_accessible(employer)
    employer.get_by_label(text["message"]).fill("Votre expérience en hydraulique nous intéresse.")
    employer.get_by_role("button", name=text["send"]).click()
    employer.wait_for_url(f"**{text['portal']}")
    expect(employer.get_by_test_id("organisation-requests")).to_contain_text(HEADLINE)
    assert PacketView.objects.filter(organisation="Ponts Fictifs Québec").exists()

    # The participant accepts, then confirms sharing their contact details.
    page.goto(f"{site_server}{text['mine']}")
    expect(page.get_by_test_id("my-requests")).to_contain_text("hydraulique nous intéresse")
    page.get_by_role("button", name=text["accept"]).click()
    page.get_by_role("button", name=text["share"]).click()
    expect(page.get_by_test_id("organisation-contact")).to_contain_text(recruiter.email)
    assert_accessible(page)

    # The recruiter sees theirs.
    employer.goto(f"{site_server}{text['portal']}")
    connection = Connection.objects.get(participant=participant, organisation=organisation)
    employer.get_by_test_id("organisation-connections").get_by_role(
        "link", name=participant.get_full_name()
    ).click()
    contact = employer.get_by_test_id("participant-contact")
    expect(contact).to_contain_text(participant.email)
    expect(contact).to_contain_text("(514) 872-0311")
    assert_accessible(employer)
    assert ContactView.objects.filter(connection=connection).count() == 2
    assert not page.console_errors
    context.close()
