"""Staff give a person access to one sector; demo accounts exist only when asked for."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from sectors.models import SectorBriefingPage, SectorRepresentativeGroup
from sectors.services import create_representative

pytestmark = pytest.mark.django_db


def test_staff_create_a_representative_from_the_users_admin(
    client, admin_user, it_sector, django_user_model
):
    group = SectorRepresentativeGroup.objects.get(translation_key=it_sector.translation_key).group
    client.force_login(admin_user)

    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "email": "nouvelle.rep@example.org",
            "first_name": "Amina",
            "last_name": "Diallo",
            "password1": "Une-phrase-de-passe-longue-2026",
            "password2": "Une-phrase-de-passe-longue-2026",
            "is_active": "on",
            "groups": [group.id],
        },
    )

    assert response.status_code == 302, response.context["form"].errors
    user = django_user_model.objects.get(email="nouvelle.rep@example.org")
    assert list(user.groups.all()) == [group]
    client.force_login(user)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[it_sector.id]))
    assert edit.status_code == 200


def test_create_representative_gives_a_random_password_once(it_sector):
    user, password = create_representative(email="Rep@Example.org", sector_page=it_sector)
    again, second_password = create_representative(email="rep@example.org", sector_page=it_sector)

    assert len(password) >= 16 and user.check_password(password)
    assert again == user and second_password == ""
    assert user.groups.count() == 1


def test_demo_content_has_four_bilingual_sectors_and_no_representative_accounts(
    demo_content, django_user_model, monkeypatch
):
    monkeypatch.delenv("DEMO_REPRESENTATIVES", raising=False)
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115

    french = SectorBriefingPage.objects.live().filter(locale__language_code="fr")
    english = SectorBriefingPage.objects.live().filter(locale__language_code="en")
    assert french.count() == english.count() == 4
    assert {p.translation_key for p in french} == {p.translation_key for p in english}
    assert SectorRepresentativeGroup.objects.count() == 4
    assert not django_user_model.objects.filter(groups__sector_representation__isnull=False)
    health = english.get(slug="health-and-social-services")
    assert "Santé Québec" in health.intro


def test_demo_representatives_only_with_the_flag(
    demo_content, django_user_model, monkeypatch, capsys
):
    assert not django_user_model.objects.filter(groups__sector_representation__isnull=False)
    monkeypatch.setenv("DEMO_REPRESENTATIVES", "1")
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115

    representatives = django_user_model.objects.filter(groups__sector_representation__isnull=False)
    assert representatives.count() == 4
    assert "representant.genie@example.org" in capsys.readouterr().out
