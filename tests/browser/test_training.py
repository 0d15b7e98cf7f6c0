"""The training path in headless Chromium: the three page types, navigation and the captioned video."""

import pytest

from tests.browser.axe import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# The live server runs without DEBUG, as in production: the site's own URLconf serves the
# uploaded video (SERVE_MEDIA, #11), so these tests also prove it plays in production.

TRAINING_PAGES = {
    "fr": [
        "/fr/activite-accueil/",
        "/fr/candidature-video/",
        "/fr/candidature-video/rediger-argumentaire-eclair/",
        "/fr/candidature-video/tourner-cadrage-lumiere-son/",
    ],
    "en": [
        "/en/welcome-activity/",
        "/en/video-application/",
        "/en/video-application/writing-your-elevator-pitch/",
        "/en/video-application/filming-framing-light-sound/",
    ],
}


@pytest.fixture
def training_site(demo_content, site_server):
    return site_server


@pytest.mark.parametrize("language", ["fr", "en"])
def test_welcome_course_and_module_pages_have_no_serious_accessibility_violation(
    training_site, browser_page, language
):
    page = browser_page
    for path in TRAINING_PAGES[language]:
        page.goto(f"{training_site}{path}")
        assert page.locator("html").get_attribute("lang") == language
        assert page.locator("h1").count() == 1, path
        assert page.locator("nav.breadcrumbs").count() == 1, path
        assert_accessible(page)
    page.goto(f"{training_site}/{language}/search/?q=argumentaire")
    assert_accessible(page)
    assert page.console_errors == []


def test_participant_goes_through_the_course_with_previous_next_and_back(
    training_site, browser_page
):
    page = browser_page
    page.goto(f"{training_site}/fr/candidature-video/")
    modules = page.get_by_role("region", name="Modules").get_by_role("listitem")
    assert modules.count() == 6
    assert "Module 1" in modules.first.inner_text()

    modules.first.get_by_role("link").click()
    page.wait_for_url("**/fr/candidature-video/ce-que-recherchent-les-recruteurs/")
    pager = page.get_by_role("navigation", name="Modules de la formation")
    assert pager.get_by_role("link", name="Module précédent").count() == 0

    pager.get_by_role("link", name="Module suivant").click()
    page.wait_for_url("**/fr/candidature-video/rediger-argumentaire-eclair/")
    assert page.get_by_text("Module 2 sur 6").is_visible()

    page.get_by_role("navigation", name="Langue").get_by_role("link", name="English").click()
    page.wait_for_url("**/en/video-application/writing-your-elevator-pitch/")
    assert page.get_by_role("heading", level=1).inner_text() == "Writing your elevator pitch"

    page.get_by_role("navigation", name="Course modules").get_by_role(
        "link", name="Back to the course"
    ).click()
    page.wait_for_url("**/en/video-application/")
    assert page.console_errors == []


@pytest.mark.parametrize(
    ("path", "language", "first_caption"),
    [
        (
            "/fr/candidature-video/tourner-cadrage-lumiere-son/",
            "fr",
            "Candidature vidéo : trois réglages",
        ),
        (
            "/en/video-application/filming-framing-light-sound/",
            "en",
            "Video application: three settings",
        ),
    ],
)
def test_module_video_plays_with_captions_in_the_page_language(
    training_site, browser_page, path, language, first_caption
):
    page = browser_page
    page.goto(f"{training_site}{path}")
    state = page.evaluate(
        """async () => {
            const video = document.querySelector("video");
            video.muted = true;
            await video.play();
            await new Promise((resolve) => setTimeout(resolve, 1200));
            const showing = Array.from(video.textTracks).filter((t) => t.mode === "showing");
            return {
                time: video.currentTime,
                error: video.error && video.error.code,
                showing: showing.map((t) => t.language),
                cue: showing.length && showing[0].activeCues.length
                    ? showing[0].activeCues[0].text : null,
            };
        }"""
    )
    assert state["error"] is None
    assert state["time"] > 0.5
    assert state["showing"] == [language]
    assert state["cue"].startswith(first_caption)

    page.locator("summary").click()
    assert page.locator("details.video-block__transcript p").is_visible()
    assert page.console_errors == []
