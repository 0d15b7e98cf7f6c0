"""Two instances behind one name (#19): whatever instance answers, the visitor sees one site.

A and B are gunicorn instances with production settings on one PostgreSQL, one Redis and one S3
store (moto); one worker sends the e-mails. Each step prints which instance answered it
(`X-Instance`), so CI's log shows the hand-over from A to B.
"""

import re
import time

import pytest
from playwright.sync_api import expect

from tests.browser.test_registration import FRENCH

from .harness import STAFF_EMAIL, STAFF_PASSWORD, log

pytestmark = pytest.mark.cluster

EMAIL = "nadia.cluster@example.org"
PASSWORD = "Tremplin-Montreal-2026"
MP4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00" * 2048


def step(name: str, response) -> str:
    instance = response.headers.get("x-instance", "?")
    log(f"{name}: answered by instance {instance} (HTTP {response.status})")
    return instance


@pytest.fixture(scope="module")
def participant_context(browser):
    context = browser.new_context(locale="fr-CA")
    yield context
    context.close()


def answer_the_questionnaire(page):
    def group(name):
        return page.get_by_role("group", name=name)

    page.get_by_label(FRENCH["first_name"]).fill("Nadia")
    page.get_by_label(FRENCH["last_name"], exact=True).fill("Haddad-Côté")
    page.get_by_label(FRENCH["phone"]).fill("514 872-0311")
    page.get_by_label(FRENCH["postal_code"]).fill("h2x 1y4")
    group(FRENCH["status"]).get_by_label("Résident permanent", exact=True).check()
    page.get_by_label(FRENCH["arrival_year"]).fill("2021")
    group(FRENCH["situation"]).get_by_role("radio").first.check()
    page.get_by_label(FRENCH["field"]).fill("Génie civil")
    page.get_by_label(FRENCH["years"]).fill("8")
    page.get_by_label(FRENCH["education"]).select_option(index=4)
    group(FRENCH["education_place"]).get_by_role("radio").last.check()
    group(FRENCH["french"]).get_by_role("radio").last.check()
    group(FRENCH["english"]).get_by_role("radio").nth(1).check()
    page.get_by_label(FRENCH["email"], exact=True).fill(EMAIL)
    page.get_by_label(FRENCH["password"], exact=True).fill(PASSWORD)
    page.get_by_label(FRENCH["password_again"]).fill(PASSWORD)
    page.get_by_label(FRENCH["consent"]).check()


def wait_for_messages(cluster, to: str, timeout: float = 30) -> list[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [m for m in cluster.messages() if to in m]
        if found:
            return found
        time.sleep(0.5)
    return []


def test_a_registration_on_a_is_e_mailed_once_by_the_worker_and_confirmed_on_b(
    cluster, participant_context
):
    page = participant_context.new_page()
    assert step("questionnaire", page.goto(f"{cluster.url('A')}/fr/inscription/")) == "A"
    answer_the_questionnaire(page)
    with page.expect_response(lambda r: r.request.method == "POST") as sent:
        page.get_by_role("button", name="Envoyer mon inscription").click()
    assert step("questionnaire sent", sent.value) == "A"
    page.wait_for_url("**/fr/inscription/merci/")

    messages = wait_for_messages(cluster, EMAIL)
    assert messages, "the worker sent no confirmation e-mail"
    time.sleep(3)  # a second worker loop, a repeated task: still one message
    messages = [m for m in cluster.messages() if EMAIL in m]
    assert len(messages) == 1
    log("confirmation e-mail: sent once, by the worker")

    # The link (BASE_URL is A's address), opened on B: the questionnaire's session is shared.
    link = re.search(r"http://\S+/confirm-email/\S+/", messages[0].replace("=\n", ""))[0]
    path = link.split("://", 1)[1].split("/", 1)[1]
    assert step("confirmation link", page.goto(f"{cluster.url('B')}/{path}")) == "B"
    with page.expect_response(lambda r: r.request.method == "POST") as confirmed:
        page.get_by_role("button", name="Confirmer mon adresse").click()
    step("address confirmed", confirmed.value)
    page.wait_for_url("**/fr/mon-parcours/")
    page.close()


def test_signed_in_on_a_the_participant_continues_on_b(cluster, participant_context):
    participant_context.clear_cookies()
    page = participant_context.new_page()
    assert step("login form", page.goto(f"{cluster.url('A')}/fr/accounts/login/")) == "A"
    page.locator("input[name=login]").fill(EMAIL)
    page.locator("input[name=password]").fill(PASSWORD)
    with page.expect_response(lambda r: r.request.method == "POST") as signed_in:
        page.locator("input[name=password]").press("Enter")
    assert step("sign-in", signed_in.value) == "A"
    page.wait_for_url("**/fr/mon-parcours/")

    answer = page.goto(f"{cluster.url('B')}/fr/mon-parcours/")
    assert step("My path", answer) == "B"
    assert page.url == f"{cluster.url('B')}/fr/mon-parcours/"  # not sent to the login form
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.close()


def test_a_video_uploaded_on_a_plays_from_b(cluster, participant_context, tmp_path):
    page = participant_context.new_page()
    step("video page", page.goto(f"{cluster.url('A')}/fr/mon-parcours/video/"))
    video = tmp_path / "entrevue.mp4"
    video.write_bytes(MP4)
    page.get_by_label("Fichier vidéo").set_input_files(str(video))
    with page.expect_response(lambda r: r.request.method == "POST") as uploaded:
        page.get_by_role("button", name="Enregistrer ma vidéo").click()
    assert step("video upload", uploaded.value) == "A"
    # The page's script uploads by XHR, then reloads the page, which shows the new video.
    expect(page.locator("video")).to_have_count(1)
    page.wait_for_load_state()
    page.close()

    # The player on B's page loads the video: B checks permission, redirects to the store.
    page = participant_context.new_page()
    with page.expect_response(lambda r: "X-Amz-Signature" in r.url) as played:
        answer = page.goto(f"{cluster.url('B')}/fr/mon-parcours/video/")
    assert step("video page", answer) == "B"
    assert played.value.status in (200, 206)  # the Content-Security-Policy let it through
    log("video: the player on B's page fetched it from the S3 store by a signed URL")

    source = page.locator("video").get_attribute("src")
    answer = page.request.get(f"{cluster.url('B')}{source}", max_redirects=0)
    assert step("video link", answer) == "B" and answer.status == 302
    signed = answer.headers["location"]
    assert "X-Amz-Signature" in signed and "X-Amz-Expires=300" in signed and "/private/" in signed
    stored = page.request.get(signed)
    assert stored.status == 200 and stored.body() == MP4
    page.close()


def test_a_page_published_on_a_is_updated_for_anonymous_visitors_on_b(cluster, browser):
    visitor = browser.new_context(locale="fr-CA")
    anonymous = visitor.new_page()
    step("home page, before", anonymous.goto(f"{cluster.url('B')}/fr/"))
    before = anonymous.title()

    staff_context = browser.new_context(locale="fr-CA")
    admin = staff_context.new_page()
    admin.goto(f"{cluster.url('A')}/admin/login/")
    admin.fill("input[name=login]", STAFF_EMAIL)
    admin.fill("input[name=password]", STAFF_PASSWORD)
    admin.locator("input[name=password]").press("Enter")
    admin.wait_for_url(f"{cluster.url('A')}/admin/")
    step("page editor", admin.goto(f"{cluster.url('A')}/admin/pages/{cluster.home_id}/edit/"))
    new_title = "Passerelle sectorielle — publiée sur A"
    admin.fill("#id_title", new_title)
    admin.locator("footer [data-w-dropdown-target='toggle']").last.click()
    with admin.expect_response(lambda r: r.request.method == "POST") as published:
        admin.locator("button[name='action-publish']").click()
    assert step("publish", published.value) == "A"
    admin.wait_for_load_state()

    deadline = time.monotonic() + 15
    while True:
        answer = anonymous.goto(f"{cluster.url('B')}/fr/")
        if new_title in anonymous.content() or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert step("home page, after", answer) == "B"
    assert new_title in anonymous.content(), f"B still shows the old page ({before})"
    staff_context.close()
    visitor.close()


def test_failed_sign_ins_are_counted_across_instances(cluster, browser):
    """allauth's limits live in the shared Redis: ten wrong passwords from one address, spread
    over A and B, and the right one is refused (10 failures per minute per IP address)."""
    context = browser.new_context(locale="fr-CA")
    page = context.new_page()
    for attempt, instance in enumerate("ABABABABAB"):
        page.goto(f"{cluster.url(instance)}/fr/accounts/login/")
        page.fill("input[name=login]", STAFF_EMAIL)
        page.fill("input[name=password]", f"mauvais-{attempt}")
        with page.expect_response(lambda r: r.request.method == "POST") as refused:
            page.locator("input[name=password]").press("Enter")
        assert step(f"wrong password {attempt + 1}", refused.value) == instance
    page.goto(f"{cluster.url('B')}/fr/accounts/login/")
    page.fill("input[name=login]", STAFF_EMAIL)
    page.fill("input[name=password]", STAFF_PASSWORD)
    with page.expect_response(lambda r: r.request.method == "POST") as limited:
        page.locator("input[name=password]").press("Enter")
    assert step("right password, after ten wrong ones", limited.value) == "B"
    assert limited.value.status in (200, 429)  # the form again, or "too many attempts"
    assert "/accounts/login/" in page.url
    context.close()
