"""The intake questionnaire: every answer validated on the server."""

import re

from allauth.account.forms import LoginForm as AllauthLoginForm
from django import forms
from django.contrib.auth import password_validation
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField

from sectors.models import SectorBriefingPage

from .choices import (
    EducationLevel,
    EducationPlace,
    EmploymentSituation,
    HeardAbout,
    ImmigrationStatus,
    Language,
    LanguageLevel,
)
from .models import Registration, User

# Canada Post: no D, F, I, O, Q or U anywhere, and no W or Z as the first letter.
POSTAL_CODE = re.compile(r"^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])(\d[ABCEGHJ-NPRSTV-Z]\d)$")
EARLIEST_ARRIVAL_YEAR = 1950
HONEYPOT_FIELD = "website"

# The questionnaire, section by section in the order of the page: the one list of its fields.
# The form asks them in this order (its error summary follows it), the template renders one
# fieldset per section, and the answers stored on Registration (INTAKE_FIELDS below) are what
# the form saves and what advisors read and export in the admin.
INTAKE_SECTIONS = (
    (_("About you"), ("first_name", "last_name", "phone", "preferred_language", "postal_code")),
    (_("Your situation"), ("immigration_status", "arrival_year", "employment_situation")),
    (
        _("Your experience"),
        (
            "field_of_experience",
            "years_of_experience",
            "education_level",
            "education_place",
            "french_level",
            "english_level",
            "sectors",
            "heard_about",
        ),
    ),
    (_("Your account"), ("email", "password1", "password2")),
    (_("Consent"), ("consent_program", "consent_sharing")),
)
INTAKE_QUESTIONS = tuple(name for _heading, names in INTAKE_SECTIONS for name in names)
# The answers stored on Registration; the rest (name, e-mail, passwords, consents) goes to the
# account or is recorded otherwise.
INTAKE_FIELDS = tuple(
    field.name
    for name in INTAKE_QUESTIONS
    for field in Registration._meta.fields + Registration._meta.many_to_many
    if field.name == name
)


def normalise_postal_code(value: str) -> str | None:
    """``h2x1y4`` → ``H2X 1Y4``; None if it is not a Canadian postal code."""
    match = POSTAL_CODE.match(re.sub(r"[\s-]", "", value).upper())
    return f"{match[1]} {match[2]}" if match else None


class IntakeForm(forms.ModelForm):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("You will log in with it; we send a link to confirm it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html,
    )
    password2 = forms.CharField(
        label=_("Password (again)"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    phone = PhoneNumberField(
        label=_("Phone"),
        region="CA",
        help_text=_("A Canadian number, for example 514 555-1234."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )
    preferred_language = forms.ChoiceField(
        label=_("Preferred language for our calls and e-mails"),
        choices=Language.choices,
        widget=forms.RadioSelect,
    )
    immigration_status = forms.ChoiceField(
        label=_("Immigration status"), choices=ImmigrationStatus.choices, widget=forms.RadioSelect
    )
    postal_code = forms.CharField(
        label=_("Postal code"),
        max_length=10,
        help_text=_("For example H2X 1Y4."),
        widget=forms.TextInput(attrs={"autocomplete": "postal-code"}),
    )
    arrival_year = forms.IntegerField(
        label=_("Year of arrival in Canada"), min_value=EARLIEST_ARRIVAL_YEAR
    )
    field_of_experience = forms.CharField(
        label=_("Field of experience"),
        max_length=200,
        help_text=_("For example: accounting, civil engineering, nursing."),
    )
    years_of_experience = forms.IntegerField(
        label=_("Years of experience in this field"), min_value=0, max_value=60
    )
    education_level = forms.ChoiceField(
        label=_("Highest education"), choices=[("", "—"), *EducationLevel.choices]
    )
    education_place = forms.ChoiceField(
        label=_("Where this education was obtained"),
        choices=EducationPlace.choices,
        widget=forms.RadioSelect,
    )
    french_level = forms.ChoiceField(
        label=_("French level"), choices=LanguageLevel.choices, widget=forms.RadioSelect
    )
    english_level = forms.ChoiceField(
        label=_("English level"), choices=LanguageLevel.choices, widget=forms.RadioSelect
    )
    sectors = forms.ModelMultipleChoiceField(
        label=_("Sectors of interest"),
        queryset=SectorBriefingPage.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    employment_situation = forms.ChoiceField(
        label=_("Employment situation"),
        choices=EmploymentSituation.choices,
        widget=forms.RadioSelect,
    )
    heard_about = forms.ChoiceField(
        label=_("How did you hear of the program?"),
        choices=[("", "—"), *HeardAbout.choices],
        required=False,
    )
    consent_program = forms.BooleanField(
        label=_(
            "I agree that the Chamber of Commerce of Metropolitan Montreal uses these answers to "
            "check my eligibility, contact me and follow me through the Passerelle sectorielle "
            "program."
        ),
        error_messages={"required": _("We cannot register you without this consent.")},
    )
    consent_sharing = forms.BooleanField(
        label=_(
            "I agree that my professional profile is shared with employers taking part in "
            "recruitment events (optional)."
        ),
        required=False,
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    field_order = INTAKE_QUESTIONS

    class Meta:
        model = Registration
        fields = INTAKE_FIELDS

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        sectors = SectorBriefingPage.objects.live().order_by("title")
        if locale is not None:
            sectors = sectors.filter(locale=locale)
        self.fields["sectors"].queryset = sectors
        if not sectors.exists():
            del self.fields["sectors"]

    def sections(self) -> list[tuple[str, list[forms.BoundField]]]:
        """The page's fieldsets: each heading with its fields (a field taken out is skipped)."""
        return [
            (heading, [self[name] for name in names if name in self.fields])
            for heading, names in INTAKE_SECTIONS
        ]

    @property
    def is_bot(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD))

    def clean_email(self) -> str:
        # Lower case, as allauth stores addresses: it looks them up in lower case at login and
        # password reset, so "Amina.Diallo@…" could otherwise never log in.
        return self.cleaned_data["email"].strip().lower()

    def clean_postal_code(self) -> str:
        postal_code = normalise_postal_code(self.cleaned_data["postal_code"])
        if postal_code is None:
            raise forms.ValidationError(
                _("Enter a Canadian postal code, for example H2X 1Y4."), code="invalid"
            )
        return postal_code

    def clean_arrival_year(self) -> int:
        year = self.cleaned_data["arrival_year"]
        if year > timezone.localdate().year:
            raise forms.ValidationError(
                _("The year of arrival cannot be in the future."), code="future"
            )
        return year

    def clean(self):
        cleaned_data = super().clean()
        password1, password2 = cleaned_data.get("password1"), cleaned_data.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("The two passwords differ."))
        elif password1:
            candidate = User(
                email=cleaned_data.get("email", ""),
                first_name=cleaned_data.get("first_name", ""),
                last_name=cleaned_data.get("last_name", ""),
            )
            try:
                password_validation.validate_password(password1, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned_data

    def eligibility_answers(self) -> dict | None:
        """Status and postal code once both are valid: enough to tell who the program can take."""
        self.is_valid()
        answers = {
            name: self.cleaned_data.get(name) for name in ("immigration_status", "postal_code")
        }
        return answers if all(answers.values()) else None


class LoginForm(AllauthLoginForm):
    """allauth's login form, with the e-mail field named the way Quebec French names it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("E-mail")
        self.fields["login"].widget.attrs.pop("placeholder", None)
        self.fields["password"].widget.attrs.pop("placeholder", None)
