"""Writes of the employers app: invitations, recruiters, join requests, event sign-up, marks."""

import logging
from functools import partial

from allauth.account.models import EmailAddress
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from home.emails import send_templated_email
from home.links import absolute_url
from registration.models import Registration, User

from .choices import JoinRequestStatus
from .models import (
    INVITATION_DAYS,
    EventParticipation,
    Interest,
    InterestMark,
    Invitation,
    JoinRequest,
    Organisation,
    ParticipantInterest,
    Recruiter,
)

logger = logging.getLogger(__name__)
INVITATION_SALT = "employers.invitation"


class EmployersError(Exception):
    def __init__(self, code: str, message):
        super().__init__(code)
        self.code = code
        self.message = message


INVITATION_INVALID = _("This invitation link is not valid. Ask for a new one.")
INVITATION_EXPIRED = _("This invitation has expired. Ask your contact for a new one.")
INVITATION_USED = _("This invitation was already used. Sign in with your account instead.")
PARTICIPANT_ACCOUNT = _(
    "This e-mail address belongs to a participant's account: a person is either a participant "
    "or a recruiter. Use another address."
)
ALREADY_RECRUITER = _("This account already recruits for an organisation.")
DEADLINE_PASSED = _("The deadline for interest marks has passed: nothing was changed.")


# --- Invitations ---------------------------------------------------------------------------------


def invitation_token(invitation: Invitation) -> str:
    return signing.dumps(invitation.nonce, salt=INVITATION_SALT)


def invitation_link(invitation: Invitation, *, language: str) -> str:
    with translation.override(language):
        return absolute_url(reverse("employers:accept", args=[invitation_token(invitation)]))


def invite(
    *, organisation: Organisation, email: str, invited_by: User | None, language: str = "fr"
) -> Invitation:
    """Create an invitation and e-mail its link (after the transaction commits)."""
    email = email.strip()
    if Registration.objects.filter(user__email__iexact=email).exists():
        raise EmployersError("participant", PARTICIPANT_ACCOUNT)
    invitation = Invitation.objects.create(
        organisation=organisation, email=email, invited_by=invited_by
    )
    transaction.on_commit(partial(_send_invitation, invitation=invitation, language=language))
    return invitation


def _send_invitation(*, invitation: Invitation, language: str) -> None:
    try:
        send_templated_email(
            "employers/emails/invitation",
            to=[invitation.email],
            context={
                "organisation": invitation.organisation,
                "link": invitation_link(invitation, language=language),
                "days": INVITATION_DAYS,
            },
            language=language,
        )
    except Exception as error:  # noqa: BLE001 - the invitation exists; staff may send it again
        logger.warning("Invitation %s not sent (%s)", invitation.pk, type(error).__name__)


def invitation_from_token(token: str, *, now=None) -> Invitation:
    """The invitation a link points to, or EmployersError (tampered, expired, used)."""
    now = now or timezone.now()
    try:
        nonce = signing.loads(token, salt=INVITATION_SALT)
    except signing.BadSignature:
        raise EmployersError("invalid", INVITATION_INVALID) from None
    invitation = Invitation.objects.select_related("organisation").filter(nonce=str(nonce)).first()
    if invitation is None or not invitation.organisation.active:
        raise EmployersError("invalid", INVITATION_INVALID)
    if invitation.accepted_at is not None:
        raise EmployersError("used", INVITATION_USED)
    if invitation.expires_at <= now:
        raise EmployersError("expired", INVITATION_EXPIRED)
    return invitation


@transaction.atomic
def accept_invitation(
    *, token: str, password: str, first_name: str = "", last_name: str = "", now=None
) -> User:
    """Create (or attach) the recruiter's account, its e-mail verified by the link itself."""
    invitation = invitation_from_token(token, now=now)
    # Lock the row: two clicks at once use the invitation once.
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at is not None:
        raise EmployersError("used", INVITATION_USED)
    user = User.objects.filter(email__iexact=invitation.email).first()
    if user is None:
        user = User.objects.create_user(
            email=invitation.email, password=password, first_name=first_name, last_name=last_name
        )
    else:
        if Registration.objects.filter(user=user).exists():
            raise EmployersError("participant", PARTICIPANT_ACCOUNT)
        if Recruiter.objects.filter(user=user).exists():
            raise EmployersError("recruiter", ALREADY_RECRUITER)
        user.set_password(password)
        user.first_name = first_name or user.first_name
        user.last_name = last_name or user.last_name
        user.save()
    make_recruiter(user=user, organisation=invitation.organisation)
    address, _created = EmailAddress.objects.get_or_create(
        user=user, email=user.email.lower(), defaults={"verified": True, "primary": True}
    )
    if not address.verified:
        address.verified = True
        address.save(update_fields=["verified"])
    invitation.accepted_at = now or timezone.now()
    invitation.save(update_fields=["accepted_at"])
    return user


def make_recruiter(*, user: User, organisation: Organisation) -> Recruiter:
    """A person is either a participant or a recruiter, never both."""
    if Registration.objects.filter(user=user).exists():
        raise EmployersError("participant", PARTICIPANT_ACCOUNT)
    if Recruiter.objects.filter(user=user).exists():
        raise EmployersError("recruiter", ALREADY_RECRUITER)
    return Recruiter.objects.create(user=user, organisation=organisation)


def deactivate(*, recruiter: Recruiter) -> None:
    """The recruiter sees nothing from the next request on (every portal request re-reads it)."""
    Recruiter.objects.filter(pk=recruiter.pk).update(active=False, deactivated_at=timezone.now())
    recruiter.active = False


# --- Join requests -------------------------------------------------------------------------------


def submit_join_request(join_request: JoinRequest, *, language: str) -> JoinRequest:
    """Save a request from the public page, once: the same organisation and address still
    pending (a double click, the form sent again) is the request already received."""
    pending = JoinRequest.objects.filter(
        status=JoinRequestStatus.PENDING,
        email__iexact=join_request.email,
        organisation_name__iexact=join_request.organisation_name.strip(),
    ).first()
    if pending:
        return pending
    join_request.language = language
    join_request.save()
    return join_request


@transaction.atomic
def approve_join_request(*, join_request: JoinRequest, by: User | None) -> Organisation:
    join_request = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
    if join_request.status != JoinRequestStatus.PENDING:
        raise EmployersError("handled", _("This request was already handled."))
    organisation = Organisation.objects.create(
        name=join_request.organisation_name,
        sector=join_request.sector,
        website=join_request.website,
        contact_name=join_request.contact_name,
        contact_email=join_request.email,
        contact_phone=join_request.phone,
    )
    invite(
        organisation=organisation,
        email=join_request.email,
        invited_by=by,
        language=join_request.language,
    )
    join_request.status = JoinRequestStatus.APPROVED
    join_request.organisation = organisation
    join_request.handled_by = by
    join_request.handled_at = timezone.now()
    join_request.save()
    return organisation


# --- Events and marks ----------------------------------------------------------------------------


def sign_up_for_event(
    *, organisation: Organisation, event, recruiters_count: int, tables_count: int, openings
) -> EventParticipation:
    participation, _created = EventParticipation.objects.update_or_create(
        organisation=organisation,
        event=event,
        defaults={"recruiters_count": recruiters_count, "tables_count": tables_count},
    )
    participation.openings.set([o for o in openings if o.organisation_id == organisation.pk])
    return participation


def _check_deadline(event, now) -> None:
    from .selectors import marks_open

    if not marks_open(event, now=now):
        raise EmployersError("deadline", DEADLINE_PASSED)


def mark_participant(
    *, organisation, event, participant, level: str, note: str, by: User, now=None
) -> InterestMark:
    _check_deadline(event, now or timezone.now())
    mark, _created = InterestMark.objects.update_or_create(
        organisation=organisation,
        event=event,
        participant=participant,
        defaults={"level": level, "note": note.strip(), "marked_by": by},
    )
    return mark


def mark_organisation(*, participant, organisation, event, level: str, now=None):
    _check_deadline(event, now or timezone.now())
    if level not in Interest.values:
        raise EmployersError("invalid", _("Choose an interest."))
    interest, _created = ParticipantInterest.objects.update_or_create(
        participant=participant, organisation=organisation, event=event, defaults={"level": level}
    )
    return interest
