from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "employers"

urlpatterns = [
    path(_("employers/"), views.public_page, name="public"),
    path(_("employers/invitation/<str:token>/"), views.accept, name="accept"),
    path(_("employers/portal/"), views.dashboard, name="dashboard"),
    path(_("employers/portal/organisation/"), views.organisation, name="organisation"),
    path(_("employers/portal/openings/"), views.openings, name="openings"),
    path(_("employers/portal/openings/<int:opening_id>/"), views.opening, name="opening"),
    path(_("employers/portal/colleagues/"), views.colleagues, name="colleagues"),
    path(_("employers/portal/events/"), views.events, name="events"),
    path(
        _("employers/portal/events/<int:event_id>/sign-up/"),
        views.event_sign_up,
        name="event_sign_up",
    ),
    path(
        _("employers/portal/events/<int:event_id>/participants/"),
        views.participants,
        name="participants",
    ),
    path(
        _("employers/portal/events/<int:event_id>/participants/<int:profile_id>/"),
        views.packet,
        name="packet",
    ),
    path(
        _("my-path/events/<int:event_id>/employers/<int:organisation_id>/interest/"),
        views.participant_interest,
        name="participant_interest",
    ),
]
