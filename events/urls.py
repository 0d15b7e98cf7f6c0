from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "events"

urlpatterns = [
    path(_("events/<int:event_id>/sign-up/"), views.sign_up, name="sign_up"),
    path(_("events/<int:event_id>/cancel/"), views.cancel, name="cancel"),
    path(_("events/<int:event_id>/calendar.ics"), views.event_ics, name="event_ics"),
    path(_("events/calendar/<str:token>.ics"), views.calendar_feed, name="calendar_feed"),
    path(_("my-path/calendar/new-address/"), views.revoke_feed, name="revoke_feed"),
]
