from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SiteIdentity


class SiteIdentityViewSet(SnippetViewSet):
    model = SiteIdentity
    icon = "site"
    menu_label = _("Site identity")
    add_to_settings_menu = True
    list_display = ["site_name", "contact_email", "locale"]


register_snippet(SiteIdentityViewSet)


# --- Publishing and moderation: translations parity (issue #9) --------------------------------
from django.urls import include, path, reverse  # noqa: E402
from wagtail import hooks  # noqa: E402
from wagtail.admin.menu import MenuItem  # noqa: E402
from wagtail.admin.ui.components import Component  # noqa: E402

from . import parity, reports  # noqa: E402


@hooks.register("register_admin_urls")
def register_parity_report_urls():
    return [
        path(
            "reports/translations-parity/",
            include((reports.admin_urls(), "parity_report"), namespace="parity_report"),
        )
    ]


class ParityMenuItem(MenuItem):
    def is_shown(self, request):
        return reports.may_see_parity(request.user)


@hooks.register("register_reports_menu_item")
def register_parity_report_menu_item():
    return ParityMenuItem(
        _("Translations parity"),
        reverse("parity_report:index"),
        icon_name="wagtail-localize-language",
        order=650,
    )


class ParityPanel(Component):
    """On staff dashboards: the translations behind their French page."""

    name = "translations_parity"
    template_name = "home/admin/parity_panel.html"
    order = 60

    def __init__(self, rows):
        self.rows = rows

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["rows"] = self.rows[:10]
        context["count"] = len(self.rows)
        context["report_url"] = reverse("parity_report:index") + "?state=" + parity.OUT_OF_DATE
        return context


@hooks.register("construct_homepage_panels")
def add_parity_panel(request, panels):
    if reports.may_see_parity(request.user):
        panels.append(ParityPanel(parity.all_parities(state=parity.OUT_OF_DATE)))


@hooks.register("construct_reports_menu")
def replace_wagtail_localize_translations_report(request, menu_items):
    """wagtail-localize's own report calls a stale translation "up to date" and a published
    one "waiting for translations"; Translations parity replaces it in the menu."""
    from wagtail_localize.wagtail_hooks import TranslationsReportMenuItem

    menu_items[:] = [
        item for item in menu_items if not isinstance(item, TranslationsReportMenuItem)
    ]
