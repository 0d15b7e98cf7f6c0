from django import forms
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from sectors.models import SectorBriefingPage

from .choices import PITCH_PART_MAX_LENGTH, PITCH_PARTS, CommentPart
from .models import Profile
from .services import MAX_SKILL_LENGTH, MAX_SKILLS, normalise_skill

WEB_LINK = URLValidator(schemes=["http", "https"])


class ProfileForm(forms.ModelForm):
    skills_text = forms.CharField(
        label=_("Skills"),
        required=False,
        max_length=2000,
        help_text=_("Separated by commas, for example: AutoCAD, project management, Python."),
    )
    professional_link = forms.URLField(
        label=_("Professional link"),
        required=False,
        max_length=300,
        assume_scheme="https",
        help_text=_("LinkedIn or portfolio."),
    )
    sectors = forms.ModelMultipleChoiceField(
        label=_("Sectors of interest"),
        queryset=SectorBriefingPage.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Profile
        fields = [
            "headline",
            "target_occupations",
            "sectors",
            "years_of_experience",
            "education_level",
            "education_field",
            "education_institution",
            "education_place",
            "french_level",
            "english_level",
            "other_languages",
            "regulated_profession",
            "credential_status",
            "professional_link",
            "availability",
            "available_from",
            "full_time",
            "part_time",
            "contract",
            "on_site",
            "hybrid",
            "remote",
        ]
        widgets = {
            "target_occupations": forms.Textarea(attrs={"rows": 3}),
            "available_from": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "availability": forms.RadioSelect,
            "education_place": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        sectors = SectorBriefingPage.objects.live().filter(locale=Locale.get_active())
        self.fields["sectors"].queryset = sectors.order_by("title")
        if self.instance.pk:
            keys = [page.translation_key for page in self.instance.sectors.all()]
            self.initial["sectors"] = list(sectors.filter(translation_key__in=keys))
            self.initial["skills_text"] = ", ".join(
                sorted((skill.name for skill in self.instance.skills.all()), key=str.casefold)
            )
        self.fields["professional_link"].validators = [WEB_LINK]
        self.fields["professional_link"].widget.attrs["autocomplete"] = "url"
        self.fields["regulated_profession"].widget.attrs["list"] = "profession-suggestions"
        self.fields["target_occupations"].help_text = _(
            "One per line. The sector briefings' in-demand occupations are suggested below."
        )
        # Radio buttons need no "---------" choice: none ticked is the empty answer.
        for name in ("availability", "education_place"):
            self.fields[name].choices = [c for c in self.fields[name].choices if c[0]]
        for name in ("full_time", "part_time", "contract", "on_site", "hybrid", "remote"):
            self.fields[name].required = False

    def clean_skills_text(self) -> list[str]:
        names = [normalise_skill(name) for name in self.cleaned_data["skills_text"].split(",")]
        names = [name for name in names if name]
        if len(names) > MAX_SKILLS:
            raise forms.ValidationError(
                _("At most %(count)d skills, please.") % {"count": MAX_SKILLS}, code="too_many"
            )
        if any(len(name) >= MAX_SKILL_LENGTH for name in names):
            raise forms.ValidationError(
                _("Each skill is at most %(count)d characters long.")
                % {"count": MAX_SKILL_LENGTH - 1},
                code="too_long",
            )
        return names

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("availability") == "from_date" and not cleaned_data.get(
            "available_from"
        ):
            self.add_error("available_from", _("Give the date you are available from."))
        return cleaned_data


class PitchForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for part in PITCH_PARTS:
            self.fields[part.name] = forms.CharField(
                label=part.label,
                help_text=part.question,
                required=False,
                max_length=PITCH_PART_MAX_LENGTH,
                strip=True,
                widget=forms.Textarea(attrs={"rows": 3, "data-pitch-part": part.name}),
            )

    def parts(self) -> dict[str, str]:
        return {part.name: self.cleaned_data[part.name] for part in PITCH_PARTS}


class RestoreVersionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)


class VideoUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Video file"),
        required=False,
        help_text=_("MP4, WebM or MOV."),
        error_messages={"empty": _("This file is empty.")},
        widget=forms.ClearableFileInput(attrs={"accept": "video/mp4,video/webm,video/quicktime"}),
    )
    external_url = forms.URLField(
        label=_("Or a link to your video hosted elsewhere"),
        required=False,
        max_length=300,
        validators=[WEB_LINK],
        assume_scheme="https",
    )
    # Sent after the file by the browser: missing when the upload was cut off part-way.
    complete = forms.CharField(widget=forms.HiddenInput, required=False)


class SharingForm(forms.Form):
    share = forms.BooleanField(
        label=_("Share my packet with the employers of the recruitment events I sign up for"),
        required=False,
    )


class CommentForm(forms.Form):
    part = forms.ChoiceField(label=_("Part"), choices=CommentPart.choices)
    text = forms.CharField(
        label=_("Comment"), max_length=3000, widget=forms.Textarea(attrs={"rows": 3})
    )
