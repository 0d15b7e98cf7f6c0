"""Benchmark: the impact report for 20,000 generated participants, rendered through the real
admin view (HTML with its charts and tables), and its number of queries.

    .venv/bin/python scripts/benchmark_impact_report.py                # 20,000 participants
    .venv/bin/python scripts/benchmark_impact_report.py --participants 5000

Builds a throw-away test database, generates a seeded history with `outcomes.history` (two years
of registrations, attendance at welcome sessions, sector activities and recruitment events,
course completion, connections, follow-up answers), then renders the report a few times as a
staff member and prints the best and median times. Target: under a second. Not a test.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["DJANGO_SETTINGS_MODULE"] = "passerelle.settings.test"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--explain", action="store_true", help="Also print the slowest queries and a profile."
    )
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import (
        CaptureQueriesContext,
        setup_databases,
        setup_test_environment,
        teardown_databases,
    )

    setup_test_environment()
    databases = setup_databases(verbosity=0, interactive=False)
    try:
        import datetime

        from django.urls import reverse
        from django.utils import timezone
        from wagtail.models import Site

        from employers.factories import FullOrganisationFactory
        from events.choices import EventKind
        from events.factories import EventPageFactory, in_days
        from outcomes import selectors
        from outcomes.history import Sources, generate_history
        from progress.factories import build_course
        from registration.factories import UserFactory
        from sectors.factories import SectorBriefingPageFactory, SectorIndexPageFactory

        home = Site.objects.get(is_default_site=True).root_page
        _course, modules = build_course(parent=home, modules=4)
        index = SectorIndexPageFactory(parent=home)
        sectors = [
            SectorBriefingPageFactory(parent=index, title=f"Secteur {n}", slug=f"secteur-{n}")
            for n in range(6)
        ]
        events = {kind: [] for kind in EventKind.values}
        for number, days in enumerate(range(740, 10, -30)):
            for offset, kind in enumerate(EventKind.values):
                events[kind].append(
                    EventPageFactory(
                        title=f"Événement {kind} {number}",
                        kind=kind,
                        recruitment_format="speed_interviews"
                        if kind == EventKind.RECRUITMENT_EVENT
                        else "",
                        start=in_days(-days + offset * 10),
                    )
                )
        sources = Sources(
            events=events,
            sector_ids=[sector.pk for sector in sectors],
            organisation_ids=[FullOrganisationFactory().pk for _ in range(20)],
            module_keys=[module.translation_key for module in modules],
        )
        today = timezone.localdate()
        started = time.perf_counter()
        generate_history(
            count=args.participants,
            seed=7,
            sources=sources,
            first_day=today - datetime.timedelta(days=730),
            last_day=today - datetime.timedelta(days=30),
            prefix="benchmark",
        )
        generated = time.perf_counter() - started

        staff = UserFactory(is_staff=True, is_superuser=True)
        client = Client()
        client.force_login(staff)
        url = reverse("outcomes_reports:impact")
        client.get(url)  # warm-up: templates, translations, settings

        # Wall-clock time, and the process's CPU time (SQLite runs in-process): on a machine
        # shared with other jobs the wall clock includes waiting for a core, the CPU time not.
        selector_times, view_times, view_cpu = [], [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            report = selectors.impact_report()
            selector_times.append(time.perf_counter() - started)
            with CaptureQueriesContext(connection) as queries:
                started, cpu = time.perf_counter(), time.process_time()
                response = client.get(url)
                view_times.append(time.perf_counter() - started)
                view_cpu.append(time.process_time() - cpu)
        assert response.status_code == 200, response.status_code
        if args.explain:
            import cProfile
            import pstats

            with CaptureQueriesContext(connection) as report_queries:
                profile = cProfile.Profile()
                profile.enable()
                selectors.impact_report()
                profile.disable()
            for query in sorted(report_queries.captured_queries, key=lambda q: -float(q["time"]))[
                :6
            ]:
                print(f"{query['time']} s  {query['sql'][:160]}")
            pstats.Stats(profile).sort_stats("cumulative").print_stats(18)
        print(f"database:                   {connection.vendor}")
        print(
            f"participants:               {report.funnel[0].count:,} (generated in {generated:.1f} s)"
        )
        print(f"recruitment event attended: {report.funnel[6].count:,}")
        print(f"page size:                  {len(response.content) / 1024:.0f} KB")
        print(f"queries (whole page):       {len(queries.captured_queries)}")
        print(
            f"report computed:            best {min(selector_times):.3f} s, "
            f"median {statistics.median(selector_times):.3f} s"
        )
        print(
            f"report page rendered:       best {min(view_times):.3f} s, "
            f"median {statistics.median(view_times):.3f} s (target: under 1 s)"
        )
        print(
            f"report page, CPU time:      best {min(view_cpu):.3f} s, "
            f"median {statistics.median(view_cpu):.3f} s"
        )
        print(f"machine load (1 min):       {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    finally:
        teardown_databases(databases, verbosity=0)


if __name__ == "__main__":
    main()
