"""Thin views behind RegistrationPage's routes: validate, call a service, redirect."""

import time

from allauth.core import ratelimit
from django.forms import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters

from .choices import Eligibility, Reason
from .eligibility import assess_eligibility
from .forms import IntakeForm
from .selectors import partner_organizations
from .services import (
    EmailAlreadyRegistered,
    await_email_confirmation,
    record_ineligible_attempt,
    register_participant,
    warn_account_owner_of_registration_attempt,
)

OUTCOME_SESSION_KEY = "registration_outcome"
# The refusal reason is derived from personal answers: it stays in the session, never in a URL.
REFUSAL_SESSION_KEY = "registration_refusal_reason"
# The address the thank-you page names, and how a repeated submission is told from someone else
# trying an address that already has an account.
EMAIL_SESSION_KEY = "registration_email"
# The answers of a refused or invalid submission (never the passwords), so that every way back
# to the form finds them again; forgotten after an hour or once the registration is saved.
ANSWERS_SESSION_KEY = "registration_answers"
ANSWERS_KEPT_SECONDS = 60 * 60
NOT_KEPT = {"csrfmiddlewaretoken", "password1", "password2", "website"}


def _keep_answers(request: HttpRequest) -> None:
    answers = {
        name: values for name, values in request.POST.lists() if name not in NOT_KEPT and values
    }
    request.session[ANSWERS_SESSION_KEY] = {"at": time.time(), "answers": answers}


def _kept_answers(request: HttpRequest) -> dict:
    """The kept answers as a form's initial values (lists only for the multiple choices)."""
    kept = request.session.get(ANSWERS_SESSION_KEY)
    if not isinstance(kept, dict) or time.time() - kept.get("at", 0) > ANSWERS_KEPT_SECONDS:
        request.session.pop(ANSWERS_SESSION_KEY, None)
        return {}
    return {
        name: values if name == "sectors" else values[0]
        for name, values in kept.get("answers", {}).items()
    }


def _private(response: HttpResponse) -> HttpResponse:
    """Pages that carry answers or an outcome must never be kept by a cache."""
    add_never_cache_headers(response)
    return response


def _render(request, page, template, **context) -> HttpResponse:
    context = {"page": page, "self": page, "request": request, **context}
    response = TemplateResponse(request, template, context)
    return _private(response.render())


@sensitive_post_parameters()
def questionnaire(request: HttpRequest, *, page) -> HttpResponse:
    language = page.locale.language_code
    if request.method != "POST":
        initial = {"preferred_language": language, **_kept_answers(request)}
        form = IntakeForm(locale=page.locale, initial=initial)
        return _render(request, page, "registration/registration_page.html", form=form)

    form = IntakeForm(request.POST, locale=page.locale)
    if form.is_bot:
        # Bots are shown the same thank-you as people, and nothing is saved.
        return redirect(page.url + page.reverse_subpage("thanks"))

    answers = form.eligibility_answers()
    result = assess_eligibility(**answers) if answers is not None else None
    refused = result is not None and result.eligibility == Eligibility.NOT_ELIGIBLE
    # Only submissions that write something use up the limit: correcting mistakes does not.
    if (refused or form.is_valid()) and not ratelimit.consume(request, action="signup"):
        form.add_error(
            None,
            ValidationError(
                _(
                    "Too many registrations were sent from your connection. Your answers are "
                    "kept below: please wait a few minutes, then send the form again."
                ),
                code="rate_limited",
            ),
        )
        response = _render(request, page, "registration/registration_page.html", form=form)
        response.status_code = 429
        return response

    if refused:
        record_ineligible_attempt(reason=result.reason, language=language)
        request.session[REFUSAL_SESSION_KEY] = str(result.reason)
        _keep_answers(request)
        return redirect(page.url + page.reverse_subpage("not_eligible"))

    if not form.is_valid():
        _keep_answers(request)
        return _render(request, page, "registration/registration_page.html", form=form)

    # Whether the address is new, was just registered from this browser (a double tap, a second
    # Enter) or belongs to someone else's account, the visitor sees the same thank-you page:
    # nothing on screen tells whether an account exists. The owner is told by e-mail instead.
    email = form.cleaned_data["email"]
    try:
        registration = register_participant(
            request=request,
            form=form,
            result=result,
            language=language,
            privacy_notice_version=page.privacy_notice_version,
        )
    except EmailAlreadyRegistered:
        repeated = (request.session.get(EMAIL_SESSION_KEY) or "").lower() == email.lower()
        if not repeated:
            warn_account_owner_of_registration_attempt(email=email, language=language)
    else:
        await_email_confirmation(request=request, user=registration.user)
    request.session.pop(ANSWERS_SESSION_KEY, None)
    request.session[OUTCOME_SESSION_KEY] = result.eligibility.value
    request.session[EMAIL_SESSION_KEY] = email
    return redirect(page.url + page.reverse_subpage("thanks"))


def thanks(request: HttpRequest, *, page) -> HttpResponse:
    return _render(
        request,
        page,
        "registration/thanks.html",
        outcome=request.session.get(OUTCOME_SESSION_KEY),
        email=request.session.get(EMAIL_SESSION_KEY),
        subpage_route="thanks",
    )


def not_eligible(request: HttpRequest, *, page) -> HttpResponse:
    # Kept in the session (not popped) so that reloading the explanation still works.
    reason = request.session.get(REFUSAL_SESSION_KEY)
    if reason not in {Reason.BORN_IN_CANADA, Reason.OFF_ISLAND}:
        return redirect(page.url)
    return _render(
        request,
        page,
        "registration/not_eligible.html",
        reason=reason,
        subpage_route="not_eligible",
        organizations=partner_organizations(language=page.locale.language_code),
    )
