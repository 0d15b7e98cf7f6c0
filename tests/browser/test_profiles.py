"""A participant fills the profile and pitch, uploads a small video, previews the packet in both
languages and shares it; an advisor comments and marks ready; the participant reads the comment.
Every new page passes axe's WCAG 2.2 rules in French and in English."""

import re
import shutil

import pytest
from allauth.account.models import EmailAddress
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from home.roles import ADVISORS
from profiles.models import Profile
from registration.choices import PipelineStatus
from registration.factories import PASSWORD, RegistrationFactory, UserFactory
from registration.models import Registration
from tests.browser.participants import log_in_participant
from tests.browser.staff import log_in_to_admin
from training.factories import SAMPLE_FILES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

WCAG_22 = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
    }
}
_axe = Axe()


def assert_wcag22(page) -> None:
    results = _axe.run(page, options=WCAG_22)
    problems = [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(node["target"][0] for node in violation["nodes"][:3])
        for violation in results.response["violations"]
    ]
    assert not problems, f"{page.url}:\n" + "\n".join(problems)


@pytest.fixture(autouse=True)
def private_media():
    shutil.rmtree(settings.PRIVATE_MEDIA_ROOT, ignore_errors=True)
    yield
    shutil.rmtree(settings.PRIVATE_MEDIA_ROOT, ignore_errors=True)


def test_profile_pitch_video_packet_then_advisor_feedback(
    site_server, browser, browser_page, tmp_path
):
    registration = RegistrationFactory(
        user__email="ines@example.org",
        status=PipelineStatus.IN_PATH,
        shares_profile_with_employers=False,
        complete=True,
    )
    EmailAddress.objects.create(
        user=registration.user, email="ines@example.org", verified=True, primary=True
    )
    page = browser_page

    # The profile, pre-filled from the intake.
    log_in_participant(
        page,
        site_server,
        email="ines@example.org",
        next_path="/fr/mon-parcours/profil-professionnel/",
    )
    expect(page.get_by_label("années d'expérience")).to_have_value("8")
    page.get_by_label("titre professionnel").fill("Ingénieure civile, 8 ans en infrastructures")
    page.get_by_label("Compétences").fill("AutoCAD, MS Project, Hydraulique")
    page.get_by_label("Immédiatement").check()
    page.get_by_label("temps plein").check()
    assert_wcag22(page)
    page.get_by_role("button", name="Enregistrer mon profil").click()
    expect(page.get_by_role("status")).to_contain_text("Votre profil a été enregistré.")

    # The pitch: live count, polite announcement, autosave.
    page.get_by_role("link", name="Argumentaire", exact=True).click()
    page.wait_for_url("**/fr/mon-parcours/argumentaire/")
    expect(page.locator("[data-pitch-announcer]")).to_have_attribute("aria-live", "polite")
    page.get_by_label("Qui je suis").fill("Bonjour, je m'appelle Inès, ingénieure civile.")
    page.get_by_label("Ce que j'ai accompli").fill("J'ai dirigé 15 km de conduites d'eau.")
    page.get_by_label("Ce que j'apporte").fill("AutoCAD, MS Project, français et anglais.")
    page.get_by_label("Ce que je cherche").fill("Un poste de chargée de projets.")
    page.get_by_label("Mon appel à l'action").fill("Parlons de vos projets.")
    expect(page.locator("[data-total-text]")).to_contain_text(re.compile(r"\d+ mots, environ"))
    expect(page.locator("[data-pitch-announcer]")).to_contain_text("mots, environ")
    expect(page.locator("[data-autosave-status]")).to_have_text("Enregistré.")
    assert Profile.objects.get(user=registration.user).pitch_call_to_action.startswith("Parlons")
    assert_wcag22(page)
    page.get_by_role("button", name="Enregistrer mon argumentaire").click()
    expect(page.get_by_role("status")).to_contain_text("Votre argumentaire a été enregistré.")

    # A small real video, with the progress bar.
    page.get_by_role("link", name="Candidature vidéo", exact=True).click()
    page.wait_for_url("**/fr/mon-parcours/video/")
    assert_wcag22(page)
    fake = tmp_path / "entrevue.mp4"
    fake.write_text("<!DOCTYPE html><html><body>Pas une vidéo</body></html>")
    page.get_by_label("Fichier vidéo").set_input_files(str(fake))
    page.get_by_role("button", name="Enregistrer ma vidéo").click()
    expect(page.get_by_text("n'est pas une vidéo MP4, WebM ou MOV")).to_be_visible()
    assert_wcag22(page)
    page.get_by_label("Fichier vidéo").set_input_files(
        str(SAMPLE_FILES / "tournage-essentiel.webm")
    )
    page.get_by_role("button", name="Enregistrer ma vidéo").click()
    expect(page.get_by_role("heading", name="Votre vidéo actuelle")).to_be_visible()
    expect(page.locator("video")).to_have_attribute("src", re.compile(r"^/fr/videos/"))
    assert_wcag22(page)

    # The packet, in French then English, then shared.
    page.get_by_role("link", name="Ce que voient les employeurs").click()
    expect(
        page.get_by_role("heading", name="Ingénieure civile, 8 ans en infrastructures")
    ).to_be_visible()
    expect(page.get_by_text("ines@example.org")).to_have_count(0)
    assert_wcag22(page)
    page.get_by_role("link", name="See it as an English-speaking employer does").click()
    page.wait_for_url("**/en/my-path/packet/")
    expect(page.get_by_role("heading", name="Modules completed")).to_be_visible()
    assert_wcag22(page)
    page.get_by_role("button", name="Share my packet with the employers of my events").click()
    expect(page.get_by_test_id("sharing-state")).to_contain_text("Your packet is shared")
    for path in (
        "/en/my-path/professional-profile/",
        "/en/my-path/pitch/",
        "/en/my-path/pitch/print/",
        "/en/my-path/video/",
        "/fr/mon-parcours/argumentaire/imprimer/",
    ):
        page.goto(f"{site_server}{path}")
        assert_wcag22(page)
    assert Profile.objects.get(user=registration.user).shares_with_employers

    # The advisor comments on the achievement and marks the profile ready.
    advisor = UserFactory(email="conseillere@example.org", first_name="Éloïse")
    advisor.groups.add(Group.objects.get(name=ADVISORS))
    context = browser.new_context(locale="fr-CA")
    admin = context.new_page()
    log_in_to_admin(admin, site_server, advisor, PASSWORD)
    admin.goto(f"{site_server}/admin/registrations/inspect/{registration.pk}/")
    expect(admin.get_by_text("J'ai dirigé 15 km de conduites d'eau.")).to_be_visible()
    admin.get_by_label("Partie").select_option("achievement")
    admin.get_by_label("Commentaire pour le participant").fill("Ajoutez le budget et l'équipe.")
    admin.get_by_role("button", name="Envoyer le commentaire").click()
    expect(admin.get_by_text("Commentaire envoyé au participant.")).to_be_visible()
    admin.get_by_role("button", name="Marquer prêt pour les employeurs").click()
    expect(admin.get_by_text("Profil marqué prêt pour les employeurs")).to_be_visible()
    context.close()
    assert Registration.objects.get(pk=registration.pk).status == PipelineStatus.READY

    # The participant reads the comment on My path.
    page.goto(f"{site_server}/fr/mon-parcours/")
    expect(page.get_by_text("Ajoutez le budget et l'équipe.")).to_be_visible()
    expect(page.get_by_text("a marqué votre profil prêt pour les employeurs")).to_be_visible()
    assert_wcag22(page)
    # The refused upload's answer is a 400 on purpose; nothing else may fail.
    assert [error for error in page.console_errors if "status of 400" not in error] == []
