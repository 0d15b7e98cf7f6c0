import re
from unittest import mock

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.db import IntegrityError
from django.utils import timezone

from registration.choices import PipelineStatus
from registration.factories import PASSWORD as FACTORY_PASSWORD
from registration.factories import RegistrationFactory, UserFactory
from registration.models import IneligibleAttempt, Registration, RegistrationStatusChange, User
from tests.translations import text_of, translated

from .conftest import PASSWORD, answers

ELIGIBLE = (
    "You live on the island of Montreal and your immigration status is one the program serves:"
    " you can join Passerelle sectorielle."
)
TO_REVIEW = (
    "Your immigration status needs a closer look: an advisor of the Talents and Diversity team"
    " will review your registration and call you to confirm whether you can join the program."
)
RATE_LIMITED = (
    "Too many registrations were sent from your connection. Your answers are kept below:"
    " please wait a few minutes, then send the form again."
)
ALREADY_REGISTERED = (
    "You are logged in: your account already exists, there is no need to register again."
)
KEPT_FOR_AN_HOUR = (
    "We did not record any of your answers: your visit keeps them for an hour only, so that you"
    " can correct a mistake."
)

pytestmark = pytest.mark.django_db


def submit(client, page, data, capture=None):
    if capture is None:
        return client.post(page.url, data)
    with capture(execute=True):
        return client.post(page.url, data)


def test_the_questionnaire_is_served_in_each_language(
    client, registration_page, registration_page_en
):
    french = client.get(registration_page.url)
    english = client.get(registration_page_en.url)
    assert translated("Send my registration") in text_of(french)
    assert translated("Send my registration", "en") in text_of(english)
    assert 'name="consent_program"' in french.content.decode()
    # Consent boxes are never ticked in advance.
    assert not re.search(r'name="consent_\w+"[^>]*checked', french.content.decode())


def test_an_eligible_person_gets_an_account_and_a_verification_email_in_french(
    client, registration_page, django_capture_on_commit_callbacks
):
    response = submit(
        client, registration_page, answers(consent_sharing="on"), django_capture_on_commit_callbacks
    )

    assert response.status_code == 302
    assert response["Location"] == registration_page.url + "merci/"
    user = User.objects.get(email="amina.diallo@example.org")
    assert user.check_password(PASSWORD)
    registration = user.registration
    assert registration.status == PipelineStatus.NEW
    assert registration.eligibility == "eligible"
    assert str(registration.phone) == "+15148720311"
    assert registration.postal_code == "H2X 1Y4"
    assert registration.consent_language == "fr"
    assert registration.privacy_notice_version == "2026-1"
    assert registration.consented_at is not None
    assert registration.shares_profile_with_employers is True
    assert EmailAddress.objects.get(user=user).verified is False
    verification = next(m for m in mail.outbox if m.to == ["amina.diallo@example.org"])
    assert "Confirm" in verification.subject or "Confirmez" in verification.subject
    assert "/fr/accounts/confirm-email/" in verification.body

    thanks = client.get(response["Location"])
    assert "no-store" in thanks["Cache-Control"]
    assert translated(ELIGIBLE) in text_of(thanks)


def test_the_verification_email_follows_the_preferred_language(
    client, registration_page, registration_page_en, django_capture_on_commit_callbacks
):
    """Not the page's language: the one the person chose (item 7 of issue #10)."""
    submit(
        client,
        registration_page,
        answers(email="sam@example.org", preferred_language="en"),
        django_capture_on_commit_callbacks,
    )
    submit(
        client.__class__(),
        registration_page_en,
        answers(email="kim@example.org", preferred_language="fr"),
        django_capture_on_commit_callbacks,
    )
    to_sam = next(m for m in mail.outbox if m.to == ["sam@example.org"])
    to_kim = next(m for m in mail.outbox if m.to == ["kim@example.org"])
    assert "/en/accounts/confirm-email/" in to_sam.body
    assert "/fr/accounts/confirm-email/" in to_kim.body
    assert User.objects.get(email="sam@example.org").registration.consent_language == "fr"
    assert User.objects.get(email="kim@example.org").registration.consent_language == "en"


def confirmation_link(language="fr", email="amina.diallo@example.org"):
    verification = next(m for m in mail.outbox if m.to == [email])
    return re.search(
        rf"https?://[^/]+(/{language}/accounts/confirm-email/\S+/)", verification.body
    )[1]


def test_an_address_typed_in_mixed_case_can_log_in_and_reset_its_password(
    client, registration_page, django_capture_on_commit_callbacks
):
    submit(
        client,
        registration_page,
        answers(email="Amina.Diallo@Example.org"),
        django_capture_on_commit_callbacks,
    )
    client.post(confirmation_link())
    other_browser = client.__class__()
    logged_in = other_browser.post(
        "/fr/accounts/login/", {"login": "AMINA.diallo@example.org", "password": PASSWORD}
    )
    assert logged_in.status_code == 302
    mail.outbox.clear()
    other_browser.post("/fr/accounts/password/reset/", {"email": "amina.DIALLO@example.org"})
    assert [m.to for m in mail.outbox] == [["amina.diallo@example.org"]]


def test_the_login_page_still_opens_in_the_browser_that_registered(
    client, registration_page, django_capture_on_commit_callbacks
):
    submit(client, registration_page, answers(), django_capture_on_commit_callbacks)
    assert client.get("/fr/accounts/login/").status_code == 200


def test_unconfirmed_accounts_cannot_log_in(
    client, registration_page, django_capture_on_commit_callbacks
):
    submit(client, registration_page, answers(), django_capture_on_commit_callbacks)
    refused = client.__class__().post(
        "/fr/accounts/login/", {"login": "amina.diallo@example.org", "password": PASSWORD}
    )
    assert not refused.wsgi_request.user.is_authenticated


def test_confirming_logs_the_person_in_and_lands_on_my_path(
    client, registration_page, django_capture_on_commit_callbacks
):
    """No second typing of e-mail and password (item 7 of issue #10)."""
    submit(client, registration_page, answers(), django_capture_on_commit_callbacks)
    link = confirmation_link()
    assert translated("Confirm my address") in text_of(client.get(link))

    confirmed = client.post(link)
    assert EmailAddress.objects.get(email="amina.diallo@example.org").verified
    assert confirmed.status_code == 302
    assert confirmed["Location"] == "/fr/mon-parcours/"
    my_path = client.get(confirmed["Location"])
    assert my_path.status_code == 200
    assert my_path.wsgi_request.user.email == "amina.diallo@example.org"


def test_a_confirmation_link_opened_elsewhere_confirms_then_offers_to_log_in(
    client, registration_page, django_capture_on_commit_callbacks
):
    submit(client, registration_page, answers(), django_capture_on_commit_callbacks)
    other_browser = client.__class__()
    other_browser.post(confirmation_link())
    assert EmailAddress.objects.get(email="amina.diallo@example.org").verified
    logged_in = other_browser.post(
        "/fr/accounts/login/", {"login": "Amina.Diallo@example.org", "password": PASSWORD}
    )
    assert logged_in.status_code == 302
    assert other_browser.get("/fr/").wsgi_request.user.email == "amina.diallo@example.org"


def test_a_second_click_on_the_link_says_already_confirmed_and_offers_to_log_in(
    client, registration_page, django_capture_on_commit_callbacks
):
    """Not "expired or invalid" pointing to a page that needs a login (item 7 of issue #10)."""
    submit(client, registration_page, answers(), django_capture_on_commit_callbacks)
    link = confirmation_link()
    client.post(link)

    again = client.__class__().get(link)
    html = again.content.decode()
    assert translated("Your e-mail address is already confirmed: nothing more to do.") in (
        text_of(again)
    )
    assert 'href="/fr/accounts/login/"' in html
    same_browser = text_of(client.get(link))
    assert translated("Go to My path") in same_browser

    broken = text_of(client.__class__().get(link.replace("confirm-email/", "confirm-email/x")))
    assert translated("Log in") in broken
    assert translated("Your e-mail address is already confirmed: nothing more to do.") not in (
        broken
    )


@pytest.mark.parametrize(
    ("preferred", "greeting", "next_step", "course"),
    [
        (
            "fr",
            "Bonjour Amina,",
            "Prochaine étape",
            "«\N{NO-BREAK SPACE}Candidature vidéo\N{NO-BREAK SPACE}»",
        ),
        ("en", "Hello Amina,", "Your next step", "“Video application”"),
    ],
)
def test_the_confirmation_email_is_the_programs_own(
    client,
    registration_page,
    registration_page_en,
    django_capture_on_commit_callbacks,
    settings,
    preferred,
    greeting,
    next_step,
    course,
):
    """Not allauth's text about the host, in the person's language (item 7 of issue #10)."""
    settings.BASE_URL = "https://passerelle.example"
    submit(
        client,
        registration_page,
        answers(preferred_language=preferred),
        django_capture_on_commit_callbacks,
    )
    verification = next(m for m in mail.outbox if m.to == ["amina.diallo@example.org"])
    body = verification.body
    assert body.startswith(greeting)
    assert next_step in body
    assert course in body
    assert "Passerelle sectorielle" in verification.subject
    assert f"https://passerelle.example/{preferred}/accounts/confirm-email/" in body
    assert "testserver" not in body
    assert "Diallo a indiqué" not in body and "has given your email" not in body


def test_the_password_reset_email_follows_the_preferred_language(client, registration_page):
    RegistrationFactory(user=UserFactory(email="sam@example.org"), preferred_language="en")
    client.post("/fr/accounts/password/reset/", {"email": "sam@example.org"})
    reset = next(m for m in mail.outbox if m.to == ["sam@example.org"])
    assert "Choose a new password" in reset.subject
    assert "http://testserver/en/accounts/password/reset/key/" in reset.body


def test_staff_are_told_with_a_link_and_no_personal_information(
    client, registration_page, django_capture_on_commit_callbacks
):
    submit(client, registration_page, answers(), django_capture_on_commit_callbacks)
    registration = Registration.objects.get()
    notice = next(m for m in mail.outbox if m.to == ["talents-diversite@example.org"])
    assert f"/admin/registrations/inspect/{registration.pk}/" in notice.body
    for personal in ("Amina", "Diallo", "amina.diallo", "514", "H2X"):
        assert personal not in notice.body
        assert personal not in notice.subject


def test_to_review_is_stored_and_flagged_for_an_advisor(
    client, registration_page, django_capture_on_commit_callbacks
):
    response = submit(
        client,
        registration_page,
        answers(immigration_status="asylum_claimant"),
        django_capture_on_commit_callbacks,
    )
    assert Registration.objects.get().eligibility == "to_review"
    thanks = client.get(response["Location"])
    assert translated(TO_REVIEW) in text_of(thanks)
    assert translated(ELIGIBLE) not in text_of(thanks)


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"immigration_status": "citizen_born_in_canada"}, "born_in_canada"),
        ({"postal_code": "H7N 1A1"}, "off_island"),
        ({"postal_code": "J4K 1A1", "email": "", "password1": ""}, "off_island"),
    ],
)
def test_not_eligible_keeps_nothing_but_an_anonymous_count(
    client, registration_page, overrides, reason
):
    response = client.post(registration_page.url, answers(**overrides))
    assert response.status_code == 302
    # The reason is derived from personal answers: it never shows in the address.
    assert response["Location"] == registration_page.url + "non-admissible/"
    assert reason not in response["Location"]
    assert not User.objects.exists()
    assert not Registration.objects.exists()
    attempt = IneligibleAttempt.objects.get()
    assert (attempt.reason, attempt.language, attempt.count) == (reason, "fr", 1)
    assert attempt.month == timezone.localdate().replace(day=1)
    assert len(mail.outbox) == 0

    explanation = client.get(response["Location"])
    assert "Services Québec" in text_of(explanation)
    assert translated(KEPT_FOR_AN_HOUR) in text_of(explanation)


def test_refusals_are_counted_by_reason(client, registration_page):
    for _ in range(3):
        client.post(registration_page.url, answers(postal_code="H7N 1A1"))
    client.post(registration_page.url, answers(immigration_status="citizen_born_in_canada"))
    counts = dict(IneligibleAttempt.objects.values_list("reason", "count"))
    assert counts == {"off_island": 3, "born_in_canada": 1}


def test_the_refusal_page_without_a_refusal_leads_back_to_the_questionnaire(
    client, registration_page
):
    response = client.get(registration_page.url + "non-admissible/")
    assert response.status_code == 302
    assert response["Location"] == registration_page.url
    assert client.get(registration_page.url + "non-admissible/off_island/").status_code == 404


def test_the_refusal_explanation_survives_a_reload(client, registration_page):
    client.post(registration_page.url, answers(immigration_status="citizen_born_in_canada"))
    first = client.get(registration_page.url + "non-admissible/")
    again = client.get(registration_page.url + "non-admissible/")
    assert first.status_code == again.status_code == 200
    assert first.content == again.content
    assert "no-store" in again["Cache-Control"]


def test_back_to_the_questionnaire_after_a_refusal_keeps_the_answers(client, registration_page):
    """One postal-code typo must not mean 17 fields again (item 4 of issue #10)."""
    refused = client.post(
        registration_page.url,
        {**answers(postal_code="H7N 1A1"), "sectors": []},
    )
    explanation = client.get(refused["Location"])
    back = re.search(r'<a href="([^"]+)">[^<]*questionnaire', explanation.content.decode())[1]
    assert "Amina" not in back and "H7N" not in back

    html = client.get(back).content.decode()
    assert 'value="Amina"' in html
    assert 'value="H7N 1A1"' in html
    assert 'value="amina.diallo@example.org"' in html
    assert re.search(r'value="permanent_resident"[^>]*checked', html)
    assert re.search(r'name="consent_program"[^>]*checked', html)
    assert PASSWORD not in html
    assert "no-store" in client.get(back)["Cache-Control"]


def test_kept_answers_are_forgotten_once_registered(
    client, registration_page, django_capture_on_commit_callbacks
):
    client.post(registration_page.url, answers(phone="123"))
    assert 'value="Amina"' in client.get(registration_page.url).content.decode()
    submit(client, registration_page, answers(), django_capture_on_commit_callbacks)
    assert 'value="Amina"' not in client.get(registration_page.url).content.decode()


def test_passwords_let_the_browser_offer_a_new_one(client, registration_page):
    html = client.get(registration_page.url).content.decode()
    assert len(re.findall(r'type="password"[^>]*autocomplete="new-password"', html)) == 2


def test_errors_keep_every_answer_except_passwords(client, registration_page):
    response = client.post(registration_page.url, answers(phone="123"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert 'value="Amina"' in html
    assert 'value="Génie civil"' in html
    assert 'value="amina.diallo@example.org"' in html
    assert PASSWORD not in html
    assert not User.objects.exists()


def test_an_address_with_an_account_gets_the_same_thank_you_and_its_owner_an_email(
    client, registration_page, django_capture_on_commit_callbacks
):
    """Nothing on screen tells whether an address has an account (item 3 of issue #10)."""
    RegistrationFactory(
        user=UserFactory(email="Amina.Diallo@example.org", first_name="Secret"),
        preferred_language="en",
    )
    stranger = submit(client, registration_page, answers(), django_capture_on_commit_callbacks)
    newcomer_client = client.__class__()
    newcomer = submit(
        newcomer_client,
        registration_page,
        answers(email="nouvelle@example.org"),
        django_capture_on_commit_callbacks,
    )

    assert stranger.status_code == newcomer.status_code == 302
    assert stranger["Location"] == newcomer["Location"] == registration_page.url + "merci/"
    stranger_thanks = text_of(client.get(stranger["Location"]))
    newcomer_thanks = text_of(newcomer_client.get(newcomer["Location"]))
    assert stranger_thanks.replace("amina.diallo@example.org", "nouvelle@example.org") == (
        newcomer_thanks
    )
    assert "Secret" not in stranger_thanks
    assert User.objects.filter(email__iexact="amina.diallo@example.org").count() == 1

    warning = next(m for m in mail.outbox if m.to == ["Amina.Diallo@example.org"])
    # In the owner's preferred language, with links to log in and to reset the password.
    assert warning.subject == "Someone tried to register with your e-mail address"
    assert "Hello Secret," in warning.body
    assert "http://testserver/en/accounts/login/" in warning.body
    assert "http://testserver/en/accounts/password/reset/" in warning.body


def test_a_double_submission_shows_the_same_thank_you_and_creates_one_account(
    client, registration_page, django_capture_on_commit_callbacks
):
    """A double tap after a successful registration is not an error (item 2 of issue #10)."""
    first = submit(client, registration_page, answers(), django_capture_on_commit_callbacks)
    first_thanks = text_of(client.get(first["Location"]))
    mail.outbox.clear()
    again = submit(client, registration_page, answers(), django_capture_on_commit_callbacks)

    assert again.status_code == 302
    assert again["Location"] == first["Location"]
    assert text_of(client.get(again["Location"])) == first_thanks
    assert User.objects.count() == 1
    assert Registration.objects.count() == 1
    # It was the same person: no "someone tried to register" warning.
    assert mail.outbox == []


def test_a_failure_half_way_saves_nothing_and_sends_nothing(
    client, registration_page, django_capture_on_commit_callbacks
):
    with (
        mock.patch.object(
            RegistrationStatusChange.objects, "create", side_effect=IntegrityError("boom")
        ),
        pytest.raises(IntegrityError),
    ):
        submit(client, registration_page, answers(), django_capture_on_commit_callbacks)
    assert not User.objects.exists()
    assert not EmailAddress.objects.exists()
    assert not Registration.objects.exists()
    assert mail.outbox == []


def test_the_honeypot_looks_like_success_and_saves_nothing(client, registration_page):
    response = client.post(registration_page.url, answers(website="http://spam.example"))
    assert response.status_code == 302
    assert not User.objects.exists()
    assert mail.outbox == []


def test_registration_posts_are_rate_limited(client, registration_page):
    statuses = [
        client.post(registration_page.url, answers(postal_code="H7N 1A1")).status_code
        for _ in range(11)
    ]
    assert statuses[:10] == [302] * 10
    assert statuses[10] == 429


def test_a_rate_limited_visitor_keeps_their_answers_and_is_told_why(client, registration_page):
    for _ in range(10):
        client.post(registration_page.url, answers(postal_code="H7N 1A1"))
    response = client.post(registration_page.url, answers())
    html = response.content.decode()
    assert response.status_code == 429
    assert "no-store" in response["Cache-Control"]
    assert translated(RATE_LIMITED) in text_of(response)
    assert 'value="Amina"' in html
    assert 'value="amina.diallo@example.org"' in html
    assert PASSWORD not in html
    assert not User.objects.exists()


def test_answers_with_mistakes_do_not_use_up_the_limit(client, registration_page):
    for _ in range(12):
        assert client.post(registration_page.url, answers(phone="123")).status_code == 200
    response = client.post(registration_page.url, answers())
    assert response.status_code == 302
    assert User.objects.filter(email="amina.diallo@example.org").exists()


def test_login_is_rate_limited_after_failed_attempts(client, db):
    user = UserFactory(email="personne@example.org")
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    for _ in range(5):
        client.post("/fr/accounts/login/", {"login": user.email, "password": "wrong"})
    blocked = client.post(
        "/fr/accounts/login/", {"login": user.email, "password": FACTORY_PASSWORD}
    )
    assert blocked.status_code == 200
    assert not blocked.wsgi_request.user.is_authenticated
    client.logout()
    from django.core.cache import cache

    cache.clear()
    allowed = client.post(
        "/fr/accounts/login/", {"login": user.email, "password": FACTORY_PASSWORD}
    )
    assert allowed.status_code == 302


def test_password_reset_is_rate_limited(client, db):
    statuses = [
        client.post("/fr/accounts/password/reset/", {"email": "personne@example.org"}).status_code
        for _ in range(5)
    ]
    assert 429 in statuses


def test_the_form_requires_csrf(registration_page):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(registration_page.url, answers())
    assert response.status_code == 403


def test_open_signup_is_closed(client, db):
    response = client.get("/fr/accounts/signup/")
    assert "Envoyer mon inscription" not in response.content.decode()
    assert response.status_code == 200
    assert not User.objects.exists()


def test_no_personal_information_in_logs(
    client, registration_page, caplog, django_capture_on_commit_callbacks
):
    with caplog.at_level("DEBUG"):
        submit(client, registration_page, answers(), django_capture_on_commit_callbacks)
    assert "amina" not in caplog.text.lower()


def test_every_step_has_english_words_in_english_urls(
    client, registration_page, registration_page_en, django_capture_on_commit_callbacks
):
    """Not /en/register/merci/ (item 8 of issue #10)."""
    refused = client.post(registration_page_en.url, answers(postal_code="H7N 1A1"))
    assert refused["Location"] == "/en/register/not-eligible/"
    assert client.get(refused["Location"]).status_code == 200
    registered = submit(client, registration_page_en, answers(), django_capture_on_commit_callbacks)
    assert registered["Location"] == "/en/register/thank-you/"
    assert client.get("/en/register/merci/").status_code == 404
    assert client.get("/fr/inscription/merci/").status_code == 200


def test_the_language_switch_of_the_thank_you_page_stays_on_the_thank_you_page(
    client, registration_page, registration_page_en, django_capture_on_commit_callbacks
):
    """Not an empty form in the other language (item 8 of issue #10)."""
    submit(client, registration_page, answers(), django_capture_on_commit_callbacks)
    french = client.get("/fr/inscription/merci/").content.decode()
    assert 'href="/en/register/thank-you/" lang="en"' in french
    english = client.get("/en/register/thank-you/")
    assert translated(ELIGIBLE, "en") in text_of(english)
    assert 'href="/fr/inscription/merci/" lang="fr"' in english.content.decode()


def test_the_thank_you_page_alone_promises_nothing(client, registration_page):
    html = text_of(client.get(registration_page.url + "merci/"))
    assert translated(ELIGIBLE) not in html
    assert translated(TO_REVIEW) not in html
    assert translated("Thank you for registering") in html


def test_a_logged_in_participant_is_told_they_are_registered(client, registration_page):
    client.force_login(RegistrationFactory().user)
    assert translated(ALREADY_REGISTERED) in text_of(client.get(registration_page.url))


def test_a_failing_mail_server_still_thanks_the_visitor_and_logs_no_address(
    client, registration_page, django_capture_on_commit_callbacks, settings, caplog
):
    from registration.models import IntakeSettings

    intake_settings = IntakeSettings.load()
    intake_settings.staff_notification_email = "equipe@example.org"
    intake_settings.save()
    settings.EMAIL_BACKEND = "registration.tests.failing_mail.RefusingEmailBackend"

    with caplog.at_level("DEBUG"):
        response = submit(client, registration_page, answers(), django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert response["Location"] == registration_page.url + "merci/"
    registration = Registration.objects.get(user__email="amina.diallo@example.org")
    assert f"registration {registration.pk} not sent (SMTPRecipientsRefused)" in caplog.text
    assert caplog.text.count("not sent") == 2
    for personal in ("amina.diallo", "equipe@example.org", "Amina", "Diallo"):
        assert personal not in caplog.text
