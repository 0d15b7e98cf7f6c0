from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from .middleware import OWN_REPORTS, SITE_WIDE_REPORTS
from .models import PrivacyIncident
from .privilege import edits_the_whole_site, visible_documents, visible_pages


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


# --- Least privilege (#11 item 6) ----------------------------------------------------------------


@hooks.register("construct_page_chooser_queryset")
def limit_page_chooser(pages, request):
    return visible_pages(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def limit_explorer(parent_page, pages, request):
    return visible_pages(pages, request.user)


class LimitedDocumentsAdminAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        return visible_documents(super().get_queryset(), self.request.user)


class LimitedPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    def get_queryset(self):
        return visible_pages(super().get_queryset(), self.request.user)


@hooks.register("construct_admin_api", order=100)
def limit_admin_api(router):
    router.register_endpoint("pages", LimitedPagesAdminAPIViewSet)
    router.register_endpoint("documents", LimitedDocumentsAdminAPIViewSet)


@hooks.register("construct_reports_menu")
def hide_site_wide_reports(request, menu_items):
    if edits_the_whole_site(request.user):
        return
    menu_items[:] = [
        item
        for item in menu_items
        if not item.url.startswith(SITE_WIDE_REPORTS) or item.url.startswith(OWN_REPORTS)
    ]
