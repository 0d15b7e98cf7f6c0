"""The advisors' side of the intake, in the Wagtail admin."""

import django_filters
from django import forms
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db import models, transaction
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column, DateColumn, LocaleColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.coreutils import multigetattr
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize.components import TranslationComponentManager
from wagtail_localize.views.submit_translations import (
    SubmitSnippetTranslationView,
    SubmitTranslationView,
)

from .forms import INTAKE_FIELDS
from .models import IneligibleAttempt, PartnerOrganization, Registration
from .services import add_advisor_note, move_registration

# Where the registration stands, then the questionnaire's answers: what advisors read and export.
ADVISOR_FIELDS = ["status", "eligibility", *INTAKE_FIELDS, "shares_profile_with_employers"]


class NoAddPermissionPolicy(ModelPermissionPolicy):
    """Nobody, not even a superuser, adds these in the admin: they come from the questionnaire.

    Superusers pass every has_perm check, so the "add" action has to be refused here.
    """

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action != "add"]
        if not actions:
            return self.auth_model._default_manager.none()
        return super().users_with_any_permission(actions)


class RegistrationFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Registered on"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Registration
        fields = ["status", "eligibility", "sectors", "preferred_language"]


def readable_value(item, field_path: str):
    """What an advisor reads in a spreadsheet: choice labels and Yes/No, in the admin language."""
    if "." not in field_path:
        try:
            field = item._meta.get_field(field_path)
        except FieldDoesNotExist:
            field = None
        if field is not None and field.choices:
            return str(getattr(item, f"get_{field_path}_display")())
        if isinstance(field, models.BooleanField):
            value = getattr(item, field_path)
            return gettext("Yes") if value else gettext("No")
    return multigetattr(item, field_path)


class ReadableExportMixin:
    # Formulas, time zone and encoding are handled for every export by home.exports.
    def to_row_dict(self, item):
        return {field: readable_value(item, field) for field in self.list_export}


class RegistrationIndexView(ReadableExportMixin, generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user").prefetch_related("sectors")

    def to_row_dict(self, item):
        return {
            field: (
                ", ".join(sector.title for sector in item.sectors.all())
                if field == "sectors"
                else readable_value(item, field)
            )
            for field in self.list_export
        }


class IneligibleAttemptIndexView(ReadableExportMixin, generic.IndexView):
    pass


class RegistrationInspectView(generic.InspectView):
    extra_labels = {"name": _("Name"), "email": _("E-mail")}

    def get_field_label(self, field_name, field):
        if field_name in self.extra_labels:
            return self.extra_labels[field_name]
        return super().get_field_label(field_name, field)

    def get_name_display_value(self):
        return self.object.user.get_full_name()

    def get_field_display_value(self, field_name, field):
        # Wagtail shows a boolean as "True"/"False", in English whatever the admin language.
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, bool):
            return gettext("Yes") if value else gettext("No")
        return value

    def get_email_display_value(self):
        return self.object.user.email

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["status_changes"] = self.object.status_changes.select_related("changed_by")
        context["notes"] = self.object.notes.select_related("author")
        # Other apps add sections (e.g. training progress) with this hook; each returns HTML.
        context["extra_panels"] = [
            panel(registration=self.object, request=self.request)
            for panel in hooks.get_hooks("registration_inspect_panels")
        ]
        return context


class PipelineForm(WagtailAdminModelForm):
    """Move the registration along the pipeline and, optionally, leave a note."""

    note = forms.CharField(
        label=_("New note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What was said or agreed; visible to advisors only."),
    )

    class Meta:
        model = Registration
        fields = ["status"]


class RegistrationEditView(generic.EditView):
    def save_instance(self):
        registration = self.object
        user = self.request.user
        change = move_registration(
            registration=registration, to_status=self.form.cleaned_data["status"], by=user
        )
        note = self.form.cleaned_data["note"].strip()
        if note:
            add_advisor_note(registration=registration, author=user, text=note)
        registration.refresh_from_db()
        # The audit log outlives the account: it gets a number, not the person's name.
        log(
            instance=registration,
            action="wagtail.edit",
            content_changed=change is not None or bool(note),
            title=f"#{registration.pk}",
        )
        return registration


class RegistrationDeleteView(generic.DeleteView):
    def delete_action(self):
        # The audit log outlives the registration: it keeps the number, never the name.
        with transaction.atomic():
            log(instance=self.object, action="wagtail.delete", title=f"#{self.object.pk}")
            self.object.delete()


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "group"
    menu_label = _("Registrations")
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = RegistrationIndexView
    inspect_view_class = RegistrationInspectView
    edit_view_class = RegistrationEditView
    delete_view_class = RegistrationDeleteView
    search_fields = ["user__first_name", "user__last_name", "user__email", "field_of_experience"]
    search_backend_name = None
    list_display = [
        TitleColumn(
            "name",
            label=_("Name"),
            accessor="user.get_full_name",
            get_url=lambda registration: reverse("registrations:inspect", args=[registration.pk]),
        ),
        Column("email", label=_("E-mail"), accessor="user.email"),
        "status",
        "eligibility",
        "preferred_language",
        DateColumn("created_at", label=_("Registered on")),
    ]
    filterset_class = RegistrationFilterSet
    list_export = [
        "pk",
        "user.first_name",
        "user.last_name",
        "user.email",
        *ADVISOR_FIELDS,
        "created_at",
    ]
    export_headings = {
        "pk": _("Number"),
        "user.first_name": _("First name"),
        "user.last_name": _("Last name"),
        "user.email": _("E-mail"),
    }
    export_filename = "inscriptions"
    inspect_view_fields = [
        "name",
        "email",
        *ADVISOR_FIELDS,
        "consented_at",
        "consent_language",
        "privacy_notice_version",
        "created_at",
    ]
    inspect_template_name = "registration/admin/inspect.html"

    @property
    def permission_policy(self):
        return NoAddPermissionPolicy(self.model)

    def get_form_class(self, for_update=False):
        return PipelineForm


registration_viewset = RegistrationViewSet("registrations")


class IneligibleAttemptViewSet(ModelViewSet):
    """Anonymous counts of refused questionnaires, for reporting: read only."""

    model = IneligibleAttempt
    icon = "table"
    menu_label = _("Refused questionnaires")
    add_to_admin_menu = False
    copy_view_enabled = False
    list_display = ["month", "reason", "language", "count"]
    list_filter = ["reason", "language"]
    index_view_class = IneligibleAttemptIndexView
    list_export = ["month", "reason", "language", "count"]
    export_filename = "questionnaires-refuses"
    form_fields = []

    @property
    def permission_policy(self):
        return NoAddPermissionPolicy(self.model)


ineligible_attempt_viewset = IneligibleAttemptViewSet("refused_questionnaires")


class IntakeViewSetGroup(ModelViewSetGroup):
    menu_label = _("Participants")
    menu_icon = "group"
    menu_order = 250
    items = (registration_viewset, ineligible_attempt_viewset)


class PartnerOrganizationViewSet(SnippetViewSet):
    """Beside the intake settings: one version per language, translated with wagtail-localize."""

    model = PartnerOrganization
    icon = "group"
    menu_label = _("Partner employability organizations")
    add_to_settings_menu = True
    list_display = ["name", "position", "url", LocaleColumn()]


class SubmitPartnerOrganizationTranslationView(SubmitSnippetTranslationView):
    """wagtail-localize's "Translate" for partner organizations, for those who manage them.

    wagtail-localize asks for its own global permission, which advisors must not get (with it
    they could also sync page translations and publish them) and which editors hold without any
    right on partner organizations. Here the right to add partner organizations is what counts.
    """

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("registration.add_partnerorganization"):
            raise PermissionDenied
        self.object = self.get_object()
        self.components = TranslationComponentManager.from_request(
            request, source_object_instance=self.object
        )
        # Past wagtail-localize's own check, to the view's usual handling.
        return super(SubmitTranslationView, self).dispatch(request, *args, **kwargs)
