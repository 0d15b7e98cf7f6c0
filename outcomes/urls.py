from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "outcomes"

urlpatterns = [
    path(_("follow-up/<str:token>/"), views.checkpoint, name="checkpoint"),
    path(_("follow-up/<str:token>/answer/<slug:answer>/"), views.answer, name="answer"),
    path(_("follow-up/unsubscribe/<str:token>/"), views.unsubscribe, name="unsubscribe"),
    path(_("employers/follow-up/<str:token>/"), views.employer_followup, name="employer_followup"),
]
