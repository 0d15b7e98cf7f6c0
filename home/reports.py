"""Reports › Translations parity: every French page × language, with its parity state."""

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page

from . import parity


def may_see_parity(user) -> bool:
    return user.is_superuser or user.has_perm("wagtail_localize.submit_translation")


class ParityFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("State"), choices=list(parity.STATE_LABELS.items()), method="keep"
    )
    language = django_filters.ChoiceFilter(label=_("Language"), choices=[], method="keep")

    class Meta:
        model = Page
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["language"].extra["choices"] = [
            (locale.language_code, locale.get_display_name())
            for locale in Locale.objects.exclude(pk=parity.source_locale().pk)
        ]
        self.form.fields["state"].widget = forms.Select(
            choices=[("", _("All"))] + list(parity.STATE_LABELS.items())
        )

    def keep(self, queryset, name, value):
        return queryset

    def filter_queryset(self, queryset):
        # The rows are computed, not a queryset: the view filters them itself.
        return queryset


class ParityReportView(ReportView):
    page_title = _("Translations parity")
    header_icon = "wagtail-localize-language"
    index_url_name = "parity_report:index"
    index_results_url_name = "parity_report:results"
    filterset_class = ParityFilterSet
    export_filename = "translations-parity"
    paginate_by = 100
    columns = [
        Column("title", label=_("French page")),
        Column("language", label=_("Language")),
        Column("state_label", label=_("State")),
        DateColumn("since", label=_("Out of date since")),
        Column("to_translate", label=_("Strings to translate")),
    ]
    list_export = ["title", "language", "state_label", "since", "to_translate"]
    export_headings = {column.name: column.label for column in columns}

    def dispatch(self, request, *args, **kwargs):
        if not may_see_parity(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return Page.objects.none()

    def get_filtered_queryset(self):
        data = self.filters.form.cleaned_data if self.filters and self.filters.is_valid() else {}
        return parity.all_parities(
            state=data.get("state") or "", language=data.get("language") or ""
        )


def admin_urls():
    return [
        path("", ParityReportView.as_view(), name="index"),
        path("results/", ParityReportView.as_view(results_only=True), name="results"),
    ]
