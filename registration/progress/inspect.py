"""The participant's progress in the advisors' inspect view of a registration.

    class RegistrationInspectView(ParticipantProgressInspectMixin, InspectView): ...

adds a "Progress in the course" entry after the registration's fields.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from . import selectors


class ParticipantProgress(Component):
    template_name = "registration/progress/_participant_progress.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        return {"progress": selectors.participant_progress(user=self.user)}


class ParticipantProgressInspectMixin:
    progress_field_name = "progress"

    def get_fields(self):
        fields = super().get_fields()
        if self.progress_field_name not in fields:
            fields = [*fields, self.progress_field_name]
        return fields

    def get_field_label(self, field_name, field):
        if field_name == self.progress_field_name:
            return _("Progress in the course")
        return super().get_field_label(field_name, field)

    def get_progress_display_value(self):
        return ParticipantProgress(self.object.user)
