from django import forms


class ModuleCompletionForm(forms.Form):
    module_id = forms.IntegerField(min_value=1)
    action = forms.ChoiceField(choices=[("complete", "complete"), ("undo", "undo")])
    next = forms.CharField(required=False, max_length=2000)
