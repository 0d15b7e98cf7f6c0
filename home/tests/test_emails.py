"""The shared e-mail and link helpers: messages in the recipient's language, links from BASE_URL."""

import pytest
from django.core import mail
from django.test import override_settings

from home.emails import send_templated_email
from home.links import absolute_url


@override_settings(BASE_URL="http://127.0.0.1:9000")
def test_absolute_links_start_with_the_served_address():
    assert absolute_url("/fr/mon-parcours/") == "http://127.0.0.1:9000/fr/mon-parcours/"
    assert absolute_url("fr/") == "http://127.0.0.1:9000/fr/"
    assert absolute_url("https://example.org/x") == "https://example.org/x"


@pytest.mark.parametrize(
    ("language", "subject", "greeting"),
    [
        ("fr", "Bienvenue à Passerelle sectorielle", "Bonjour"),
        ("en", "Welcome to Passerelle sectorielle", "Hello"),
    ],
)
def test_a_templated_email_is_rendered_in_the_recipients_language(language, subject, greeting):
    send_templated_email(
        "home/emails/test/greeting",
        to=["amelie.cote@example.org", "jose.nunez@example.org"],
        context={"first_name": "Amélie"},
        language=language,
    )

    assert [message.to for message in mail.outbox] == [
        ["amelie.cote@example.org"],
        ["jose.nunez@example.org"],
    ]
    message = mail.outbox[0]
    assert message.subject == subject
    assert message.body.startswith(f"{greeting} Amélie")
    assert "http://testserver/" in message.body


@pytest.mark.django_db
@override_settings(BASE_URL="http://127.0.0.1:9000")
def test_the_default_site_record_follows_base_url(home_fr):
    from wagtail.models import Site

    from home.links import sync_site_with_base_url

    assert home_fr.full_url  # Wagtail now caches the site's root URL
    sync_site_with_base_url()
    home_fr = type(home_fr).objects.get(pk=home_fr.pk)

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 9000)
    assert home_fr.full_url == "http://127.0.0.1:9000/fr/"


def test_plain_text_e_mails_keep_apostrophes_and_ampersands_as_typed():
    # Before: « L&#x27;Atelier Côté &amp; Fils » in the subject and the body.
    organisation = {"name": "L'Atelier Côté & Fils"}
    send_templated_email(
        "connections/emails/request_received",
        to=["Ines.Belkacem@Example.org"],
        context={
            "to_participant": True,
            "organisation": organisation,
            "request": {"message": "J'aimerais échanger : votre parcours « M&A » nous intéresse."},
        },
        language="fr",
    )

    message = mail.outbox[0]
    assert message.subject.startswith("L'Atelier Côté & Fils")
    assert "L'Atelier Côté & Fils" in message.body
    assert "J'aimerais échanger : votre parcours « M&A » nous intéresse." in message.body
    assert "&#x27;" not in message.body + message.subject
