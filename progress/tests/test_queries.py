"""Course and module pages cost a constant number of queries, whatever the course's size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from progress.factories import complete
from registration.factories import UserFactory
from training.factories import CoursePageFactory, ModulePageFactory

pytestmark = pytest.mark.django_db

COMPLETION_TABLE = "progress_modulecompletion"
# For a signed-in participant, with warm per-process caches: the anonymous counts
# (training/tests/test_navigation.py) plus the session, the user, their permissions (one query) and one
# read of their completions.
COURSE_PAGE_QUERIES = 21
MODULE_PAGE_QUERIES = 24


@pytest.fixture
def courses(home_fr):
    """A course of 3 modules and one of 20, each with about half its modules completed."""
    participant = UserFactory()
    built = {}
    for size in (3, 20):
        course = CoursePageFactory(parent=home_fr, title=f"Cours {size}", slug=f"cours-{size}")
        modules = [
            ModulePageFactory(parent=course, title=f"Module {index}", slug=f"module-{index}")
            for index in range(1, size + 1)
        ]
        complete(participant, *modules[: size // 2])
        built[size] = (course, modules)
    return participant, built


def queries_for(client, url) -> list[str]:
    client.get(url)  # warm the per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries]


def test_course_page_queries_do_not_grow_with_modules_or_completions(client, courses):
    participant, built = courses
    client.force_login(participant)

    small = queries_for(client, built[3][0].url)
    large = queries_for(client, built[20][0].url)

    assert len(small) == len(large) == COURSE_PAGE_QUERIES
    assert sum(COMPLETION_TABLE in sql for sql in large) == 1


def test_module_page_queries_do_not_grow_with_modules_or_completions(client, courses):
    participant, built = courses
    client.force_login(participant)

    small = queries_for(client, built[3][1][1].url)
    large = queries_for(client, built[20][1][1].url)

    assert len(small) == len(large) == MODULE_PAGE_QUERIES
    assert sum(COMPLETION_TABLE in sql for sql in large) == 1


def test_anonymous_pages_never_query_the_completion_table(client, courses):
    _participant, built = courses
    course, modules = built[20]

    for url in (course.url, modules[0].url, modules[-1].url):
        assert not any(COMPLETION_TABLE in sql for sql in queries_for(client, url)), url


def test_a_module_page_reads_its_courses_module_list_once(client, courses):
    """Its number, its neighbours and the progress slot share one list of the course's modules."""
    participant, built = courses
    module_url = built[20][1][1].url

    def module_list_reads():
        return [
            sql
            for sql in queries_for(client, module_url)
            if 'FROM "training_modulepage"' in sql and " LIKE " in sql
        ]

    assert len(module_list_reads()) == 1
    client.force_login(participant)
    assert len(module_list_reads()) == 1
