"""Demo content of this app, loaded by `manage.py load_demo_content`."""

from home.models import HomePage


def load(*, home: HomePage) -> None:
    """Add this app's bilingual demo pages under the French home page (idempotent)."""
