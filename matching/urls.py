from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "matching"

urlpatterns = [
    path(
        _("my-path/interviews/<int:interview_id>/outcome/"),
        views.participant_outcome,
        name="participant_outcome",
    ),
    path(
        _("employers/portal/events/<int:event_id>/interviews/"),
        views.organisation_interviews,
        name="organisation_interviews",
    ),
]
