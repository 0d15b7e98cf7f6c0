"""What connections adds to the others: a section of « My path », the packet audience of the
pool (profiles), the participant's data download and retention (registration), the advisors'
inspect panel and admin lists."""

from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail import hooks

from employers.access import portal_recruiter
from registration.my_path import MyPathSection
from registration.personal_data import serialize

from . import admin_views, selectors, services
from .choices import RequestStatus
from .models import Connection, ConnectionRequest, PoolConsent
from .viewsets import ConnectionsViewSetGroup


@hooks.register("profiles_packet_audiences")
def pool_audience(*, user, profile) -> bool:
    """A recruiter of an organisation that may search the pool, for a pool member; or of an
    organisation connected with, or asked by, the participant. Read on every request."""
    recruiter = portal_recruiter(user)
    if recruiter is None:
        return False
    return selectors.organisation_may_open(
        organisation_id=recruiter.organisation_id, participant_id=profile.user_id
    )


@hooks.register("employers_portal_nav_items")
def connections_portal_links(*, request):
    return [
        (reverse("connections:portal"), _("Connections and requests")),
        (reverse("connections:pool"), _("Search the pool")),
    ]


@hooks.register("registration_my_path_sections")
def connections_section(*, user, request) -> MyPathSection | None:
    attended = selectors.attended_recruitment_event(user=user)
    connections = selectors.participant_connections(user=user)
    # Read-only: a request past its date is not pending any more, whether or not the periodic
    # job has marked it expired yet (no UPDATE on every visit to « Mon parcours »).
    now = timezone.now()
    pending = [
        item
        for item in selectors.requests_of_participant(user=user)
        if item.status == RequestStatus.PENDING and item.expires_at > now
    ]
    if not (attended or connections or pending):
        return None
    return MyPathSection(
        template="connections/my_path_section.html",
        context={
            "connections": connections,
            "to_confirm": [c for c in connections if not c.contact_shared],
            "received": [item for item in pending if item.from_organisation],
            "consent": selectors.active_consent(user=user),
            "attended": attended,
        },
        order=50,
        step=3,
    )


@hooks.register("registration_personal_data")
def connections_personal_data(*, user):
    return {
        "connections": [
            {
                "organisation": connection.organisation.name,
                **serialize(
                    connection,
                    skip=("id", "participant", "organisation", "employment_confirmed_by"),
                ),
                "contact_views": [
                    serialize(view, skip=("id", "connection", "viewer"))
                    for view in connection.contact_views.all()
                ],
            }
            for connection in Connection.objects.filter(participant=user)
            .select_related("organisation", "event")
            .prefetch_related("contact_views")
        ],
        "connection_requests": [
            {
                "organisation": item.organisation.name,
                **serialize(
                    item, skip=("id", "participant", "organisation", "sent_by", "connection")
                ),
            }
            for item in ConnectionRequest.objects.filter(participant=user).select_related(
                "organisation", "opening"
            )
        ],
        "pool_consents": [
            serialize(consent, skip=("id", "participant"))
            for consent in PoolConsent.objects.filter(participant=user)
        ],
    }


@hooks.register("registration_anonymise")
def erase_connections_data(*, user):
    services.erase_participant(user=user)


@hooks.register("registration_inspect_panels")
def connections_panel(*, registration, request):
    return admin_views.connections_panel(registration=registration, request=request)


@hooks.register("register_admin_urls")
def register_connections_admin_urls():
    return [
        path(
            "connections/",
            include((admin_views.admin_urls(), "connections_admin"), namespace="connections_admin"),
        )
    ]


@hooks.register("register_admin_viewset")
def register_connections_viewsets():
    return ConnectionsViewSetGroup()


@hooks.register("periodic_jobs")
def expire_requests_job():
    import datetime

    from jobs.periodic import PeriodicJob

    return PeriodicJob(
        "expire_connection_requests", every=datetime.timedelta(minutes=5), arguments=("--quiet",)
    )
