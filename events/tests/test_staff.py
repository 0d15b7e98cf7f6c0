"""Advisors' lists, tablet check-in, messages, export and attendance report in the admin."""

import csv
import datetime
import io
import smtplib

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend

from events import services
from events.choices import EventKind
from events.conftest import registered
from events.factories import EventHostFactory, EventPageFactory, SignUpFactory, in_days
from events.models import SignUp
from home.roles import ADVISORS, EDITORS
from registration.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def advisor():
    user = UserFactory(email="conseillere@example.org", first_name="Nadia", is_staff=True)
    user.groups.add(Group.objects.get(name=ADVISORS))
    return user


def test_advisors_see_both_lists_and_write_to_the_confirmed(client, advisor, participant):
    event = EventPageFactory(full=True, capacity=1)
    services.sign_up(event_id=event.pk, user=participant)
    (waiting,) = registered(1)
    services.sign_up(event_id=event.pk, user=waiting)
    client.force_login(advisor)

    html = client.get(f"/admin/events/{event.pk}/participants/").content.decode()
    assert "Aminata Diallo-Bélanger" in html and waiting.email in html

    client.post(
        f"/admin/events/{event.pk}/participants/",
        {
            "message_id": message_id(html),
            "subject_fr": "Salle 6001",
            "body_fr": "Rendez-vous salle 6001.",
            "subject_en": "",
        },
    )
    (message,) = mail.outbox
    assert message.to == [participant.email] and message.subject == "Salle 6001"

    dashboard = client.get("/admin/").content.decode()
    assert "/admin/events/" in dashboard  # the menu (rendered as JSON props)
    listing = client.get("/admin/events/").content.decode()
    assert f"/admin/events/{event.pk}/participants/" in listing
    assert f"/admin/events/{event.pk}/check-in/" in listing


def message_id(html: str) -> str:
    import re

    return re.search(r'name="message_id" value="([0-9a-f-]+)"', html).group(1)


REFUSED = "Refusée.Lévesque@Example.com"


class RefusingBackend(EmailBackend):
    """The SMTP server refuses one address while `refusing` is on; the others go out."""

    refusing = True

    def send_messages(self, messages):
        for message in messages:
            if self.refusing and REFUSED.lower() in [a.lower() for a in message.to]:
                raise smtplib.SMTPRecipientsRefused({REFUSED: (550, b"Mailbox full")})
        return super().send_messages(messages)


def test_a_refused_address_and_a_double_click_send_nothing_twice(
    client, advisor, participant, ready_participant, settings, caplog
):
    """Finding 9: an SMTP error mid-way gave a 500 after partial sends; a double click sent
    everything twice."""
    from registration.factories import RegistrationFactory

    settings.EMAIL_BACKEND = "events.tests.test_staff.RefusingBackend"
    refused = RegistrationFactory(
        complete=True,
        phone="+15145550199",
        user__email=REFUSED,
        user__first_name="Hélène",
        user__last_name="Lévesque-Tremblay",
    ).user
    event = EventPageFactory(full=True, capacity=5)
    for user in (participant, refused, ready_participant):
        services.sign_up(event_id=event.pk, user=user)
    client.force_login(advisor)
    url = f"/admin/events/{event.pk}/participants/"
    data = {
        "message_id": message_id(client.get(url).content.decode()),
        "subject_fr": "Salle 6001 : changement",
        "body_fr": "Rendez-vous salle 6001, pavillon Lassonde.",
        "subject_en": "Room 6001: change",
        "body_en": "Meet in room 6001, Lassonde building.",
    }

    response = client.post(url, data, follow=True)

    assert response.status_code == 200
    page = response.content.decode()
    assert "Message envoyé à 2 personnes." in page
    assert (
        "n&#x27;a pas pu être envoyé à 1 personnes" in page
        or "n'a pas pu être envoyé à 1 personnes" in page
    )
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [participant.email, ready_participant.email]
    )
    assert "Lévesque" not in caplog.text and REFUSED.lower() not in caplog.text.lower()

    # The double click: nobody gets it twice.
    client.post(url, data)
    assert len(mail.outbox) == 2

    # Sent again once the server accepts the address: only the one who missed it gets it.
    RefusingBackend.refusing = False
    try:
        client.post(url, data)
    finally:
        RefusingBackend.refusing = True
    assert [m.to[0] for m in mail.outbox[2:]] == [REFUSED]


def test_people_other_than_advisors_see_no_list(client, participant):
    event = EventPageFactory()
    SignUpFactory(event=event, user=participant)
    editor = UserFactory(is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    for url in ("participants/", "check-in/", "export/"):
        response = client.get(f"/admin/events/{event.pk}/{url}")
        assert response.status_code in (302, 403)
        assert participant.email not in response.content.decode()


def test_check_in_marks_attendance_and_the_report_counts_it(client, advisor):
    event = EventPageFactory(kind=EventKind.SECTOR_ACTIVITY, start=in_days(-1))
    present, absent, unmarked = registered(3)
    for user in (present, absent, unmarked):
        SignUpFactory(event=event, user=user)
    client.force_login(advisor)
    signups = {s.user: s for s in SignUp.objects.all()}

    page = client.get(f"/admin/events/{event.pk}/check-in/").content.decode()
    assert 'class="button check-in__button"' in page
    client.post(
        f"/admin/events/{event.pk}/check-in/", {"signup": signups[present].pk, "attended": "yes"}
    )
    client.post(
        f"/admin/events/{event.pk}/check-in/", {"signup": signups[absent].pk, "attended": "no"}
    )
    assert dict(SignUp.objects.values_list("user", "attended")) == {
        present.pk: True,
        absent.pk: False,
        unmarked.pk: None,
    }

    report = client.get("/admin/events/attendance/").content.decode()
    assert "Activité sectorielle" in report and "<svg" in report
    response = client.get("/admin/events/attendance/?export=csv")
    export = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(export)))
    assert rows[1][2:] == ["3", "3", "1", "1", "50", "50"]


def test_the_export_lists_everyone_with_accents_intact(client, advisor, participant):
    event = EventPageFactory(capacity=1)
    services.sign_up(event_id=event.pk, user=participant)
    (waiting,) = registered(1)
    services.sign_up(event_id=event.pk, user=waiting)
    client.force_login(advisor)

    response = client.get(f"/admin/events/{event.pk}/export/")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[1][:5] == ["Confirmée", "", "Aminata", "Diallo-Bélanger", participant.email]
    # The shared export path writes a leading "+" as text, not as a formula.
    assert rows[1][5] == "'+15148720311"
    assert rows[2][0] == "Sur la liste d'attente" and rows[2][1] == "1"


def test_the_export_neutralises_formulas_and_writes_montreal_time(client, advisor):
    """Finding 3: the participants list goes through the shared export path (home/exports.py)."""
    event = EventPageFactory()
    (user,) = registered(
        1, user__first_name='=HYPERLINK("https://x.invalid")', user__last_name="Lévesque"
    )
    SignUpFactory(
        event=event, user=user, queued_at=datetime.datetime(2026, 1, 15, 3, 30, tzinfo=datetime.UTC)
    )
    client.force_login(advisor)

    response = client.get(f"/admin/events/{event.pk}/export/")
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(content.removeprefix("\ufeff"))))
    assert rows[1][2] == '\'=HYPERLINK("https://x.invalid")'
    assert rows[1][6] == "2026-01-14 22:30"  # 03:30 UTC is the evening before in Montreal


def test_hosts_see_only_the_first_names_participants_agreed_to_share(client, participant):
    host = UserFactory(email="representante@example.org", is_staff=True)
    host.user_permissions.add(Permission.objects.get(codename="access_admin"))
    event = EventPageFactory()
    EventHostFactory(page=event, user=host)
    SignUpFactory(event=event, user=participant, shares_first_name=True)
    (discreet,) = registered(1, user__first_name="Discrète")
    SignUpFactory(event=event, user=discreet, shares_first_name=False)
    client.force_login(host)

    assert f"/admin/events/{event.pk}/hosting/" in client.get("/admin/").content.decode()
    html = client.get(f"/admin/events/{event.pk}/hosting/").content.decode()
    assert "Aminata" in html and "2 participants confirmés" in html
    assert "Discrète" not in html
    assert "Diallo-Bélanger" not in html and participant.email not in html
    # Wagtail answers a refusal in the admin with a redirect to the dashboard.
    assert client.get(f"/admin/events/{event.pk}/participants/").status_code in (302, 403)
    other = EventPageFactory()
    assert client.get(f"/admin/events/{other.pk}/hosting/").status_code in (302, 403)


def test_more_places_published_go_to_the_first_people_waiting():
    event = EventPageFactory(capacity=1)
    first, second, third = registered(3)
    for user in (first, second, third):
        services.sign_up(event_id=event.pk, user=user)
    event.capacity = 2
    event.save_revision().publish()
    statuses = dict(SignUp.objects.values_list("user", "status"))
    assert statuses == {first.pk: "confirmed", second.pk: "confirmed", third.pk: "waiting"}
    assert SignUp.objects.get(user=second).promoted_at is not None


def test_advisors_invite_a_participant_to_an_invitation_only_event(client, advisor, participant):
    from events.choices import WhoMaySignUp

    event = EventPageFactory(who_may_sign_up=WhoMaySignUp.INVITATION)
    client.force_login(advisor)
    response = client.post(
        "/admin/snippets/events/eventinvitation/add/", {"event": event.pk, "user": participant.pk}
    )
    assert response.status_code == 302
    assert services.sign_up(event_id=event.pk, user=participant).status == "confirmed"
