from django.contrib.admin.utils import quote
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet

from . import reports
from .models import PartnerOrganization
from .viewsets import (
    IntakeViewSetGroup,
    PartnerOrganizationViewSet,
    SubmitPartnerOrganizationTranslationView,
)


@hooks.register("register_admin_viewset")
def register_intake_viewsets():
    return IntakeViewSetGroup()


register_snippet(PartnerOrganizationViewSet)


@hooks.register("register_admin_urls")
def register_report_urls():
    # Under reports/progress/ like the progress reports it was first listed with: advisors'
    # bookmarks keep working.
    return [
        path(
            "reports/progress/",
            include(
                (reports.admin_urls(), "registration_reports"), namespace="registration_reports"
            ),
        )
    ]


@hooks.register("register_reports_menu_item")
def register_pipeline_funnel_report_menu_item():
    return reports.menu_item()


# Same address as wagtail-localize's "Translate" for any snippet, which it replaces for partner
# organizations: hooks of a lower order are listed, and their URLs matched, first.
@hooks.register("register_admin_urls", order=-1)
def register_partner_organization_translation_url():
    return [
        path(
            "localize/submit/snippet/registration/partnerorganization/<str:pk>/",
            SubmitPartnerOrganizationTranslationView.as_view(),
            {"app_label": "registration", "model_name": "partnerorganization"},
            name="submit_partner_organization_translation",
        )
    ]


@hooks.register("register_snippet_listing_buttons")
def partner_organization_translate_button(snippet, user, next_url=None):
    """Advisors' "Translate" button; wagtail-localize shows its own to those it lets translate."""
    if (
        not isinstance(snippet, PartnerOrganization)
        or user.has_perm("wagtail_localize.submit_translation")
        or not user.has_perm("registration.add_partnerorganization")
    ):
        return []
    translated = snippet.get_translations(inclusive=True).values_list("locale_id", flat=True)
    if not Locale.objects.exclude(pk__in=translated).exists():
        return []
    return [
        ListingButton(
            _("Translate"),
            reverse("submit_partner_organization_translation", args=[quote(snippet.pk)]),
            icon_name="wagtail-localize-language",
            priority=100,
        )
    ]


# --- Background jobs (#19): retention once a day, at 03:15 local time ---
@hooks.register("periodic_jobs")
def retention_job():
    import datetime

    from jobs.periodic import PeriodicJob

    return PeriodicJob("apply_retention", daily_at=datetime.time(3, 15))
