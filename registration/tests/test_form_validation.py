"""Every validation error of the questionnaire, in French and in English."""

import re

import pytest
from django.utils import timezone, translation

from registration.forms import IntakeForm, normalise_postal_code

from .conftest import answers

pytestmark = pytest.mark.django_db

NEXT_YEAR = str(timezone.localdate().year + 1)

CASES = [
    # (field, overrides, French message, English message)
    (
        "email",
        {"email": "amina-at-example"},
        "Saisissez une adresse",
        "Enter a valid email address.",
    ),
    ("phone", {"phone": "123"}, "numéro de téléphone", "phone number"),
    (
        "postal_code",
        {"postal_code": "12345"},
        "Entrez un code postal canadien",
        "Enter a Canadian postal code",
    ),
    (
        "postal_code",
        {"postal_code": "D2X 1Y4"},
        "Entrez un code postal canadien",
        "Enter a Canadian postal code",
    ),
    (
        "postal_code",
        {"postal_code": "W2X 1Y4"},
        "Entrez un code postal canadien",
        "Enter a Canadian postal code",
    ),
    (
        "arrival_year",
        {"arrival_year": NEXT_YEAR},
        "ne peut pas être dans le futur",
        "cannot be in the future",
    ),
    (
        "arrival_year",
        {"arrival_year": "1900"},
        "supérieure ou égale à 1950",
        "greater than or equal to 1950",
    ),
    (
        "years_of_experience",
        {"years_of_experience": "-1"},
        "supérieure ou égale à 0",
        "greater than or equal to 0",
    ),
    (
        "password2",
        {"password2": "Autre-chose-2026"},
        "Les deux mots de passe sont différents",
        "The two passwords differ",
    ),
    ("password1", {"password1": "court", "password2": "court"}, "trop court", "too short"),
    (
        "password1",
        {"password1": "12345678901", "password2": "12345678901"},
        "entièrement numérique",
        "entirely numeric",
    ),
    (
        "password1",
        {"password1": "password123", "password2": "password123"},
        "trop courant",
        "too common",
    ),
    ("consent_program", {"consent_program": None}, "sans ce consentement", "without this consent"),
    (
        "immigration_status",
        {"immigration_status": "tourist"},
        "Sélectionnez un choix valide",
        "Select a valid choice",
    ),
    ("first_name", {"first_name": ""}, "Champ requis", "This field is required"),
    ("education_place", {"education_place": None}, "Champ requis", "This field is required"),
]


@pytest.mark.parametrize(("field", "overrides", "french", "english"), CASES)
def test_each_error_is_explained_in_both_languages(field, overrides, french, english):
    for language, expected in (("fr", french), ("en", english)):
        with translation.override(language):
            form = IntakeForm(answers(**overrides))
            assert not form.is_valid()
            assert field in form.errors
            assert expected in " ".join(form.errors[field]), (language, form.errors[field])


def test_valid_answers_are_normalised():
    form = IntakeForm(
        answers(postal_code=" h2x-1y4 ", phone="(514) 872-0311", email="Amina@EXAMPLE.org")
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["postal_code"] == "H2X 1Y4"
    assert form.cleaned_data["phone"].as_e164 == "+15148720311"
    # Lower case, as allauth looks addresses up (issue #10: mixed-case addresses could not log in).
    assert form.cleaned_data["email"] == "amina@example.org"


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("H2X1Y4", "H2X 1Y4"),
        ("h3b 4w8", "H3B 4W8"),
        ("K1A-0B1", "K1A 0B1"),
        ("Z1A 1A1", None),
        ("H2X 1O4", None),
    ],
)
def test_postal_codes_follow_canada_post(raw, normalised):
    assert normalise_postal_code(raw) == normalised


def test_the_sharing_consent_is_optional_and_unticked():
    form = IntakeForm(answers())
    assert form.is_valid(), form.errors
    assert form.cleaned_data["consent_sharing"] is False
    blank = IntakeForm()
    assert "checked" not in str(blank["consent_program"]) + str(blank["consent_sharing"])


def test_a_choice_group_with_an_error_marks_its_choices_invalid_and_help_is_escaped(
    client, registration_page
):
    response = client.post(registration_page.url, answers(immigration_status=None))
    html = response.content.decode()
    assert 'name="immigration_status" value="permanent_resident"' in html
    assert re.search(r'name="immigration_status"[^>]*aria-invalid="true"', html)
    assert not re.search(r'name="french_level"[^>]*aria-invalid', html)
    # Django's password rules are HTML and shown as a list; other help is text.
    assert "<ul><li>" in html
    assert "/static/registration/error-summary.js" in html


def test_help_text_other_than_the_password_rules_is_escaped():
    from django import forms
    from django.template.loader import render_to_string

    class HelpForm(forms.Form):
        city = forms.CharField(help_text="<img src=x onerror=alert(1)>")

    html = render_to_string("registration/includes/field.html", {"field": HelpForm()["city"]})
    assert "<img" not in html
    assert "&lt;img src=x" in html
