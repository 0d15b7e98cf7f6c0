import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url", ["/fr/accounts/login/", "/en/accounts/login/", "/fr/accounts/password/reset/"]
)
def test_account_pages_are_never_kept_by_a_cache(client, home_fr, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
