"""An advisor runs the matching of a recruitment event and publishes it; the participant sees
their agenda in « Mon parcours »; after the interview, participant and recruiter both choose
« continue », and a connection exists; once the participant confirms sharing, each side sees
the other's contact details. In French and in English, with axe on the public pages."""

import datetime

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from connections.models import Connection
from employers.factories import (
    EventParticipationFactory,
    FullOrganisationFactory,
    OpeningFactory,
    RecruiterFactory,
    RecruitmentEventFactory,
)
from events.factories import EventIndexPageFactory, SignUpFactory
from home.roles import ADVISORS
from home.translation import translate_page
from matching.agendas import short_name
from matching.models import EventMatching
from profiles.factories import FullProfileFactory
from registration.factories import PASSWORD, UserFactory
from tests.browser.axe import assert_accessible
from tests.browser.participants import log_in_participant
from tests.browser.staff import log_in_to_admin

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TEXTS = {
    "fr": {
        "run": "Lancer le jumelage",
        "publish": "Publier les horaires",
        "published": "Publié",
        "my_path": "/fr/mon-parcours/",
        "interviews": "Vos entrevues",
        "continue": "Poursuivre",
        "save_answer": "Enregistrer ma réponse",
        "portal": "/fr/employeurs/portail/evenements/{pk}/entrevues/",
        "save_outcome": "Enregistrer la suite",
        "saved": "Suite enregistrée",
        "connection": "/fr/mon-parcours/mises-en-relation/{pk}/",
        "portal_connection": "/fr/employeurs/portail/mises-en-relation/{pk}/",
        "share": "Transmettre mes coordonnées",
    },
    "en": {
        "run": "Run the matching",
        "publish": "Publish the agendas",
        "published": "Published",
        "my_path": "/en/my-path/",
        "interviews": "Your interviews",
        "continue": "Continue",
        "save_answer": "Save my answer",
        "portal": "/en/employers/portal/events/{pk}/interviews/",
        "save_outcome": "Save the outcome",
        "saved": "Outcome saved",
        "connection": "/en/my-path/connections/{pk}/",
        "portal_connection": "/en/employers/portal/connections/{pk}/",
        "share": "Share my contact details",
    },
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_matching_to_published_agendas_to_a_mutual_continue(
    site_server, browser, browser_page, home_fr, home_en, settings, language
):
    settings.STAFF_MFA_REQUIRED = False
    text = TEXTS[language]
    index = EventIndexPageFactory(parent=home_fr)
    translate_page(index, title="Events", slug="events")
    event = RecruitmentEventFactory(parent=index, title="Entrevues éclair", slug="entrevues")
    translate_page(event, title="Speed interviews", slug="speed-interviews")
    organisation = FullOrganisationFactory(name="Ponts Fictifs Québec")
    participation = EventParticipationFactory(
        organisation=organisation, event=event, tables_count=1
    )
    participation.openings.add(OpeningFactory(organisation=organisation))
    profile = FullProfileFactory(headline="Ingénieure civile — marqueuse")
    participant = profile.user
    participant.registration.preferred_language = language
    participant.registration.save()
    EmailAddress.objects.create(
        user=participant, email=participant.email, verified=True, primary=True
    )
    SignUpFactory(event=event, user=participant)
    recruiter = RecruiterFactory(organisation=organisation).user
    advisor = UserFactory(email="Conseillere.Jumelage@CCMM.example.org", is_staff=True)
    advisor.groups.add(Group.objects.get(name=ADVISORS))
    admin_profile = UserProfile.get_for_user(advisor)
    admin_profile.preferred_language = language
    admin_profile.save()

    # The advisor runs the matching and publishes the agendas.
    page = browser_page
    log_in_to_admin(page, site_server, advisor, PASSWORD)
    page.goto(f"{site_server}/admin/matching/{event.pk}/")
    page.get_by_role("button", name=text["run"]).click()
    grid = page.locator("#schedule-grid")
    expect(grid).to_contain_text(participant.get_full_name())
    page.get_by_role("button", name=text["publish"]).click()
    expect(page.locator("main")).to_contain_text(text["published"])
    assert {message.to[0] for message in mail.outbox} == {participant.email, recruiter.email}

    # The interview has taken place.
    EventMatching.objects.filter(event=event).update(
        first_slot_at=timezone.now() - datetime.timedelta(minutes=30)
    )

    # The participant sees their agenda and answers « continue ».
    context = browser.new_context(locale="fr-CA" if language == "fr" else "en-CA")
    participant_page = context.new_page()
    log_in_participant(
        participant_page, site_server, email=participant.email, next_path=text["my_path"]
    )
    agenda = participant_page.get_by_test_id("my-interviews")
    expect(agenda).to_contain_text("Ponts Fictifs Québec")
    assert_accessible(participant_page)
    agenda.get_by_label(text["continue"]).check()
    agenda.get_by_role("button", name=text["save_answer"]).click()
    participant_page.wait_for_url(f"**{text['my_path']}")
    assert not Connection.objects.exists()
    context.close()

    # The recruiter answers « continue » too: they are connected.
    context = browser.new_context(locale="fr-CA" if language == "fr" else "en-CA")
    recruiter_page = context.new_page()
    portal = text["portal"].format(pk=event.pk)
    log_in_participant(recruiter_page, site_server, email=recruiter.email, next_path=portal)
    interviews = recruiter_page.get_by_test_id("interview-list")
    # Before a mutual « continue », recruiters see a first name and an initial only.
    expect(interviews).to_contain_text(short_name(participant))
    expect(interviews).not_to_contain_text(participant.last_name)
    assert_accessible(recruiter_page)
    interviews.get_by_label(text["continue"]).check()
    interviews.get_by_role("button", name=text["save_outcome"]).click()
    expect(recruiter_page.locator("body")).to_contain_text(text["saved"])
    context.close()

    connection = Connection.objects.get()
    assert (connection.participant, connection.organisation) == (participant, organisation)

    # The participant confirms sharing their contact details: each side now sees the other's.
    context = browser.new_context(locale="fr-CA" if language == "fr" else "en-CA")
    participant_page = context.new_page()
    log_in_participant(
        participant_page,
        site_server,
        email=participant.email,
        next_path=text["connection"].format(pk=connection.pk),
    )
    participant_page.get_by_role("button", name=text["share"]).click()
    expect(participant_page.get_by_test_id("organisation-contact")).to_contain_text(
        recruiter.email
    )
    context.close()

    context = browser.new_context(locale="fr-CA" if language == "fr" else "en-CA")
    recruiter_page = context.new_page()
    log_in_participant(
        recruiter_page,
        site_server,
        email=recruiter.email,
        next_path=text["portal_connection"].format(pk=connection.pk),
    )
    expect(recruiter_page.get_by_test_id("participant-contact")).to_contain_text(
        participant.email
    )
    assert_accessible(recruiter_page)
    context.close()
