import pytest

from home.roles import ADVISORS

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url", ["/fr/accounts/login/", "/en/accounts/login/", "/fr/accounts/password/reset/"]
)
def test_account_pages_are_never_kept_by_a_cache(client, home_fr, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_an_advisor_lands_in_the_admin_after_logging_in(client, home_fr):
    from allauth.account.models import EmailAddress
    from django.contrib.auth.models import Group

    from registration.factories import UserFactory

    advisor = UserFactory(email="conseillere@example.org")
    advisor.set_password("Tremplin-Montreal-2026")
    advisor.save()
    advisor.groups.add(Group.objects.get(name=ADVISORS))
    assert not advisor.is_staff
    EmailAddress.objects.create(user=advisor, email=advisor.email, primary=True, verified=True)

    response = client.post(
        "/fr/accounts/login/",
        {"login": "conseillere@example.org", "password": "Tremplin-Montreal-2026"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
