"""The bilingual demo: four fictitious organisations across the demo sectors, with openings and
a recruiter each (no usable password), at the demo speed interviews with the demo participants."""

import pytest
from django.core.management import call_command

from employers.models import EventParticipation, Opening, Organisation, Recruiter
from events.models import EventPage

pytestmark = pytest.mark.django_db


def test_demo_organisations_attend_the_speed_interviews(client, demo_content):
    organisations = Organisation.objects.all()
    assert organisations.count() == 4
    assert organisations.exclude(sector=None).values("sector").distinct().count() == 4
    for organisation in organisations:
        assert organisation.openings.filter(published=True).exists()
        recruiter = Recruiter.objects.get(organisation=organisation)
        assert not recruiter.user.has_usable_password()
    event = EventPage.objects.get(slug="entrevues-eclair-hiver")
    assert EventParticipation.objects.filter(event=event).count() == 4
    assert event.signups.confirmed().filter(user__email="demo.ines.haddad@example.org").exists()
    # Idempotent.
    call_command("load_demo_content", verbosity=0)
    assert Organisation.objects.count() == 4
    assert Opening.objects.count() == 6
    assert client.get("/fr/employeurs/").status_code == 200
    english = client.get("/en/employers/").content.decode()
    assert "Speed interviews with Montreal employers" in english
