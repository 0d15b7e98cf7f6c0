"""A participant signs up for an event, finds it in My path, downloads the .ics, cancels; the
next person waiting is promoted and told by e-mail. In French and in English, with axe."""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from icalendar import Calendar
from playwright.sync_api import expect

from events import services
from events.factories import EventIndexPageFactory, EventPageFactory
from events.notifications import send_due_messages
from home.translation import translate_page
from registration.choices import PipelineStatus
from registration.factories import RegistrationFactory
from tests.browser.axe import assert_accessible
from tests.browser.participants import log_in_participant

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TEXTS = {
    "fr": {
        "sign_up": "M'inscrire",
        "signed_up": "C'est fait, vous êtes inscrite ou inscrit !",
        "in": "Vous êtes inscrite ou inscrit.",
        "my_path": "/fr/mon-parcours/",
        "next_events": "Vos prochains événements",
        "calendar": "Ajouter à mon calendrier (.ics)",
        "cancel": "Annuler mon inscription",
        "cancelled": "Votre inscription est annulée.",
        "promoted_subject": "Une place pour vous\u00a0:",
        "join_waiting": "M'inscrire sur la liste d'attente",
    },
    "en": {
        "sign_up": "Sign up",
        "signed_up": "You're in! A confirmation is on its way by e-mail.",
        "in": "You're in.",
        "my_path": "/en/my-path/",
        "next_events": "Your next events",
        "calendar": "Add to my calendar (.ics)",
        "cancel": "Cancel my sign-up",
        "cancelled": "Your sign-up is cancelled.",
        "promoted_subject": "A place is yours:",
        "join_waiting": "Join the waiting list",
    },
}


def participant(email: str, language: str):
    registration = RegistrationFactory(
        status=PipelineStatus.IN_PATH, user__email=email, preferred_language=language
    )
    EmailAddress.objects.create(
        user=registration.user, email=registration.user.email, verified=True, primary=True
    )
    return registration.user


@pytest.mark.parametrize("language", ["fr", "en"])
def test_sign_up_see_it_on_my_path_download_the_ics_cancel_and_the_next_person_is_promoted(
    site_server, browser_page, home_fr, home_en, language
):
    text = TEXTS[language]
    index = EventIndexPageFactory(parent=home_fr)
    translate_page(index, title="Events", slug="events")
    event = EventPageFactory(
        parent=index, title="Rencontre génie", slug="rencontre-genie", capacity=1
    )
    english = translate_page(event, title="Engineering meetup", slug="engineering-meetup")
    shown = event if language == "fr" else english
    amina = participant("amina@example.com", language)
    other_language = "en" if language == "fr" else "fr"
    waiting = participant("olena@example.com", other_language)
    page = browser_page

    log_in_participant(page, site_server, email=amina.email, next_path=shown.get_parent().url)
    expect(page.get_by_role("link", name=shown.title)).to_be_visible()
    assert_accessible(page)  # the index, with its filters
    page.get_by_role("link", name=shown.title).click()
    page.wait_for_url(f"**{shown.url}")
    page.get_by_role("button", name=text["sign_up"]).click()
    expect(page.get_by_role("status")).to_contain_text(text["signed_up"])
    expect(page.get_by_test_id("signup-state")).to_have_text(text["in"])
    assert_accessible(page)
    services.sign_up(event_id=event.pk, user=waiting)

    page.goto(f"{site_server}{text['my_path']}")
    next_events = page.get_by_test_id("my-next-events")
    expect(next_events).to_contain_text(text["next_events"])
    expect(next_events.get_by_role("link", name=shown.title)).to_be_visible()
    assert_accessible(page)

    page.goto(f"{site_server}{shown.url}")
    with page.expect_download() as download_info:
        page.get_by_role("link", name=text["calendar"]).click()
    with open(download_info.value.path(), "rb") as file:
        calendar = Calendar.from_ical(file.read())
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["summary"]) == shown.title
    assert event.meeting_link in str(vevent["description"])

    page.get_by_role("button", name=text["cancel"]).click()
    expect(page.get_by_role("status")).to_contain_text(text["cancelled"])
    # Olena, who was waiting, has the seat now: the event is full again.
    expect(page.get_by_role("button", name=text["join_waiting"], exact=True)).to_be_visible()

    mail.outbox.clear()
    send_due_messages()
    (promotion,) = [message for message in mail.outbox if message.to == [waiting.email]]
    expected = TEXTS[other_language]["promoted_subject"]
    assert promotion.subject.startswith(expected)
    assert event.meeting_link in promotion.body
    assert not page.console_errors
