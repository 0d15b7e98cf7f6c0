"""Course page module list, module numbering, previous/next and breadcrumbs."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from training.factories import CoursePageFactory, ModulePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(home_fr):
    course = CoursePageFactory(parent=home_fr, title="Candidature vidéo", slug="candidature-video")
    for number, minutes in ((1, 15), (2, 30), (3, 20)):
        ModulePageFactory(
            parent=course,
            title=f"Module numéro {number}",
            slug=f"module-{number}",
            estimated_minutes=minutes,
        )
    return course


def test_course_lists_its_live_modules_in_order_with_number_and_duration(client, course):
    ModulePageFactory(parent=course, title="Brouillon caché", slug="brouillon", live=False)

    html = client.get("/fr/candidature-video/").content.decode()

    positions = [html.index(f"Module numéro {number}") for number in (1, 2, 3)]
    assert positions == sorted(positions)
    assert "Module 1" in html and "Module 3" in html
    assert "30 minutes" in html
    assert "65 minutes" in html  # the whole course
    assert "Brouillon caché" not in html
    assert [module.title for module in course.get_modules()] == [
        "Module numéro 1",
        "Module numéro 2",
        "Module numéro 3",
    ]


def test_first_module_has_next_but_no_previous(client, course):
    first = course.get_modules()[0]
    assert first.get_previous_module() is None
    assert first.get_next_module().title == "Module numéro 2"

    html = client.get("/fr/candidature-video/module-1/").content.decode()
    assert 'rel="prev"' not in html
    assert 'href="/fr/candidature-video/module-2/" rel="next"' in html
    assert "Module 1 sur 3" in html
    assert 'href="/fr/candidature-video/">Retour à la formation' in html


def test_last_module_has_previous_but_no_next(client, course):
    last = course.get_modules()[-1]
    assert last.get_next_module() is None
    assert last.get_previous_module().title == "Module numéro 2"
    assert last.course.pk == course.pk

    html = client.get("/fr/candidature-video/module-3/").content.decode()
    assert 'href="/fr/candidature-video/module-2/" rel="prev"' in html
    assert 'rel="next"' not in html


def test_middle_module_links_both_ways_and_skips_drafts(client, course):
    middle = course.get_modules()[1]
    ModulePageFactory(parent=course, title="Brouillon", slug="brouillon", live=False)
    course.get_modules()[0].move(course, pos="last-child")  # module 1 now comes after module 3
    middle.refresh_from_db()

    assert middle.get_previous_module() is None
    assert middle.get_next_module().title == "Module numéro 3"


def test_module_page_shows_breadcrumbs_to_the_course(client, course):
    html = client.get("/fr/candidature-video/module-2/").content.decode()
    breadcrumbs = html[
        html.index('class="breadcrumbs"') : html.index("</nav>", html.index('class="breadcrumbs"'))
    ]
    assert 'href="/fr/candidature-video/"' in breadcrumbs
    assert 'aria-current="page">Module numéro 2' in breadcrumbs


# For an anonymous visitor, with warm per-site caches. The module page reads its course and
# the course's live modules once, for its number, its neighbours and the progress slot.
COURSE_PAGE_QUERIES = 19
MODULE_PAGE_QUERIES = 22


def _queries_to_render(client, url: str) -> int:
    client.get(url)  # warm the per-site caches (site root paths, locales)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_course_page_queries_do_not_grow_with_the_number_of_modules(client, home_fr):
    small = CoursePageFactory(parent=home_fr, slug="petite")
    large = CoursePageFactory(parent=home_fr, slug="grande")
    for number in range(3):
        ModulePageFactory(parent=small, slug=f"m{number}")
    for number in range(20):
        ModulePageFactory(parent=large, slug=f"m{number}")

    assert _queries_to_render(client, "/fr/grande/") == _queries_to_render(client, "/fr/petite/")
    assert _queries_to_render(client, "/fr/grande/") == COURSE_PAGE_QUERIES


def test_module_page_queries_do_not_grow_with_the_number_of_modules(client, home_fr):
    small = CoursePageFactory(parent=home_fr, slug="petite")
    large = CoursePageFactory(parent=home_fr, slug="grande")
    for number in range(3):
        ModulePageFactory(parent=small, slug=f"m{number}")
    for number in range(20):
        ModulePageFactory(parent=large, slug=f"m{number}")

    assert _queries_to_render(client, "/fr/grande/m1/") == _queries_to_render(
        client, "/fr/petite/m1/"
    )
    assert _queries_to_render(client, "/fr/grande/m1/") == MODULE_PAGE_QUERIES


def test_modules_and_their_neighbours_are_read_in_a_fixed_number_of_queries(
    course, django_assert_num_queries
):
    fresh_course = type(course).objects.get(pk=course.pk)
    with django_assert_num_queries(1):
        modules = fresh_course.get_modules()
    middle = type(modules[1]).objects.get(pk=modules[1].pk)
    with django_assert_num_queries(2):  # its course, then the course's live modules
        neighbours = (middle.get_previous_module(), middle.get_next_module(), middle.number)
    with django_assert_num_queries(0):
        assert middle.course.pk == course.pk
        assert middle.course_modules() == middle.course.get_modules()
    assert [module.title for module in neighbours[:2]] == ["Module numéro 1", "Module numéro 3"]
    assert neighbours[2] == 2
