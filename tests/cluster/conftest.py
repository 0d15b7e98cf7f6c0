"""The cluster test runs only when asked for (`pytest tests/cluster -m cluster`; CI's own stage):
it starts PostgreSQL-backed gunicorn instances and takes about two minutes."""

import pytest


def pytest_collection_modifyitems(config, items):
    if "cluster" in (config.getoption("markexpr") or ""):
        return
    selected = [item for item in items if not item.get_closest_marker("cluster")]
    deselected = [item for item in items if item.get_closest_marker("cluster")]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


@pytest.fixture(scope="session")
def cluster():
    from .harness import Cluster

    cluster = Cluster().start()
    yield cluster
    cluster.stop()
