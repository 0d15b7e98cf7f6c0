"""Marking a module complete or not: once per participant and module, whatever the language."""

from unittest import mock

import pytest
from django.db import IntegrityError
from django.urls import reverse

from home.translation import translate_page
from progress import services
from progress.factories import build_course
from progress.models import ModuleCompletion
from registration.factories import UserFactory
from tests.translations import text_of, translated

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(home_fr):
    return build_course(parent=home_fr, modules=3)


@pytest.fixture
def participant(client):
    user = UserFactory()
    client.force_login(user)
    return user


def post_completion(client, module, action="complete", next_url=None):
    return client.post(
        reverse("progress:module_completion"),
        {"module_id": module.pk, "action": action, "next": next_url or module.url},
    )


def test_participant_marks_a_module_complete_and_is_sent_back_to_it(client, course, participant):
    _course, modules = course
    response = post_completion(client, modules[0])

    assert response.status_code == 302
    # Back to the completion box, not the top of the page (item 5 of issue #10).
    assert response["Location"] == modules[0].url + "#module-completion"
    assert ModuleCompletion.objects.filter(
        user=participant, module_key=modules[0].translation_key
    ).exists()
    page = client.get(modules[0].url)
    assert "Vous avez terminé ce module." in page.content.decode()
    assert "Marquer comme non terminé" in page.content.decode()


def test_participant_undoes_a_completion(client, course, participant):
    _course, modules = course
    post_completion(client, modules[1])
    response = post_completion(client, modules[1], action="undo")

    assert response.status_code == 302
    assert not ModuleCompletion.objects.filter(user=participant).exists()
    assert "Marquer ce module comme terminé" in client.get(modules[1].url).content.decode()


def test_two_rapid_identical_posts_store_one_completion(client, course, participant):
    _course, modules = course
    first = post_completion(client, modules[0])
    second = post_completion(client, modules[0])

    assert first.status_code == second.status_code == 302
    assert ModuleCompletion.objects.filter(user=participant).count() == 1


def test_a_request_that_loses_the_race_keeps_the_winners_completion(course):
    _course, modules = course
    user = UserFactory()
    winner = ModuleCompletion.objects.create(user=user, module_key=modules[0].translation_key)
    with mock.patch.object(
        ModuleCompletion.objects, "get_or_create", side_effect=IntegrityError("unique")
    ):
        completion = services.mark_module_complete(user=user, module=modules[0])

    assert completion == winner
    assert ModuleCompletion.objects.count() == 1


def test_completion_done_in_french_shows_done_in_english(client, course, home_en, participant):
    course_fr, modules_fr = course
    course_en = translate_page(course_fr, title="Video application")
    module_en = translate_page(modules_fr[0], title="Module 1 (EN)")
    post_completion(client, modules_fr[0])

    page = client.get(module_en.url).content.decode()
    assert module_en.url.startswith("/en/")
    assert "You have completed this module." in page
    assert "Mark as not completed" in page
    assert ModuleCompletion.objects.filter(user=participant).count() == 1
    course_page = client.get(course_en.url).content.decode()
    assert "1 of 1 module done (100&nbsp;%)" in course_page


def test_anonymous_visitor_reads_the_module_and_is_invited_to_register_or_log_in(client, course):
    _course, modules = course
    page = client.get(modules[0].url).content.decode()

    assert "pour suivre votre progression" in page
    assert "Marquer ce module comme terminé" not in page


def test_anonymous_post_goes_to_log_in_and_stores_nothing(client, course):
    _course, modules = course
    response = post_completion(client, modules[0])

    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]
    assert ModuleCompletion.objects.count() == 0


def test_completion_does_not_redirect_to_another_site(client, course, participant):
    _course, modules = course
    response = post_completion(client, modules[0], next_url="https://evil.example.com/")

    assert response["Location"] == modules[0].url + "#module-completion"


def test_the_completion_box_is_the_anchor_the_redirect_aims_at(client, course, participant):
    _course, modules = course
    page = client.get(modules[0].url).content.decode()
    assert 'id="module-completion"' in page


def test_completion_needs_a_post_and_says_so_in_a_page_of_the_site(client, course, participant):
    """Not the browser's bare 405 page (item 9 of issue #10)."""
    response = client.get(reverse("progress:module_completion"))
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    html = response.content.decode()
    assert "<main" in html
    assert translated("This address only works from a module's button") in text_of(response)


def test_completing_an_unknown_module_is_not_found(client, course, participant):
    response = client.post(
        reverse("progress:module_completion"),
        {"module_id": 999999, "action": "complete"},
    )
    assert response.status_code == 404
