from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "connections"

urlpatterns = [
    # The participant's side, in « My path ».
    path(_("my-path/connections/"), views.mine, name="mine"),
    path(_("my-path/connections/<int:pk>/"), views.my_connection, name="my_connection"),
    path(_("my-path/connections/pool/"), views.pool_consent, name="pool_consent"),
    path(_("my-path/connections/openings/"), views.openings, name="openings"),
    path(
        _("my-path/connections/openings/<int:opening_id>/"),
        views.ask_about_opening,
        name="ask_about_opening",
    ),
    path(
        _("my-path/connections/requests/<int:pk>/<str:action>/"),
        views.my_request_action,
        name="my_request_action",
    ),
    # The organisation's side, in the employer portal.
    path(_("employers/portal/connections/"), views.portal, name="portal"),
    path(
        _("employers/portal/connections/<int:pk>/"),
        views.portal_connection,
        name="portal_connection",
    ),
    path(
        _("employers/portal/connections/requests/<int:pk>/<str:action>/"),
        views.portal_request_action,
        name="portal_request_action",
    ),
    path(_("employers/portal/pool/"), views.pool, name="pool"),
    path(_("employers/portal/pool/<int:profile_id>/"), views.pool_packet, name="pool_packet"),
]
