"""Forms of the public Employers page, the invitation and the employer portal."""

from django import forms
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from registration.choices import LanguageLevel
from sectors.models import SectorBriefingPage

from .choices import Interest
from .models import JoinRequest, Opening, Organisation


def sector_choices():
    """Live sector briefings in the visitor's language."""
    queryset = SectorBriefingPage.objects.live().order_by("title")
    try:
        return queryset.filter(locale=Locale.get_active())
    except Locale.DoesNotExist:
        return queryset


class SectorField(forms.ModelChoiceField):
    def __init__(self, **kwargs):
        super().__init__(queryset=SectorBriefingPage.objects.none(), **kwargs)


class SectorsMixin:
    """Sectors shown in the visitor's language; stored as the French (source) page."""

    def _set_sector_queryset(self):
        if "sector" in self.fields:
            self.fields["sector"].queryset = sector_choices()

    def _source_sector(self, sector):
        if sector is None:
            return None
        default = Locale.get_default()
        if sector.locale_id == default.pk:
            return sector
        return (
            SectorBriefingPage.objects.filter(
                translation_key=sector.translation_key, locale=default
            ).first()
            or sector
        )


def website_field():
    return forms.URLField(label=_("Website"), required=False, assume_scheme="https")


class JoinRequestForm(SectorsMixin, forms.ModelForm):
    website = website_field()

    class Meta:
        model = JoinRequest
        fields = [
            "organisation_name",
            "sector",
            "website",
            "contact_name",
            "email",
            "phone",
            "message",
        ]
        widgets = {"message": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._set_sector_queryset()
        self.fields["sector"].required = False

    def clean_sector(self):
        return self._source_sector(self.cleaned_data.get("sector"))


class AcceptInvitationForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    password1 = forms.CharField(
        label=_("Password"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )
    password2 = forms.CharField(
        label=_("Password (again)"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean(self):
        data = super().clean()
        if data.get("password1") and data.get("password1") != data.get("password2"):
            self.add_error("password2", _("The two passwords differ."))
        elif data.get("password1"):
            try:
                validate_password(data["password1"])
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data


class OrganisationForm(SectorsMixin, forms.ModelForm):
    website = website_field()
    logo_file = forms.ImageField(
        label=_("Logo"),
        required=False,
        help_text=_("PNG, JPEG or WebP, at most 2 MB."),
    )

    class Meta:
        model = Organisation
        fields = [
            "name",
            "sector",
            "size",
            "website",
            "description_fr",
            "description_en",
            "address",
            "contact_name",
            "contact_email",
            "contact_phone",
        ]
        widgets = {
            "description_fr": forms.Textarea(attrs={"rows": 4, "lang": "fr"}),
            "description_en": forms.Textarea(attrs={"rows": 4, "lang": "en"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._set_sector_queryset()
        if self.instance.sector_id:
            self.initial["sector"] = self.instance.sector_id

    def clean_sector(self):
        return self._source_sector(self.cleaned_data.get("sector"))

    def clean_logo_file(self):
        upload = self.cleaned_data.get("logo_file")
        limit = settings.EMPLOYERS_LOGO_MAX_BYTES
        if upload and upload.size > limit:
            raise forms.ValidationError(
                _("This logo is too large (%(size)s): at most %(limit)s.")
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
            )
        return upload

    def save(self, commit=True):
        organisation = super().save(commit=False)
        upload = self.cleaned_data.get("logo_file")
        if upload:
            from wagtail.images import get_image_model

            organisation.logo = get_image_model().objects.create(
                title=f"Logo — {organisation.name}", file=upload
            )
        if commit:
            organisation.save()
        return organisation


class OpeningForm(SectorsMixin, forms.ModelForm):
    class Meta:
        model = Opening
        fields = [
            "language",
            "title",
            "sector",
            "occupation",
            "key_skills",
            "french_level",
            "english_level",
            "positions",
            "location",
            "work_mode",
            "salary_min",
            "salary_max",
            "published",
        ]
        widgets = {"key_skills": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._set_sector_queryset()

    def clean_sector(self):
        return self._source_sector(self.cleaned_data.get("sector"))


class EventSignUpForm(forms.Form):
    recruiters_count = forms.IntegerField(
        label=_("Recruiters"), min_value=1, max_value=20, initial=1
    )
    tables_count = forms.IntegerField(
        label=_("Interview tables or virtual rooms"), min_value=1, max_value=20, initial=1
    )
    openings = forms.ModelMultipleChoiceField(
        label=_("Openings you recruit for"),
        queryset=Opening.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["openings"].queryset = organisation.openings.all()


class InviteColleagueForm(forms.Form):
    email = forms.EmailField(label=_("Your colleague's work e-mail"))


class PacketFilterForm(SectorsMixin, forms.Form):
    sector = forms.ModelChoiceField(
        label=_("Sector"), queryset=SectorBriefingPage.objects.none(), required=False
    )
    occupation = forms.CharField(label=_("Occupation"), required=False, max_length=100)
    skill = forms.CharField(label=_("Skill"), required=False, max_length=100)
    french = forms.MultipleChoiceField(
        label=_("French"),
        choices=LanguageLevel.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    english = forms.MultipleChoiceField(
        label=_("English"),
        choices=LanguageLevel.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    experience = forms.IntegerField(
        label=_("Years of experience, at least"), min_value=0, max_value=60, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._set_sector_queryset()


class MarkForm(forms.Form):
    level = forms.ChoiceField(
        label=_("Interest"), choices=Interest.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Private note (only your organisation sees it)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ParticipantInterestForm(forms.Form):
    level = forms.ChoiceField(
        label=_("Your interest"), choices=Interest.choices, widget=forms.RadioSelect
    )
