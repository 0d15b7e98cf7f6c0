"""The e-mails' signed links: one click records an answer, again is harmless, a changed mind is
recorded within the link's life; tampered, expired or wrong-purpose links change nothing."""

import base64
import datetime
import json
import time
from unittest import mock

import pytest
from django.core import mail, signing
from django.urls import reverse
from django.utils import timezone, translation

from outcomes import services, tokens
from outcomes.choices import Answer
from outcomes.factories import CheckpointFactory, EmployerFollowUpFactory
from outcomes.models import Checkpoint

pytestmark = pytest.mark.django_db


def url(name: str, language: str = "fr", **kwargs) -> str:
    with translation.override(language):
        return reverse(f"outcomes:{name}", kwargs=kwargs)


@pytest.fixture
def checkpoint():
    return CheckpointFactory(sent_at=timezone.now())


def answer_url(checkpoint, answer, language="fr"):
    return url("answer", language, token=services.checkpoint_token(checkpoint), answer=answer)


def test_one_click_records_the_answer_and_shows_it(client, checkpoint):
    response = client.get(answer_url(checkpoint, Answer.EMPLOYED_IN_FIELD))
    assert response.status_code == 200
    checkpoint.refresh_from_db()
    assert checkpoint.answer == Answer.EMPLOYED_IN_FIELD
    assert checkpoint.answered_at is not None
    assert checkpoint.answered_by_phone is None
    text = response.content.decode()
    assert "«\u00a0En emploi dans mon domaine\u00a0» est enregistrée" in text
    # The choice is preselected in the form that can change it.
    assert 'value="employed_in_field" id="id_answer_0" checked' in text


def test_a_mail_scanner_s_head_request_records_nothing(client, checkpoint):
    response = client.head(answer_url(checkpoint, Answer.EMPLOYED_IN_FIELD))

    assert response.status_code == 200
    checkpoint.refresh_from_db()
    assert checkpoint.answer == "" and checkpoint.answered_at is None


def test_a_deactivated_account_s_link_records_nothing(client, checkpoint):
    checkpoint.participant.is_active = False
    checkpoint.participant.save()

    response = client.get(answer_url(checkpoint, Answer.STILL_LOOKING))

    assert response.status_code == 400
    checkpoint.refresh_from_db()
    assert checkpoint.answered_at is None


def test_opening_the_link_again_changes_nothing(client, checkpoint):
    client.get(answer_url(checkpoint, Answer.STILL_LOOKING))
    checkpoint.refresh_from_db()
    first = checkpoint.answered_at
    client.get(answer_url(checkpoint, Answer.STILL_LOOKING))
    checkpoint.refresh_from_db()
    assert checkpoint.answered_at == first
    assert Checkpoint.objects.filter(answer=Answer.STILL_LOOKING).count() == 1


def test_a_changed_mind_is_recorded_within_the_links_life(client, checkpoint):
    client.get(answer_url(checkpoint, Answer.STILL_LOOKING))
    token = services.checkpoint_token(checkpoint)
    response = client.post(url("checkpoint", token=token), {"answer": Answer.IN_TRAINING})
    assert response.status_code == 200
    checkpoint.refresh_from_db()
    assert checkpoint.answer == Answer.IN_TRAINING
    # Another answer link of the same e-mail works too.
    client.get(answer_url(checkpoint, Answer.EMPLOYED_OUTSIDE_FIELD))
    checkpoint.refresh_from_db()
    assert checkpoint.answer == Answer.EMPLOYED_OUTSIDE_FIELD


def test_the_optional_second_step_is_saved(client, checkpoint):
    client.get(answer_url(checkpoint, Answer.EMPLOYED_IN_FIELD, language="en"))
    token = services.checkpoint_token(checkpoint)
    response = client.post(
        url("checkpoint", "en", token=token),
        {"employer_type": "public", "sector": "", "from_connection": "yes", "may_contact": "no"},
    )
    assert "your details are saved" in response.content.decode()
    checkpoint.refresh_from_db()
    assert (checkpoint.employer_type, checkpoint.from_connection, checkpoint.may_contact) == (
        "public",
        True,
        False,
    )


def test_an_empty_answer_keeps_the_page_with_a_clear_error(client, checkpoint):
    token = services.checkpoint_token(checkpoint)
    response = client.post(url("checkpoint", "en", token=token), {"answer": ""})
    assert response.status_code == 200
    assert "Please choose an answer." in response.content.decode()
    checkpoint.refresh_from_db()
    assert checkpoint.answer == ""


def test_a_tampered_link_changes_nothing_and_says_so_in_the_links_language(client, checkpoint):
    token = services.checkpoint_token(checkpoint)
    other = CheckpointFactory()
    # Another checkpoint's id in the payload, with this link's signature.
    payload = base64.urlsafe_b64encode(
        f'{{"o":{other.pk},"p":{checkpoint.participant_id}}}'.encode()
    ).rstrip(b"=")
    forged = ":".join([payload.decode(), *token.split(":")[1:]])
    for bad in (token[:-3] + "abc", forged, "nimporte-quoi"):
        response = client.get(url("answer", "en", token=bad, answer=Answer.STILL_LOOKING))
        assert response.status_code == 400
        assert "This link is not valid" in response.content.decode()
    response = client.get(url("answer", "fr", token=token[:-3] + "abc", answer="still_looking"))
    assert "Ce lien n’est pas valide" in response.content.decode().replace("&#x27;", "’").replace(
        "'", "’"
    )
    assert not Checkpoint.objects.exclude(answer="").exists()


def test_a_link_signed_for_someone_else_is_refused(client, checkpoint):
    other = CheckpointFactory()
    token = tokens.make(
        tokens.CHECKPOINT_ANSWER, object_id=checkpoint.pk, owner_id=other.participant_id
    )
    response = client.get(url("answer", token=token, answer=Answer.STILL_LOOKING))
    assert response.status_code == 400
    checkpoint.refresh_from_db()
    assert checkpoint.answer == ""


def test_an_expired_link_changes_nothing(client, checkpoint):
    sixty_one_days_ago = time.time() - datetime.timedelta(days=61).total_seconds()
    with mock.patch("django.core.signing.time.time", return_value=sixty_one_days_ago):
        token = services.checkpoint_token(checkpoint)
    response = client.get(url("answer", "en", token=token, answer=Answer.STILL_LOOKING))
    assert response.status_code == 410
    assert "This link has expired: nothing was changed." in response.content.decode()
    checkpoint.refresh_from_db()
    assert checkpoint.answer == ""


def test_a_link_for_another_purpose_is_refused(client, checkpoint):
    unsubscribe = services.unsubscribe_token(checkpoint)
    response = client.get(url("answer", token=unsubscribe, answer=Answer.STILL_LOOKING))
    assert response.status_code == 400
    answer_token = services.checkpoint_token(checkpoint)
    response = client.post(url("unsubscribe", token=answer_token))
    assert response.status_code == 400
    checkpoint.refresh_from_db()
    assert checkpoint.answer == "" and checkpoint.unsubscribed_at is None
    # Signed with the right key but another salt altogether.
    raw = signing.dumps({"o": checkpoint.pk, "p": checkpoint.participant_id}, salt="other")
    assert client.get(url("checkpoint", token=raw)).status_code == 400


def test_unsubscribing_asks_to_confirm_then_stops_the_emails(client, checkpoint):
    token = services.unsubscribe_token(checkpoint)
    page = client.get(url("unsubscribe", "en", token=token))
    assert "Stop the follow-up e-mails" in page.content.decode()
    checkpoint.refresh_from_db()
    assert checkpoint.unsubscribed_at is None  # a link scanner opening it changes nothing
    response = client.post(url("unsubscribe", "en", token=token))
    assert "You will receive no more follow-up e-mails." in response.content.decode()
    checkpoint.refresh_from_db()
    assert checkpoint.unsubscribed_at is not None
    assert client.post(url("unsubscribe", "en", token=token)).status_code == 200  # again: harmless


def test_the_emailed_link_records_the_answer(client, checkpoint):
    Checkpoint.objects.filter(pk=checkpoint.pk).update(sent_at=None)
    services.send_followups()
    body = mail.outbox[0].body
    link = next(line.strip() for line in body.splitlines() if "/reponse/still_looking/" in line)
    response = client.get(link.removeprefix("http://testserver"))
    assert response.status_code == 200
    checkpoint.refresh_from_db()
    assert checkpoint.answer == Answer.STILL_LOOKING


def test_employers_answer_their_questionnaire_through_the_link(client):
    followup = EmployerFollowUpFactory(hires=None, match_quality="", would_return=None)
    links = services.employer_links(followup)
    page = client.get(links["en"].removeprefix("http://testserver"))
    assert page.status_code == 200
    assert "How good were the matches?" in page.content.decode()
    path = url("employer_followup", "fr", token=services.employer_token(followup))
    response = client.post(
        path, {"hires": "3", "match_quality": "excellent", "would_return": "yes"}
    )
    assert "vos réponses sont enregistrées" in response.content.decode()
    followup.refresh_from_db()
    assert (followup.hires, followup.match_quality, followup.would_return) == (3, "excellent", True)
    bad = client.post(path.replace("/suivi/", "/suivi/x"), {"hires": "9"})
    assert bad.status_code == 400
    followup.refresh_from_db()
    assert followup.hires == 3


def test_the_answers_are_in_the_participants_data_download(client, checkpoint):
    client.get(answer_url(checkpoint, Answer.IN_TRAINING))
    client.force_login(checkpoint.participant)
    with translation.override("fr"):
        response = client.get(reverse("registration:download_my_data"))
    data = json.loads(
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    (saved,) = data["follow_up_checkpoints"]
    assert saved["answer"] == {"value": "in_training", "label": "En formation"}
    assert saved["months"] == 6
    assert "answered_by_phone" not in saved
