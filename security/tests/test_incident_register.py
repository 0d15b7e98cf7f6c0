"""Item 8 of #11: staff record privacy incidents in the admin (Law 25 s. 3.8)."""

from django.contrib.auth.models import Permission

from security.models import PrivacyIncident

from .conftest import make_staff

URL = "/admin/snippets/security/privacyincident/"


def test_an_administrator_records_an_incident(client, django_user_model):
    admin = django_user_model.objects.create_superuser(email="dpo@example.com", password="x")
    client.force_login(admin)
    response = client.post(
        f"{URL}add/",
        {
            "occurred_on": "2026-03-02",
            "discovered_on": "2026-03-04",
            "description": "Courriel de suivi envoyé à la mauvaise liste (12 adresses visibles).",
            "people_affected": "12",
            "people_affected_description": "Participants inscrits en février",
            "actions": "Rappel du message, excuses écrites, envoi en copie cachée désormais.",
        },
    )
    assert response.status_code == 302
    incident = PrivacyIncident.objects.get()
    assert incident.recorded_by == admin
    assert incident.people_affected == 12
    listing = client.get(URL).content.decode()
    assert "Courriel de suivi envoyé" in listing


def test_advisors_and_representatives_do_not_see_the_register(client, db):
    advisor = make_staff("conseiller@example.com")
    client.force_login(advisor)
    assert client.get(URL).status_code in (302, 403)


def test_staff_given_the_permission_see_it(client, db):
    staff = make_staff("responsable.vie-privee@example.com")
    staff.user_permissions.add(*Permission.objects.filter(codename__endswith="privacyincident"))
    client.force_login(staff)
    assert client.get(URL).status_code == 200
