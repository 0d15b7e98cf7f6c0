from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import ConnectionState


class MessageForm(forms.Form):
    message = forms.CharField(
        label=_("Your message"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Say why you would like to talk. Never put contact details here."),
    )


class StateForm(forms.Form):
    state = forms.ChoiceField(label=_("Where things stand"), choices=ConnectionState.choices)
