"""The impact report (funnel, rates with their base, breakdowns, export, summary), its constant
number of queries, small-number suppression, the advisors' side and the public figures."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone, translation

from home.roles import ADVISORS
from outcomes import selectors
from outcomes.choices import Answer
from outcomes.factories import AnsweredCheckpointFactory, CheckpointFactory
from outcomes.history import generate_history
from outcomes.models import Checkpoint, FollowUpSettings
from registration.factories import UserFactory
from registration.models import Registration

from .conftest import days_ago

pytestmark = pytest.mark.django_db


@pytest.fixture
def advisor(client):
    user = UserFactory(email="Conseillere.Benoit@Example.org", first_name="Josée", is_staff=True)
    user.groups.add(Group.objects.get(name=ADVISORS))
    client.force_login(user)
    return user


def generate(sources, count, prefix="test.suivi", seed=17):
    return generate_history(
        count=count,
        seed=seed,
        sources=sources,
        first_day=days_ago(720),
        last_day=days_ago(400),
        prefix=prefix,
    )


def test_the_funnel_counts_each_stage_of_the_path(history_sources):
    generate(history_sources, 60)
    report = selectors.impact_report()
    funnel = {stage.key: stage.count for stage in report.funnel}
    assert funnel["registered"] == 60
    assert funnel["registered"] >= funnel["welcome"] >= funnel["course"] > 0
    assert funnel["sector_activity"] >= funnel["recruitment"] >= funnel["connection"] > 0
    assert funnel["interview"] == 0  # the matching app is not installed on this branch
    assert funnel["hired"] <= funnel["connection"]
    six = report.headline_figures
    employed = Checkpoint.objects.filter(
        months=6, answer__in=[Answer.EMPLOYED_IN_FIELD, Answer.EMPLOYED_OUTSIDE_FIELD]
    ).count()
    assert funnel["employed_6"] == six.employed == employed
    assert six.answered == Checkpoint.objects.filter(months=6).exclude(answer="").count()
    assert six.due == Checkpoint.objects.filter(months=6).count()
    assert six.employment_rate == round(100 * six.employed / six.answered)


@pytest.mark.parametrize("count", [10, 1000])
def test_the_report_runs_in_a_constant_number_of_queries(
    history_sources, count, django_assert_max_num_queries, advisor, client
):
    generate(history_sources, count)
    with django_assert_max_num_queries(16):
        report = selectors.impact_report()
    assert report.funnel[0].count == count
    # The whole admin page (menus, session, permissions and the report) and its export.
    with django_assert_max_num_queries(40):
        page = client.get(reverse("outcomes_reports:impact"))
    assert f"<td>{count}</td>" in page.content.decode()
    with django_assert_max_num_queries(40):
        client.get(reverse("outcomes_reports:impact"), {"export": "xlsx"})


def test_a_group_of_nine_shows_fewer_than_ten(history_sources, advisor, client):
    generate(history_sources, 30)
    Registration.objects.update(preferred_language="fr")
    english = Registration.objects.order_by("pk")[:9].values_list("pk", flat=True)
    Registration.objects.filter(pk__in=list(english)).update(preferred_language="en")
    with translation.override("en"):
        rows = {row.group: row for row in selectors.impact_report().rows_of("language")}
        assert rows["English"].suppressed and rows["English"].registered == "fewer than 10"
        assert not rows["French"].suppressed and rows["French"].registered == "21"
    response = client.get(reverse("outcomes_reports:impact"), HTTP_ACCEPT_LANGUAGE="fr")
    page = BeautifulSoup(response.content, "html.parser")
    table = page.select_one('table[data-breakdown="language"]')
    row = next(tr for tr in table.select("tbody tr") if tr.th.get_text() == "Anglais")
    assert {td.get_text() for td in row.select("td")} == {"moins de 10"}


def test_a_rate_from_fewer_than_ten_answers_is_not_shown(history_sources):
    CheckpointFactory.create_batch(3, months=6)
    AnsweredCheckpointFactory.create_batch(4, months=6)
    report = selectors.impact_report()
    assert report.headline_figures.answered == 4
    assert report.headline_figures.rate_suppressed
    with translation.override("en"):
        assert selectors.impact_report().rows[0].employment_rate == "fewer than 10"


def test_staff_read_the_report_with_its_charts_tables_and_period(history_sources, advisor, client):
    generate(history_sources, 40)
    response = client.get(reverse("outcomes_reports:impact"))
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("svg[role=img] title")  # the funnel chart
    caption = page.select_one("table.impact-table caption").get_text()
    assert caption == "Tout le parcours, de l'inscription à l'emploi"
    assert page.select_one('tr[data-stage="recruitment"] td').get_text() == str(
        selectors.impact_report().funnel[6].count
    )
    assert page.select_one('[data-testid="employment-rate"]').get_text().strip()
    # A period with nobody in it.
    empty = client.get(
        reverse("outcomes_reports:impact"),
        {
            "registered_from": days_ago(10).isoformat(),
            "registered_to": days_ago(1).isoformat(),
        },
    )
    page = BeautifulSoup(empty.content, "html.parser")
    assert page.select_one('tr[data-stage="registered"] td').get_text() == "0"


def test_the_report_exports_every_group_with_suppression(history_sources, advisor, client):
    generate(history_sources, 40)
    response = client.get(reverse("outcomes_reports:impact"), {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0][:3] == ["Répartition", "Groupe", "Inscrits"]
    assert rows[1][:3] == ["Tout le programme", "Tous les participants", "40"]
    assert any("moins de 10" in row for row in rows[2:])


def test_the_printable_summary_fits_a_period(history_sources, advisor, client):
    generate(history_sources, 20)
    response = client.get(
        reverse("outcomes_reports:summary"),
        {
            "registered_from": days_ago(800).isoformat(),
            "registered_to": days_ago(1).isoformat(),
        },
    )
    text = response.content.decode()
    assert response.status_code == 200
    assert "@media print" in text
    assert "Personnes inscrites du" in text


def test_only_staff_who_read_registrations_see_the_reports(client):
    client.force_login(UserFactory(is_staff=True))
    assert client.get(reverse("outcomes_reports:impact")).status_code in (302, 403)
    assert client.get(reverse("outcomes_reports:summary")).status_code in (302, 403)


def test_advisors_see_checkpoints_and_record_a_phone_answer(advisor, client):
    checkpoint = CheckpointFactory(sent_at=timezone.now() - datetime.timedelta(days=20))
    AnsweredCheckpointFactory(participant=checkpoint.participant, months=3)
    registration = checkpoint.participant.registration
    inspect = reverse("registrations:inspect", args=[registration.pk])
    page = BeautifulSoup(client.get(inspect).content, "html.parser")
    answers = [
        cell.get_text(" ", strip=True) for cell in page.select('[data-testid="checkpoint-answer"]')
    ]
    assert "En emploi dans mon domaine" in answers[0] and "lien du courriel" in answers[0]
    assert "pas encore de réponse" in answers[1]

    response = client.post(
        reverse("outcomes_admin:phone_answer", args=[checkpoint.pk]), {"answer": "in_training"}
    )
    assert response.status_code == 302
    checkpoint.refresh_from_db()
    assert checkpoint.answer == Answer.IN_TRAINING and checkpoint.answered_by_phone == advisor
    page = BeautifulSoup(client.get(inspect).content, "html.parser")
    answer = page.select('[data-testid="checkpoint-answer"]')[1].get_text(" ", strip=True)
    assert "En formation" in answer and "par téléphone" in answer and "Josée" in answer


def test_advisors_list_who_did_not_answer_and_export_it(advisor, client):
    silent = CheckpointFactory(
        sent_at=timezone.now() - datetime.timedelta(days=20), reminders_sent=2
    )
    AnsweredCheckpointFactory(reminders_sent=2)
    CheckpointFactory(sent_at=timezone.now(), reminders_sent=0)  # reminders still to come
    CheckpointFactory(reminders_sent=2, sent_at=timezone.now(), unsubscribed_at=timezone.now())
    assert list(selectors.did_not_answer()) == [silent]
    page = BeautifulSoup(
        client.get(reverse("outcomes_reports:did_not_answer")).content, "html.parser"
    )
    assert silent.participant.get_full_name() in page.get_text()
    export = client.get(reverse("outcomes_reports:did_not_answer"), {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert len(rows) == 2 and silent.participant.email in rows[1]


def _publish_everything():
    chosen = FollowUpSettings.load()
    chosen.publish_participants = chosen.publish_employment_rate = True
    chosen.publish_hired = chosen.publish_employers = True
    chosen.save()


def test_public_figures_show_in_both_languages_on_home_and_employers_pages(history_sources, client):
    generate(history_sources, 80)
    _publish_everything()
    french = BeautifulSoup(client.get("/fr/").content, "html.parser")
    figures = french.select_one(".public-figures")
    assert figures is not None
    assert "participantes et participants depuis" in figures.get_text()
    with translation.override("en"):
        employers_url = reverse("employers:public")
    english = BeautifulSoup(client.get(employers_url).content, "html.parser")
    text = english.select_one(".public-figures").get_text(" ", strip=True)
    assert "80 participants since" in text
    assert "% employed 6 months after the path" in text.replace("\u00a0", " ")


def test_no_public_figure_from_a_group_under_the_minimum(history_sources, client):
    generate(history_sources, 9)
    _publish_everything()
    assert selectors.public_figures() == []
    assert b"public-figures" not in client.get("/fr/").content


def test_nothing_is_published_until_staff_choose(history_sources, client):
    generate(history_sources, 40)
    assert selectors.public_figures() == []
