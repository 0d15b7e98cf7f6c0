"""The demo's generated history: a few hundred fictitious people over two years, every report
meaningful out of the box, loaded once."""

import pytest
from django.core.management import call_command

from outcomes import selectors
from outcomes.models import Checkpoint, EmployerFollowUp
from registration.models import Registration

pytestmark = pytest.mark.django_db


def test_the_demo_history_fills_the_impact_report(client, demo_content):
    generated = Registration.objects.filter(user__email__startswith="demo.suivi.")
    assert generated.count() == 400
    assert not generated.exclude(user__email__endswith="@example.org").exists()
    assert not any(r.user.has_usable_password() for r in generated.select_related("user")[:20])
    report = selectors.impact_report()
    funnel = {stage.key: stage.count for stage in report.funnel}
    assert funnel["recruitment"] >= 50 and funnel["hired"] >= 10 and funnel["employed_6"] >= 10
    assert not report.headline_figures.rate_suppressed
    cohorts = report.rows_of("cohort")
    assert len(cohorts) >= 20  # two years of months
    assert EmployerFollowUp.objects.exclude(answered_at=None).exists()
    assert report.returning_employers > 0
    assert b"public-figures" in client.get("/fr/").content

    counts = Registration.objects.count(), Checkpoint.objects.count()
    call_command("load_demo_content", verbosity=0)
    assert (Registration.objects.count(), Checkpoint.objects.count()) == counts
