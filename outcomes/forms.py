from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from sectors.models import SectorBriefingPage

from .choices import Answer, EmployerType, MatchQuality

YES_NO = [("", _("No answer")), ("yes", _("Yes")), ("no", _("No"))]


def yes_no(value: str):
    return {"yes": True, "no": False}.get(value)


def as_yes_no(value) -> str:
    return {True: "yes", False: "no"}.get(value, "")


def sector_choices():
    """The French sector pages (stored on the answer); each is labelled with its title in the
    visitor's language when it is translated."""
    return SectorBriefingPage.objects.live().filter(locale__language_code="fr").order_by("title")


class AnswerForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Today I am"), choices=Answer.choices, widget=forms.RadioSelect
    )


class DetailsForm(forms.Form):
    """The optional second step: nothing here is required."""

    employer_type = forms.ChoiceField(
        label=_("Type of employer"),
        choices=[("", _("No answer"))] + EmployerType.choices,
        required=False,
    )
    sector = forms.ModelChoiceField(
        label=_("Sector"),
        queryset=SectorBriefingPage.objects.none(),
        required=False,
        empty_label=_("No answer"),
    )
    from_connection = forms.ChoiceField(
        label=_("Did the job come from a connection made through Passerelle?"),
        choices=YES_NO,
        required=False,
    )
    may_contact = forms.ChoiceField(
        label=_("May the program team contact you about your job?"),
        choices=YES_NO,
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sector"].queryset = sector_choices()
        titles = dict(
            SectorBriefingPage.objects.live()
            .filter(locale__language_code=get_language())
            .values_list("translation_key", "title")
        )
        self.fields["sector"].label_from_instance = lambda page: titles.get(
            page.translation_key, page.title
        )


class PhoneAnswerForm(AnswerForm):
    """An advisor records what a participant said on the phone."""


class EmployerFollowUpForm(forms.Form):
    hires = forms.IntegerField(
        label=_("How many participants met at the event have you hired?"),
        min_value=0,
        max_value=500,
    )
    match_quality = forms.ChoiceField(
        label=_("How good were the matches?"),
        choices=MatchQuality.choices,
        widget=forms.RadioSelect,
    )
    would_return = forms.ChoiceField(
        label=_("Would you come to another recruitment event?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        widget=forms.RadioSelect,
    )
