"""The participant's words: French typography, « courriel », one name per thing (issue #10, item 8).

See "Glossary" in the README.
"""

import html
import re
from pathlib import Path

import polib
import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import mail

from home.factories import publish
from registration.factories import RegistrationFactory, RegistrationPageFactory, UserFactory
from tests.translations import text_of

# The catalogues of what participants read: pages, account pages and e-mails.
PARTICIPANT_CATALOGUES = (
    "locale",
    "registration/locale",
    "progress/locale",
    "training/locale",
    "sectors/locale",
    "profiles/locale",
    "events/locale",
    "security/locale",
    "employers/locale",
    "connections/locale",
    "matching/locale",
    "outcomes/locale",
)

# A plain space (which a line may break at) or no space before « : ; ! ? », or inside guillemets.
BAD_FRENCH_TYPOGRAPHY = re.compile(
    r"(?:[ \t\n][:;!?])|(?:[^\W\d_][;!?](?=\s|$))|(?:[^\W\d_]:(?=\s|$))|(?:«[^\u00a0\u202f])"
    r"|(?:[^\u00a0\u202f]»)"
)


def french_entries():
    for folder in PARTICIPANT_CATALOGUES:
        path = Path(settings.BASE_DIR) / folder / "fr" / "LC_MESSAGES" / "django.po"
        for entry in polib.pofile(str(path)):
            for text in [entry.msgstr, *entry.msgstr_plural.values()]:
                if text:
                    yield folder, entry.msgid, text


def test_french_catalogues_keep_punctuation_with_its_word():
    wrong = [
        f"{folder}: {text!r}"
        for folder, _msgid, text in french_entries()
        if BAD_FRENCH_TYPOGRAPHY.search(re.sub(r"<[^>]+>|%\(\w+\)s|https?://\S+", "", text))
    ]
    assert wrong == []


def test_french_says_courriel_not_e_mail():
    wrong = [
        text
        for _folder, _msgid, text in french_entries()
        if re.search(r"\be-?mail\b", re.sub(r"%\(\w+\)s", "", text), re.IGNORECASE)
    ]
    assert wrong == []


@pytest.mark.django_db
def test_account_pages_say_courriel_in_french_and_use_sentence_case_in_english(client):
    french = text_of(client.get("/fr/accounts/password/reset/"))
    english = text_of(client.get("/en/accounts/password/reset/"))
    assert "courriel" in french
    assert "e-mail" not in french.lower()
    assert "Password Reset" not in english
    assert "Reset your password" in english


@pytest.mark.django_db
def test_french_emails_keep_punctuation_with_its_word(client, settings):
    user = UserFactory(email="ines.ouellet@example.org", first_name="Inès")
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    RegistrationFactory(user=user)
    client.post("/fr/accounts/password/reset/", {"email": "Ines.Ouellet@Example.org"})
    (reset,) = mail.outbox
    body = re.sub(r"https?://\S+", "", reset.body)
    assert reset.body.startswith("Bonjour Inès,")
    assert not BAD_FRENCH_TYPOGRAPHY.search(body), body


def visible_text(response) -> str:
    page = response.content.decode()
    page = re.sub(r"<(script|style)\b.*?</\1>", "", page, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", page)
    return re.sub(r"https?://\S+", "", html.unescape(text))


@pytest.mark.django_db
def test_french_participant_pages_keep_punctuation_with_its_word(client, home_fr):
    page = publish(RegistrationPageFactory(parent=home_fr))
    pages = {
        "questionnaire with errors": client.post(page.url, {"first_name": "Inès"}),
        "refusal": client.get(
            client.post(
                page.url, {"immigration_status": "citizen_born_in_canada", "postal_code": "H2X1Y4"}
            )["Location"]
        ),
    }
    client.force_login(RegistrationFactory(complete=True).user)
    pages["my path"] = client.get("/fr/mon-parcours/")
    pages["data and account"] = client.get("/fr/mon-parcours/profil/")
    for name, response in pages.items():
        assert response.status_code == 200, name
        wrong = BAD_FRENCH_TYPOGRAPHY.findall(visible_text(response))
        assert wrong == [], f"{name}: {wrong}"
