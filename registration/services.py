"""Writes of the intake and the advisors' pipeline."""

import datetime
import logging
from collections.abc import Callable
from functools import partial

from allauth.account import app_settings as account_settings
from allauth.account.internal.stagekit import stash_login
from allauth.account.models import EmailAddress, Login
from allauth.account.stages import EmailVerificationStage, LoginStageController
from allauth.core import context
from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from home.emails import send_templated_email
from home.links import absolute_url

from .choices import Eligibility, PipelineStatus
from .eligibility import EligibilityResult
from .forms import IntakeForm
from .models import (
    AdvisorNote,
    IneligibleAttempt,
    IntakeSettings,
    Registration,
    RegistrationStatusChange,
    User,
)
from .selectors import preferred_language

logger = logging.getLogger(__name__)


class EmailAlreadyRegistered(Exception):
    pass


def register_participant(
    *,
    request: HttpRequest,
    form: IntakeForm,
    result: EligibilityResult,
    language: str,
    privacy_notice_version: str,
) -> Registration:
    """Create the account and its registration from a valid form, together or not at all.

    E-mails leave only once the transaction has committed, so a failure half-way sends none.
    """
    assert result.eligibility != Eligibility.NOT_ELIGIBLE
    answers = form.cleaned_data
    email = answers["email"]
    if User.objects.filter(email__iexact=email).exists():
        raise EmailAlreadyRegistered
    try:
        with transaction.atomic():
            user = User.objects.create_user(
                email=email,
                password=answers["password1"],
                first_name=answers["first_name"],
                last_name=answers["last_name"],
            )
            address = EmailAddress.objects.create(
                user=user, email=email, primary=True, verified=False
            )
            registration = form.save(commit=False)
            registration.user = user
            registration.eligibility = result.eligibility
            registration.consented_at = timezone.now()
            registration.consent_language = language
            registration.privacy_notice_version = privacy_notice_version
            registration.shares_profile_with_employers = answers["consent_sharing"]
            registration.save()
            form.save_m2m()
            RegistrationStatusChange.objects.create(
                registration=registration, from_status="", to_status=registration.status
            )
            transaction.on_commit(
                partial(
                    _send_safely,
                    partial(
                        send_verification_email,
                        request=request,
                        address=address,
                        language=preferred_language(user, default=language),
                    ),
                    registration_pk=registration.pk,
                )
            )
            transaction.on_commit(
                partial(
                    _send_safely,
                    partial(notify_staff_of_registration, registration=registration),
                    registration_pk=registration.pk,
                )
            )
    except IntegrityError:
        # A concurrent submission with the same e-mail won the race.
        if User.objects.filter(email__iexact=email).exists():
            raise EmailAlreadyRegistered from None
        raise
    return registration


def _send_safely(send: Callable[[], None], *, registration_pk: int) -> None:
    """The registration is saved already: a mail failure must not turn it into an error page.

    Only the registration number and the exception class are logged: SMTP error messages
    often quote the recipient's address.
    """
    try:
        send()
    except Exception as error:  # noqa: BLE001 - any mail failure, whatever the backend
        logger.warning(
            "E-mail for registration %s not sent (%s)", registration_pk, type(error).__name__
        )


def send_verification_email(*, request: HttpRequest, address: EmailAddress, language: str) -> None:
    # Runs after the request's transaction commits, outside allauth's request context.
    with context.request_context(request), translation.override(language):
        address.send_confirmation(request, signup=True)


def await_email_confirmation(*, request: HttpRequest, user: User) -> None:
    """Remember, in this browser's session, that ``user`` is waiting for their confirmation link.

    allauth then logs the person in when they open the link in the same browser within
    ``ACCOUNT_LOGIN_TIMEOUT``, as after its own sign-up; elsewhere or later they log in.
    """
    login = Login(
        user=user,
        email_verification=account_settings.EMAIL_VERIFICATION,
        signup=True,
        email=user.email,
        redirect_url=reverse("registration:my_path"),
    )
    controller = LoginStageController(request, login)
    # The stages before e-mail verification (login by code, phone) do not apply here: left
    # pending, allauth's login page would keep sending the browser to them.
    for stage in controller.get_stages():
        if stage.key == EmailVerificationStage.key:
            break
        controller.set_handled(stage.key)
    controller.set_current(EmailVerificationStage.key)
    stash_login(request, login)


def warn_account_owner_of_registration_attempt(*, email: str, language: str) -> None:
    """Someone sent the questionnaire with an address that has an account: tell its owner.

    The visitor sees the usual thank-you page; only the owner learns, in their own language,
    that the account exists, with links to log in and to reset the password.
    """
    user = User.objects.filter(email__iexact=email).select_related("registration").first()
    if user is None:
        return
    owner_language = preferred_language(user, default=language)

    def send() -> None:
        with translation.override(owner_language):
            login_url = absolute_url(reverse("account_login"))
            reset_url = absolute_url(reverse("account_reset_password"))
        send_templated_email(
            "registration/emails/registration_attempt",
            to=[user.email],
            context={"user": user, "login_url": login_url, "reset_url": reset_url},
            language=owner_language,
        )

    def send_safely() -> None:
        try:
            send()
        except Exception as error:  # noqa: BLE001 - any mail failure, whatever the backend
            logger.warning(
                "Registration attempt warning for account %s not sent (%s)",
                user.pk,
                type(error).__name__,
            )

    transaction.on_commit(send_safely)


def notify_staff_of_registration(*, registration: Registration) -> None:
    """Tell staff a registration arrived: a link to the admin, no personal information."""
    recipient = IntakeSettings.load().staff_notification_email
    if not recipient:
        return
    link = absolute_url(reverse("registrations:inspect", args=[registration.pk]))
    with translation.override(settings.LANGUAGE_CODE):
        send_mail(
            subject=_("New registration to Passerelle sectorielle"),
            message=_("A new registration is waiting in the admin:\n\n%(link)s\n") % {"link": link},
            from_email=None,
            recipient_list=[recipient],
        )


def record_ineligible_attempt(
    *, reason: str, language: str, today: datetime.date | None = None
) -> None:
    """Count a refused questionnaire anonymously: reason, language and month, nothing else."""
    month = (today or timezone.localdate()).replace(day=1)
    bucket, _created = IneligibleAttempt.objects.get_or_create(
        reason=reason, language=language, month=month
    )
    IneligibleAttempt.objects.filter(pk=bucket.pk).update(count=F("count") + 1)


def move_registration(
    *, registration: Registration, to_status: str, by: User | None
) -> RegistrationStatusChange | None:
    """Move a registration along the pipeline, keeping who moved it and when."""
    if to_status not in PipelineStatus.values:
        raise ValueError(to_status)
    with transaction.atomic():
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.status == to_status:
            return None
        change = RegistrationStatusChange.objects.create(
            registration=current, from_status=current.status, to_status=to_status, changed_by=by
        )
        Registration.objects.filter(pk=current.pk).update(status=to_status)
    registration.status = to_status
    return change


def add_advisor_note(*, registration: Registration, author: User | None, text: str) -> AdvisorNote:
    return AdvisorNote.objects.create(registration=registration, author=author, text=text.strip())


def delete_account(*, user: User) -> None:
    """Delete the account with everything that points at it (registration, answers, other apps'
    records such as module completions).

    Anonymous counts (ineligible attempts, aggregated reports) hold nothing that points to the
    account, so they stay as they are.
    """
    with transaction.atomic():
        user.delete()
