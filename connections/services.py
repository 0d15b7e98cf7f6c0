"""Changes of the connections app: connections (contact sharing, follow-up states, the advisor's
confirmation of a hire), the pool consent and connection requests. E-mails are sent once the
transaction commits, each in its recipient's language."""

import datetime
import logging
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from employers.models import Opening, Organisation, Recruiter
from home.emails import send_templated_email
from home.links import absolute_url
from registration.choices import PipelineStatus
from registration.models import Registration
from registration.selectors import preferred_language
from registration.services import move_registration

from . import selectors
from .choices import ConnectionOrigin, ConnectionState, Direction, RequestStatus, Side
from .models import Connection, ConnectionRequest, ContactView, PoolConsent, RecruiterLanguage

logger = logging.getLogger(__name__)

NOT_IN_POOL = _("This participant is no longer in the pool.")
NOT_ATTENDED = _("The pool opens to participants who attended a recruitment event.")
NO_CONSENT = _(
    "Agree to stay in the pool and share your packet first: organisations then see your packet."
)
ORGANISATION_NOT_IN_POOL = _("Your organisation may search the pool after a recruitment event.")
OPENING_CLOSED = _("This opening is no longer published.")
ALREADY_CONNECTED = _("You are already connected: see your connections.")
NOT_PENDING = _("This request was already answered, withdrawn or has expired.")
NOT_YOURS = _("Only the other side can answer this request.")


class ConnectionsError(Exception):
    def __init__(self, code: str, message):
        super().__init__(code)
        self.code = code
        self.message = message


def request_lifetime() -> datetime.timedelta:
    return datetime.timedelta(days=getattr(settings, "CONNECTION_REQUEST_DAYS", 14))


# --- Languages and e-mails -----------------------------------------------------------------------


def remember_recruiter_language(*, user, language: str) -> None:
    language = "en" if language == "en" else "fr"
    if not RecruiterLanguage.objects.filter(user=user, language=language).exists():
        RecruiterLanguage.objects.update_or_create(user=user, defaults={"language": language})


def recruiter_language(user) -> str:
    row = RecruiterLanguage.objects.filter(user=user).first()
    return row.language if row else settings.LANGUAGE_CODE


def _link(name: str, language: str, *args) -> str:
    with translation.override(language):
        return absolute_url(reverse(name, args=args))


def _send_safely(template: str, *, to: str, context: dict, language: str) -> None:
    try:
        send_templated_email(template, to=[to], context=context, language=language)
    except Exception as error:  # noqa: BLE001 - the change stands; the other side sees it online
        logger.warning("Connections e-mail %s not sent (%s)", template, type(error).__name__)


def _notify_participant(participant, template: str, context: dict) -> None:
    if not participant.is_active:
        return
    language = preferred_language(participant, default=settings.LANGUAGE_CODE)
    context = {**context, "link": _link("connections:mine", language), "to_participant": True}
    transaction.on_commit(
        partial(_send_safely, template, to=participant.email, context=context, language=language)
    )


def _notify_organisation(organisation: Organisation, template: str, context: dict) -> None:
    recruiters = Recruiter.objects.filter(
        organisation=organisation, active=True, user__is_active=True
    ).select_related("user")
    for recruiter in recruiters:
        language = recruiter_language(recruiter.user)
        message = {
            **context,
            "link": _link("connections:portal", language),
            "to_participant": False,
        }
        transaction.on_commit(
            partial(
                _send_safely, template, to=recruiter.user.email, context=message, language=language
            )
        )


def _notify_other_side(connection: Connection, side: str, template: str, context: dict) -> None:
    if side == Side.PARTICIPANT:
        _notify_organisation(connection.organisation, template, context)
    else:
        _notify_participant(connection.participant, template, context)


# --- Connections ---------------------------------------------------------------------------------


@transaction.atomic
def connect(participant, organisation, *, origin: str, event=None) -> Connection:
    """The pair's connection, created once: calling it again (a second mutual « continue », a
    request accepted twice) returns the existing one unchanged and sends nothing."""
    connection, created = Connection.objects.get_or_create(
        participant=participant,
        organisation=organisation,
        defaults={"origin": origin, "event": event},
    )
    if created and origin == ConnectionOrigin.INTERVIEW:
        # After a request, the participant has just accepted on the site; after an interview,
        # they learn here that both wished to continue, and are asked to confirm sharing.
        _notify_participant(
            participant, "connections/emails/connected", {"organisation": organisation}
        )
    return connection


def confirm_sharing(*, connection: Connection, participant) -> Connection:
    """The participant agrees to share their contact details with this organisation (again is
    harmless); the organisation's recruiters are told."""
    if connection.participant_id != participant.pk:
        raise ConnectionsError("not_yours", NOT_YOURS)
    with transaction.atomic():
        updated = Connection.objects.filter(
            pk=connection.pk, contact_shared_at__isnull=True
        ).update(contact_shared_at=timezone.now())
        connection.refresh_from_db()
        if updated:
            _notify_organisation(connection.organisation, "connections/emails/contact_shared", {})
    return connection


def log_contact_view(*, connection: Connection, viewer, side: str) -> ContactView:
    return ContactView.objects.create(connection=connection, viewer=viewer, side=side)


def set_state(*, connection: Connection, state: str, side: str) -> bool:
    """Either side updates the follow-up; the other is told. "Hired" proposes moving the
    registration to employed, which an advisor confirms. Returns whether anything changed."""
    if state not in ConnectionState.values:
        raise ValueError(state)
    with transaction.atomic():
        current = Connection.objects.select_for_update().get(pk=connection.pk)
        if current.state == state:
            return False
        current.state = state
        current.state_changed_by = side
        fields = ["state", "state_changed_by", "updated_at"]
        if state == ConnectionState.HIRED and current.employment_proposed_at is None:
            current.employment_proposed_at = timezone.now()
            fields.append("employment_proposed_at")
        current.save(update_fields=fields)
        _notify_other_side(
            current,
            side,
            "connections/emails/state_changed",
            {"connection": current, "organisation": current.organisation},
        )
    connection.refresh_from_db()
    return True


def confirm_employment(*, connection: Connection, by) -> bool:
    """The advisor's confirmation: the registration moves to employed (kept in its history)."""
    with transaction.atomic():
        current = Connection.objects.select_for_update().get(pk=connection.pk)
        if current.employment_proposed_at is None or current.employment_confirmed_at:
            return False
        registration = Registration.objects.filter(user_id=current.participant_id).first()
        if registration is not None:
            move_registration(registration=registration, to_status=PipelineStatus.EMPLOYED, by=by)
        current.employment_confirmed_at = timezone.now()
        current.employment_confirmed_by = by
        current.save(update_fields=["employment_confirmed_at", "employment_confirmed_by"])
    connection.refresh_from_db()
    return True


# --- Pool consent --------------------------------------------------------------------------------


def join_pool(*, user) -> PoolConsent:
    """Consent to stay in the pool (again is harmless: the current consent is kept)."""
    if not selectors.attended_recruitment_event(user=user):
        raise ConnectionsError("not_attended", NOT_ATTENDED)
    current = selectors.active_consent(user=user)
    if current is not None:
        return current
    try:
        with transaction.atomic():
            return PoolConsent.objects.create(participant=user)
    except IntegrityError:  # a double click: the other request created it
        return selectors.active_consent(user=user)


def leave_pool(*, user, now=None) -> int:
    """Withdraw the consent: the participant leaves the pool and their pending requests, both
    ways, are withdrawn at once. Returns the number of requests withdrawn."""
    now = now or timezone.now()
    with transaction.atomic():
        PoolConsent.objects.filter(participant=user, withdrawn_at__isnull=True).update(
            withdrawn_at=now
        )
        return ConnectionRequest.objects.filter(
            participant=user, status=RequestStatus.PENDING
        ).update(status=RequestStatus.WITHDRAWN, answered_at=now)


def erase_participant(*, user) -> None:
    """Retention: out of the pool, pending requests withdrawn, the messages and the contact
    views log erased. Connections stay, without contact details, for the outcome counts."""
    leave_pool(user=user)
    ConnectionRequest.objects.filter(participant=user).update(message="")
    ContactView.objects.filter(connection__participant=user).delete()
    Connection.objects.filter(participant=user).update(contact_shared_at=None)


# --- Requests ------------------------------------------------------------------------------------


def expire_due(*, now=None) -> int:
    """Mark pending requests past their date as expired: idempotent, safe to run often and
    from several machines (one UPDATE)."""
    now = now or timezone.now()
    return ConnectionRequest.objects.filter(
        status=RequestStatus.PENDING, expires_at__lte=now
    ).update(status=RequestStatus.EXPIRED, answered_at=now)


def _pending(*, participant, organisation) -> ConnectionRequest | None:
    return ConnectionRequest.objects.filter(
        participant=participant, organisation=organisation, status=RequestStatus.PENDING
    ).first()


def _create_request(
    *, participant, organisation, direction: str, sent_by, message: str, opening=None
) -> tuple[ConnectionRequest, bool]:
    expire_due()
    if Connection.objects.filter(participant=participant, organisation=organisation).exists():
        raise ConnectionsError("connected", ALREADY_CONNECTED)
    existing = _pending(participant=participant, organisation=organisation)
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            created = ConnectionRequest.objects.create(
                participant=participant,
                organisation=organisation,
                direction=direction,
                opening=opening,
                message=message.strip(),
                sent_by=sent_by,
                expires_at=timezone.now() + request_lifetime(),
            )
    except IntegrityError:  # the same request, sent at the same moment
        return _pending(participant=participant, organisation=organisation), False
    return created, True


def request_from_organisation(
    *, organisation: Organisation, participant, message: str, by
) -> ConnectionRequest:
    """An organisation asks a pool member to connect. Sending it again changes nothing."""
    if not selectors.may_search_pool(organisation):
        raise ConnectionsError("organisation", ORGANISATION_NOT_IN_POOL)
    if not selectors.in_pool(user=participant):
        raise ConnectionsError("not_in_pool", NOT_IN_POOL)
    with transaction.atomic():
        request, created = _create_request(
            participant=participant,
            organisation=organisation,
            direction=Direction.FROM_ORGANISATION,
            sent_by=by,
            message=message,
        )
        if created:
            _notify_participant(
                participant,
                "connections/emails/request_received",
                {"request": request, "organisation": organisation},
            )
    return request


def request_from_participant(*, participant, opening: Opening, message: str) -> ConnectionRequest:
    """A pool member asks an organisation about one of its published openings."""
    if not selectors.in_pool(user=participant):
        raise ConnectionsError("no_consent", NO_CONSENT)
    opening = selectors.pool_openings().filter(pk=opening.pk).first()
    if opening is None:
        raise ConnectionsError("opening", OPENING_CLOSED)
    with transaction.atomic():
        request, created = _create_request(
            participant=participant,
            organisation=opening.organisation,
            direction=Direction.FROM_PARTICIPANT,
            sent_by=participant,
            message=message,
            opening=opening,
        )
        if created:
            _notify_organisation(
                opening.organisation,
                "connections/emails/request_received",
                {"request": request, "organisation": opening.organisation, "opening": opening},
            )
    return request


def _receiver(request: ConnectionRequest) -> str:
    return Side.PARTICIPANT if request.from_organisation else Side.ORGANISATION


def _answer(request: ConnectionRequest, *, side: str, status: str) -> ConnectionRequest:
    """Move a pending request on, under a row lock: a second click finds it answered."""
    expire_due()
    with transaction.atomic():
        current = ConnectionRequest.objects.select_for_update().get(pk=request.pk)
        if current.status != RequestStatus.PENDING:
            raise ConnectionsError("not_pending", NOT_PENDING)
        receiving = side == _receiver(current)
        if status in (RequestStatus.ACCEPTED, RequestStatus.DECLINED) and not receiving:
            raise ConnectionsError("not_yours", NOT_YOURS)
        if status == RequestStatus.WITHDRAWN and receiving:
            raise ConnectionsError("not_yours", NOT_YOURS)
        left_pool = side == Side.ORGANISATION and not selectors.in_pool(user=current.participant)
        if status == RequestStatus.ACCEPTED and left_pool:
            # The participant left the pool since asking (their requests went with it, but a
            # stale page may still post).
            raise ConnectionsError("not_in_pool", NOT_IN_POOL)
        current.status = status
        current.answered_at = timezone.now()
        if status == RequestStatus.ACCEPTED:
            current.connection = connect(
                current.participant, current.organisation, origin=ConnectionOrigin.REQUEST
            )
        current.save(update_fields=["status", "answered_at", "connection"])
        if status in (RequestStatus.ACCEPTED, RequestStatus.DECLINED):
            context = {"request": current, "organisation": current.organisation}
            if side == Side.PARTICIPANT:
                _notify_organisation(
                    current.organisation, "connections/emails/request_answered", context
                )
            else:
                _notify_participant(
                    current.participant, "connections/emails/request_answered", context
                )
    request.refresh_from_db()
    return request


def accept(request: ConnectionRequest, *, side: str) -> ConnectionRequest:
    return _answer(request, side=side, status=RequestStatus.ACCEPTED)


def decline(request: ConnectionRequest, *, side: str) -> ConnectionRequest:
    return _answer(request, side=side, status=RequestStatus.DECLINED)


def withdraw(request: ConnectionRequest, *, side: str) -> ConnectionRequest:
    return _answer(request, side=side, status=RequestStatus.WITHDRAWN)
