"""Thin views behind RegistrationPage's routes: validate, call a service, redirect."""

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
from .services import EmailAlreadyRegistered, record_ineligible_attempt, register_participant

OUTCOME_SESSION_KEY = "registration_outcome"
# The refusal reason is derived from personal answers: it stays in the session, never in a URL.
REFUSAL_SESSION_KEY = "registration_refusal_reason"


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
        form = IntakeForm(locale=page.locale, initial={"preferred_language": language})
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
        return redirect(page.url + page.reverse_subpage("not_eligible"))

    already_registered = False
    if form.is_valid():
        try:
            register_participant(
                request=request,
                form=form,
                result=result,
                language=language,
                privacy_notice_version=page.privacy_notice_version,
            )
        except EmailAlreadyRegistered:
            already_registered = True
            form.add_error(
                "email",
                ValidationError(
                    _("An account already exists with this e-mail address."),
                    code="already_registered",
                ),
            )
        else:
            request.session[OUTCOME_SESSION_KEY] = result.eligibility.value
            return redirect(page.url + page.reverse_subpage("thanks"))
    return _render(
        request,
        page,
        "registration/registration_page.html",
        form=form,
        already_registered=already_registered,
    )


def thanks(request: HttpRequest, *, page) -> HttpResponse:
    return _render(
        request,
        page,
        "registration/thanks.html",
        outcome=request.session.get(OUTCOME_SESSION_KEY),
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
        organizations=partner_organizations(language=page.locale.language_code),
    )
