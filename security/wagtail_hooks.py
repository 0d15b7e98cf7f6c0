from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from .models import PrivacyIncident


class PrivacyIncidentCreateView(CreateView):
    def save_instance(self):
        instance = self.form.save(commit=False)
        instance.recorded_by = self.request.user
        instance.save()
        return instance


class PrivacyIncidentViewSet(SnippetViewSet):
    """Settings › Privacy incident register: only those given its permissions see it."""

    model = PrivacyIncident
    icon = "warning"
    menu_label = _("Privacy incident register")
    add_to_settings_menu = True
    add_view_class = PrivacyIncidentCreateView
    copy_view_enabled = False
    list_display = ["occurred_on", "description", "people_affected", "serious_risk", "recorded_at"]
    list_filter = ["serious_risk"]
    list_export = [
        "occurred_on",
        "discovered_on",
        "description",
        "people_affected",
        "people_affected_description",
        "serious_risk",
        "actions",
        "recorded_at",
    ]
    export_filename = "registre-incidents"


register_snippet(PrivacyIncidentViewSet)
