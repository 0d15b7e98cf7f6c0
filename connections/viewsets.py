"""Advisors' lists (read-only) of connections, requests and the hires awaiting their
confirmation, with filters and the shared spreadsheet export (``home.exports``)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from . import selectors
from .models import Connection, ConnectionRequest


def _registration_url(connection) -> str | None:
    registration = getattr(connection.participant, "registration", None)
    return reverse("registrations:inspect", args=[registration.pk]) if registration else None


class ReadOnlyViewSet(ModelViewSet):
    add_view_enabled = False
    edit_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = []


class ConnectionViewSet(ReadOnlyViewSet):
    model = Connection
    icon = "link"
    menu_label = _("Connections")
    list_display = [
        "participant",
        "organisation",
        "origin",
        "state",
        "contact_shared_at",
        "created_at",
    ]
    list_filter = ["state", "origin", "organisation"]
    search_fields = ["participant__last_name", "participant__email", "organisation__name"]
    list_export = [
        "participant",
        "organisation",
        "event",
        "origin",
        "state",
        "contact_shared_at",
        "employment_proposed_at",
        "employment_confirmed_at",
        "created_at",
        "updated_at",
    ]
    export_filename = "mises-en-relation"


class ConnectionRequestViewSet(ReadOnlyViewSet):
    model = ConnectionRequest
    icon = "mail"
    menu_label = _("Connection requests")
    list_display = [
        "participant",
        "organisation",
        "direction",
        "status",
        "created_at",
        "expires_at",
    ]
    list_filter = ["status", "direction", "organisation"]
    search_fields = ["participant__last_name", "participant__email", "organisation__name"]
    list_export = [
        "participant",
        "organisation",
        "direction",
        "opening",
        "status",
        "created_at",
        "expires_at",
        "answered_at",
    ]
    export_filename = "demandes-de-mise-en-relation"


class HiresIndexView(IndexView):
    def get_base_queryset(self):
        return selectors.pending_employment().select_related("participant", "organisation")


class HiresToConfirmViewSet(ReadOnlyViewSet):
    """Connections set to "hired": the advisor opens the registration and confirms."""

    model = Connection
    icon = "tick"
    menu_label = _("Hires to confirm")
    index_view_class = HiresIndexView
    inspect_view_enabled = False
    list_display = [
        TitleColumn(
            "participant",
            label=_("participant"),
            get_url=_registration_url,
        ),
        "organisation",
        "employment_proposed_at",
    ]
    list_filter = ["organisation"]
    list_export = ["participant", "organisation", "employment_proposed_at"]
    export_filename = "embauches-a-confirmer"


class ConnectionsViewSetGroup(ModelViewSetGroup):
    menu_label = _("Connections")
    menu_icon = "link"
    menu_order = 265
    items = (
        ConnectionViewSet("connection_records"),
        ConnectionRequestViewSet("connection_requests"),
        HiresToConfirmViewSet("connections_hires"),
    )
