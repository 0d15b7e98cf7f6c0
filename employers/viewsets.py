"""Staff's side of employers in the Wagtail admin: organisations, recruiters, openings,
invitations, join requests, employers at events and the packets each organisation opened.
Exports go through Wagtail's spreadsheet export, which ``home.exports`` hardens for all."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import CreateView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.button import MenuItem

from . import services
from .choices import ContentLanguage, JoinRequestStatus
from .models import (
    EmployerEventSettings,
    EventParticipation,
    Invitation,
    JoinRequest,
    Opening,
    Organisation,
    Recruiter,
)


class OrganisationViewSet(ModelViewSet):
    model = Organisation
    icon = "site"
    menu_label = _("Organisations")
    list_display = ["name", "sector", "size", "active", "created_at"]
    list_filter = ["active", "size", "sector"]
    search_fields = ["name", "contact_name"]
    list_export = [
        "name",
        "sector",
        "size",
        "website",
        "address",
        "contact_name",
        "contact_email",
        "contact_phone",
        "active",
        "created_at",
    ]
    export_filename = "organisations"
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = [
        "name",
        "sector",
        "size",
        "website",
        "description_fr",
        "description_en",
        "logo",
        "address",
        "contact_name",
        "contact_email",
        "contact_phone",
        "active",
    ]


class RecruiterForm(WagtailAdminModelForm):
    class Meta:
        model = Recruiter
        fields = ["organisation", "active"]

    def save(self, commit=True):
        recruiter = super().save(commit=False)
        if not recruiter.active and recruiter.deactivated_at is None:
            recruiter.deactivated_at = timezone.now()
        elif recruiter.active:
            recruiter.deactivated_at = None
        if commit:
            recruiter.save()
        return recruiter


class RecruiterViewSet(ModelViewSet):
    """Recruiters come from accepted invitations; staff change their organisation or
    deactivate them (untick "active": the portal closes at their next request)."""

    model = Recruiter
    icon = "user"
    menu_label = _("Recruiters")
    list_display = ["user", "organisation", "active", "created_at"]
    list_filter = ["active", "organisation"]
    search_fields = ["user__email", "user__last_name", "organisation__name"]
    list_export = ["user", "organisation", "active", "deactivated_at", "created_at"]
    export_filename = "recruteurs"
    inspect_view_enabled = True
    copy_view_enabled = False
    add_view_enabled = False
    form_fields = ["organisation", "active"]

    def get_form_class(self, for_update=False):
        return RecruiterForm


class OpeningViewSet(ModelViewSet):
    model = Opening
    icon = "doc-full"
    menu_label = _("Openings")
    list_display = ["title", "organisation", "positions", "work_mode", "published"]
    list_filter = ["published", "work_mode", "language", "organisation", "sector"]
    search_fields = ["title", "occupation", "key_skills"]
    list_export = [
        "title",
        "organisation",
        "language",
        "sector",
        "occupation",
        "key_skills",
        "french_level",
        "english_level",
        "positions",
        "location",
        "work_mode",
        "salary_min",
        "salary_max",
        "published",
    ]
    export_filename = "postes"
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["organisation", *list_export[2:], "title"]


class InvitationForm(WagtailAdminModelForm):
    language = forms.ChoiceField(label=_("Language of the e-mail"), choices=ContentLanguage.choices)

    class Meta:
        model = Invitation
        fields = ["organisation", "email"]

    def clean_email(self):
        from registration.models import Registration

        email = self.cleaned_data["email"]
        if Registration.objects.filter(user__email__iexact=email).exists():
            raise forms.ValidationError(services.PARTICIPANT_ACCOUNT)
        return email


class InvitationViewSet(ModelViewSet):
    """Invite a recruiter: "Add" sends the e-mail with a link that works once, for 7 days."""

    model = Invitation
    icon = "mail"
    menu_label = _("Invitations")
    list_display = ["email", "organisation", "created_at", "expires_at", "accepted_at"]
    list_filter = ["organisation"]
    list_export = ["email", "organisation", "created_at", "expires_at", "accepted_at"]
    export_filename = "invitations"
    copy_view_enabled = False
    edit_view_enabled = False
    form_fields = ["organisation", "email"]

    def get_form_class(self, for_update=False):
        return InvitationForm

    @property
    def add_view(self):
        return self.construct_view(InviteView, **self.get_add_view_kwargs())


class InviteView(CreateView):
    def save_instance(self):
        return services.invite(
            organisation=self.form.cleaned_data["organisation"],
            email=self.form.cleaned_data["email"],
            invited_by=self.request.user,
            language=self.form.cleaned_data["language"],
        )

    def get_success_message(self, instance):
        return _("Invitation sent to %(email)s.") % {"email": instance.email}


class JoinRequestIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status == JoinRequestStatus.PENDING:
            buttons.append(
                MenuItem(
                    _("Approve"),
                    url=reverse("join_requests:approve", args=[instance.pk]),
                    icon_name="check",
                    priority=5,
                )
            )
        return buttons


class JoinRequestViewSet(ModelViewSet):
    model = JoinRequest
    index_view_class = JoinRequestIndexView
    icon = "form"
    menu_label = _("Join requests")
    list_display = ["organisation_name", "contact_name", "status", "created_at"]
    list_filter = ["status", "sector", "language"]
    list_export = [
        "organisation_name",
        "sector",
        "website",
        "contact_name",
        "email",
        "phone",
        "message",
        "language",
        "status",
        "created_at",
        "handled_at",
    ]
    export_filename = "demandes-employeurs"
    inspect_view_enabled = True
    copy_view_enabled = False
    add_view_enabled = False
    form_fields = ["status"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("approve/<int:pk>/", self.approve_view, name="approve"),
        ]

    def approve_view(self, request, pk):
        if not request.user.has_perm("employers.change_joinrequest"):
            raise PermissionDenied
        join_request = get_object_or_404(JoinRequest, pk=pk)
        if request.method == "POST":
            try:
                organisation = services.approve_join_request(
                    join_request=join_request, by=request.user
                )
            except services.EmployersError as error:
                messages.error(request, str(error.message))
            else:
                messages.success(
                    request,
                    _("%(name)s is approved; its contact was invited by e-mail.")
                    % {"name": organisation.name},
                )
            return redirect(self.get_url_name("index"))
        return TemplateResponse(
            request,
            "employers/admin/approve.html",
            {
                "join_request": join_request,
                "pending": join_request.status == JoinRequestStatus.PENDING,
                "action": reverse(self.get_url_name("approve"), args=[pk]),
            },
        )


class EmployerEventSettingsViewSet(ModelViewSet):
    model = EmployerEventSettings
    icon = "date"
    menu_label = _("Employers at events")
    list_display = ["event", "open_to_employers", "marks_deadline"]
    form_fields = ["event", "open_to_employers", "marks_deadline"]
    copy_view_enabled = False


class EventParticipationViewSet(ModelViewSet):
    model = EventParticipation
    icon = "group"
    menu_label = _("Event participations")
    list_display = ["organisation", "event", "recruiters_count", "tables_count"]
    list_filter = ["event", "organisation"]
    list_export = ["organisation", "event", "recruiters_count", "tables_count", "created_at"]
    export_filename = "employeurs-evenements"
    form_fields = ["organisation", "event", "recruiters_count", "tables_count", "openings"]
    copy_view_enabled = False


class PacketViewViewSet(ModelViewSet):
    """Which packets each organisation opened (read-only)."""

    from profiles.models import PacketView as model  # noqa: N811

    icon = "view"
    menu_label = _("Packets opened")
    list_display = ["organisation", "viewer", "profile", "viewed_at"]
    list_filter = ["organisation"]
    list_export = ["organisation", "viewer", "profile", "viewed_at"]
    export_filename = "dossiers-consultes"
    add_view_enabled = False
    edit_view_enabled = False
    copy_view_enabled = False
    form_fields = []


class EmployersViewSetGroup(ModelViewSetGroup):
    menu_label = _("Employers")
    menu_icon = "site"
    menu_order = 260
    items = (
        OrganisationViewSet("organisations"),
        RecruiterViewSet("recruiters"),
        InvitationViewSet("invitations"),
        OpeningViewSet("openings"),
        JoinRequestViewSet("join_requests"),
        EventParticipationViewSet("event_participations"),
        EmployerEventSettingsViewSet("employer_event_settings"),
        PacketViewViewSet("packet_views"),
    )
