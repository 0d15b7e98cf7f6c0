"""Running the matching on a real event, the advisors' edits, publishing agendas, outcomes."""

import datetime
import itertools
from collections import Counter

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from connections.models import Connection
from employers.factories import InterestMarkFactory, ParticipantInterestFactory
from events.factories import CalendarFeedFactory, SignUpFactory
from matching import agendas, selectors, services
from matching.choices import FeedbackTag, Outcome
from matching.factories import InterviewFactory
from matching.loader import load_event_data
from matching.models import EventMatching, Interview, MatchingWeights
from profiles.factories import FullProfileFactory


def run(fair, advisor):
    return services.run_matching(event=fair["event"], user=advisor)


def grid_is_sound(event):
    interviews = list(Interview.objects.filter(event=event))
    assert len({(i.participant_id, i.slot) for i in interviews}) == len(interviews)
    assert len({(i.organisation_id, i.table, i.slot) for i in interviews}) == len(interviews)
    return interviews


def test_the_matching_gives_everyone_interviews_without_conflict(fair, advisor):
    summary = run(fair, advisor)

    interviews = grid_is_sound(fair["event"])
    per_person = Counter(i.participant_id for i in interviews)
    assert set(per_person) == {u.pk for u in fair["people"]}
    assert max(per_person.values()) <= 2
    # Each person meets each organisation once at most: the four at Ponts et Chaussées, three
    # at the Boulangerie (1 table × 3 slots).
    assert summary.interviews == len(interviews) == 7
    assert summary.slots_used <= 3
    assert EventMatching.objects.get(event=fair["event"]).total_score == summary.total_score


def test_a_pair_one_side_declined_is_never_scheduled(fair, advisor):
    amina = fair["people"][0]
    InterestMarkFactory(
        organisation=fair["ponts"], event=fair["event"], participant=amina, level="none"
    )
    ParticipantInterestFactory(
        organisation=fair["boulangerie"], event=fair["event"], participant=amina, level="none"
    )
    run(fair, advisor)
    assert not Interview.objects.filter(participant=amina).exists()


def test_weights_are_a_setting_staff_change(fair):
    amina = fair["people"][0]
    InterestMarkFactory(organisation=fair["ponts"], event=fair["event"], participant=amina)
    _data, _tables, before = services.event_scores(fair["event"], slots=3)
    weights = MatchingWeights.load()
    weights.organisation_high = 90
    weights.save()
    _data, _tables, after = services.event_scores(fair["event"], slots=3)
    pair = (amina.pk, fair["ponts"].pk)
    assert after[pair].total - before[pair].total == 90 - 15


def test_score_parts_read_in_plain_words_in_both_languages(fair):
    _data, _tables, scores = services.event_scores(fair["event"], slots=3)
    score = scores[(fair["people"][0].pk, fair["ponts"].pk)]
    with translation.override("en"):
        english = [part.label() for part in score.parts]
    with translation.override("fr"):
        french = [part.label() for part in score.parts]
    assert "3 of 2 key skills" not in english
    assert any("key skill" in label for label in english)
    assert any("compétence" in label for label in french)
    assert "language levels met" in english


def test_the_loader_reads_the_database_in_a_fixed_number_of_queries(fair):
    def count():
        with CaptureQueriesContext(connection) as queries:
            load_event_data(fair["event"], slots=3)
        return len(queries)

    count()  # the default locale, read once then cached
    few = count()
    for _ in range(4):
        SignUpFactory(event=fair["event"], user=FullProfileFactory().user)
    assert count() == few


# --- Edits ----------------------------------------------------------------------------------


def test_moves_into_a_taken_place_are_refused_and_stale_grids_too(fair, advisor):
    run(fair, advisor)
    matching = EventMatching.objects.get(event=fair["event"])
    first, second = Interview.objects.filter(event=fair["event"]).order_by("pk")[:2]
    with pytest.raises(services.ScheduleError, match="tables 1 à 2"):
        services.move_interview(interview=first, table=9, slot=0, version=matching.version)
    # Someone else changed the grid: the old version is refused.
    services.remove_interview(interview=second, version=matching.version)
    with pytest.raises(services.ScheduleError, match="a changé entre-temps"):
        services.move_interview(interview=first, table=1, slot=0, version=matching.version)
    grid_is_sound(fair["event"])


def test_a_participant_cannot_be_added_twice_in_one_slot(fair, advisor):
    run(fair, advisor)
    matching = EventMatching.objects.get(event=fair["event"])
    interview = Interview.objects.filter(event=fair["event"], organisation=fair["ponts"]).first()
    Interview.objects.filter(
        participant=interview.participant, organisation=fair["boulangerie"]
    ).delete()
    with pytest.raises(services.ScheduleError, match="a déjà une entrevue"):
        services.add_interview(
            event=fair["event"],
            participant=interview.participant,
            organisation=fair["boulangerie"],
            table=1,
            slot=interview.slot,
            version=matching.version,
        )


def test_swapping_two_slots_keeps_the_grid_sound(fair, advisor):
    run(fair, advisor)
    matching = EventMatching.objects.get(event=fair["event"])
    table_one = list(
        Interview.objects.filter(event=fair["event"], organisation=fair["ponts"], table=1)
    )
    swapped = refused = 0
    for a, b in itertools.combinations(table_one, 2):
        a_slot, b_slot = a.slot, b.slot
        try:
            services.swap_slots(first=a, second=b, version=matching.version)
        except services.ScheduleError as error:
            # Refused only when a participant is busy elsewhere in the other slot.
            assert "a déjà une entrevue" in str(error)
            refused += 1
            continue
        a.refresh_from_db()
        b.refresh_from_db()
        assert (a.slot, b.slot) == (b_slot, a_slot)
        swapped += 1
        break
    assert swapped or refused
    grid_is_sound(fair["event"])


# --- Publishing ------------------------------------------------------------------------------


def test_publishing_sends_each_agenda_once_and_later_changes_only_to_those_affected(fair, advisor):
    run(fair, advisor)
    sent = agendas.publish(event=fair["event"])
    # Four participants and the recruiter of Ponts et Chaussées.
    assert sent == 5 == len(mail.outbox)
    recruiter_mail = next(m for m in mail.outbox if m.to == [fair["recruiter"].email])
    assert "Ponts et Chaussées Fictifs" in recruiter_mail.body
    # Recruiters get first names and initials, never a last name or an address.
    assert "Amina B." in recruiter_mail.body and "Benali" not in recruiter_mail.body
    assert "@" not in recruiter_mail.body.replace(fair["recruiter"].email, "")
    name, ics, mimetype = recruiter_mail.attachments[0]
    assert mimetype == "text/calendar" and "BEGIN:VEVENT" in str(ics)

    assert agendas.publish(event=fair["event"]) == 0
    assert len(mail.outbox) == 5

    matching = EventMatching.objects.get(event=fair["event"])
    interview = Interview.objects.filter(
        event=fair["event"], organisation=fair["boulangerie"]
    ).first()
    services.remove_interview(interview=interview, version=matching.version)
    mail.outbox.clear()
    assert agendas.publish(event=fair["event"]) == 1
    assert mail.outbox[0].to == [interview.participant.email]
    assert "changé" in mail.outbox[0].subject


def test_the_agenda_is_in_the_participants_language_and_calendar_feed(fair, advisor, client):
    english = fair["people"][1]
    english.registration.preferred_language = "en"
    english.registration.save()
    run(fair, advisor)
    agendas.publish(event=fair["event"])
    message = next(m for m in mail.outbox if m.to == [english.email])
    assert message.subject.startswith("Your interviews at")

    feed = CalendarFeedFactory(user=english)
    response = client.get(reverse("events:calendar_feed", args=[feed.token]))
    body = response.content.decode()
    assert body.count("BEGIN:VEVENT") == 1 + Interview.objects.filter(participant=english).count()
    assert "Ponts et Chaussées Fictifs" in body or "Boulangerie Fictive" in body


# --- Outcomes --------------------------------------------------------------------------------


def started(fair):
    matching = EventMatching.objects.get(event=fair["event"])
    matching.first_slot_at = timezone.now() - datetime.timedelta(hours=2)
    matching.save()


def test_a_mutual_continue_creates_one_connection(fair, advisor, client):
    run(fair, advisor)
    agendas.publish(event=fair["event"])
    started(fair)
    interview = Interview.objects.filter(event=fair["event"], organisation=fair["ponts"]).first()

    client.force_login(interview.participant)
    url = reverse("matching:participant_outcome", args=[interview.pk])
    client.post(url, {"outcome": Outcome.CONTINUE})
    assert not Connection.objects.exists()

    client.force_login(fair["recruiter"])
    page = reverse("matching:organisation_interviews", args=[fair["event"].pk])
    assert page in client.get(reverse("employers:dashboard")).content.decode()
    response = client.get(page).content.decode()
    assert agendas.short_name(interview.participant) in response
    assert interview.participant.last_name not in response
    client.post(
        page,
        {
            "interview": interview.pk,
            f"i{interview.pk}-outcome": Outcome.CONTINUE,
            f"i{interview.pk}-note": "Excellente candidate, à rappeler.",
            f"i{interview.pk}-feedback": [FeedbackTag.VIDEO_SOUND],
        },
    )
    connection_row = Connection.objects.get()
    assert connection_row.participant == interview.participant
    assert connection_row.organisation == fair["ponts"]
    interview.refresh_from_db()
    assert interview.feedback == [FeedbackTag.VIDEO_SOUND]


def test_outcomes_wait_for_the_interview(fair, advisor, client):
    run(fair, advisor)
    agendas.publish(event=fair["event"])
    interview = Interview.objects.filter(event=fair["event"]).first()
    client.force_login(interview.participant)
    response = client.post(
        reverse("matching:participant_outcome", args=[interview.pk]), {"outcome": "continue"}
    )
    assert response.status_code == 404


def test_my_path_shows_the_agenda_and_feedback_only_from_three_interviews(fair, advisor, client):
    run(fair, advisor)
    agendas.publish(event=fair["event"])
    amina = fair["people"][0]
    client.force_login(amina)
    page = client.get(reverse("registration:my_path")).content.decode()
    assert "Vos entrevues" in page
    assert "Ponts et Chaussées Fictifs" in page or "Boulangerie Fictive" in page

    for _ in range(2):
        InterviewFactory(participant=amina, feedback=[FeedbackTag.PITCH_UNCLEAR])
    assert selectors.feedback_suggestions(amina) == []
    InterviewFactory(participant=amina, feedback=[FeedbackTag.PITCH_UNCLEAR])
    suggestions = selectors.feedback_suggestions(amina)
    assert [(s.tag, s.count) for s in suggestions] == [(FeedbackTag.PITCH_UNCLEAR, 3)]
    page = client.get(reverse("registration:my_path")).content.decode()
    assert "Argumentaire peu clair" in page


def test_feedback_from_one_organisation_met_three_times_stays_hidden(fair):
    amina = fair["people"][0]
    organisation = fair["ponts"]
    for _ in range(3):
        InterviewFactory(
            participant=amina, organisation=organisation, feedback=[FeedbackTag.PITCH_UNCLEAR]
        )

    assert selectors.feedback_suggestions(amina) == []


# --- Advisors' admin -------------------------------------------------------------------------


def test_advisors_run_and_publish_from_the_grid(fair, advisor, client):
    client.force_login(advisor)
    url = reverse("matching_admin:schedule", args=[fair["event"].pk])
    matching = EventMatching.objects.get(event=fair["event"])
    response = client.post(url, {"action": "run", "version": matching.version}, follow=True)
    content = response.content.decode()
    assert "schedule-grid" in content
    assert "Amina Benali" in content
    response = client.post(url, {"action": "publish", "version": matching.version + 1}, follow=True)
    assert len(mail.outbox) == 5
    assert Interview.objects.filter(event=fair["event"]).count() == 7


def test_the_grid_is_for_advisors_only(fair, client):
    client.force_login(fair["people"][0])
    response = client.get(reverse("matching_admin:schedule", args=[fair["event"].pk]))
    assert response.status_code in (302, 403)


def test_the_outcomes_report_counts_interviews_connections_and_hires(fair, advisor, client):
    run(fair, advisor)
    interview = Interview.objects.filter(event=fair["event"]).first()
    services.record_organisation_outcome(interview=interview, outcome=Outcome.CONTINUE)
    services.record_participant_outcome(interview=interview, outcome=Outcome.CONTINUE)
    Connection.objects.update(state="hired")
    client.force_login(advisor)
    response = client.get(reverse("matching_admin:outcomes_report"))
    assert response.status_code == 200
    (row,) = response.context["object_list"]
    assert (row.interviews, row.held, row.connections, row.offers, row.hires) == (7, 1, 1, 1, 1)
    export = client.get(reverse("matching_admin:outcomes_report") + "?export=csv")
    assert "Entrevues éclair" in b"".join(export.streaming_content).decode("utf-8-sig")
