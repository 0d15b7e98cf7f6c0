"""The pages behind the e-mails' signed links: no login, one purpose per link.

A participant's click on an answer records it (GET, idempotent: the same click again changes
nothing) and shows the answer with a form to change it and the optional second step. A
tampered, expired or wrong-purpose link shows a clear page in the link's language and changes
nothing.
"""

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from . import services, tokens
from .choices import Answer
from .forms import AnswerForm, DetailsForm, EmployerFollowUpForm, as_yes_no, yes_no
from .models import Checkpoint, EmployerFollowUp, FollowUpSettings


def _refused(request, error: tokens.LinkError):
    expired = error.reason == "expired"
    return render(
        request,
        "outcomes/link_refused.html",
        {"expired": expired},
        status=410 if expired else 400,
    )


def _checkpoint(token: str, purpose: str) -> Checkpoint | tokens.LinkError:
    found = tokens.read(purpose, token, max_age_days=FollowUpSettings.load().link_valid_days)
    if isinstance(found, tokens.LinkError):
        return found
    checkpoint_id, participant_id = found
    checkpoint = (
        Checkpoint.objects.filter(pk=checkpoint_id, participant_id=participant_id)
        .select_related("participant", "sector")
        .first()
    )
    if checkpoint is None or not checkpoint.participant.is_active:
        # A deleted or deactivated account's links record nothing any more.
        return tokens.LinkError("invalid")
    return checkpoint


def _details_initial(checkpoint: Checkpoint) -> dict:
    return {
        "employer_type": checkpoint.employer_type,
        "sector": checkpoint.sector_id,
        "from_connection": as_yes_no(checkpoint.from_connection),
        "may_contact": as_yes_no(checkpoint.may_contact),
    }


def _checkpoint_page(request, checkpoint, *, token, answer_form=None, details_form=None, **extra):
    return render(
        request,
        "outcomes/checkpoint.html",
        {
            "checkpoint": checkpoint,
            "token": token,
            "answer_form": answer_form or AnswerForm(initial={"answer": checkpoint.answer}),
            "details_form": details_form or DetailsForm(initial=_details_initial(checkpoint)),
            **extra,
        },
    )


@never_cache
@require_http_methods(["GET", "HEAD"])
def answer(request, token: str, answer: str):
    """One click in the e-mail: the answer is recorded; the same click again changes nothing."""
    checkpoint = _checkpoint(token, tokens.CHECKPOINT_ANSWER)
    if isinstance(checkpoint, tokens.LinkError):
        return _refused(request, checkpoint)
    if answer not in Answer.values:
        return _refused(request, tokens.LinkError("invalid"))
    if request.method == "HEAD":
        # Mail scanners probe every link with HEAD: only a visit records the answer.
        return _checkpoint_page(request, checkpoint, token=token)
    services.record_answer(checkpoint=checkpoint, answer=answer)
    return _checkpoint_page(request, checkpoint, token=token, recorded=True)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def checkpoint(request, token: str):
    """The answer (to give or change) and the optional second step."""
    checkpoint = _checkpoint(token, tokens.CHECKPOINT_ANSWER)
    if isinstance(checkpoint, tokens.LinkError):
        return _refused(request, checkpoint)
    if request.method != "POST":
        return _checkpoint_page(request, checkpoint, token=token)
    if "answer" in request.POST:
        form = AnswerForm(request.POST)
        if not form.is_valid():
            return _checkpoint_page(request, checkpoint, token=token, answer_form=form)
        services.record_answer(checkpoint=checkpoint, answer=form.cleaned_data["answer"])
        return _checkpoint_page(request, checkpoint, token=token, recorded=True)
    form = DetailsForm(request.POST)
    if not form.is_valid():
        return _checkpoint_page(request, checkpoint, token=token, details_form=form)
    services.record_details(
        checkpoint=checkpoint,
        employer_type=form.cleaned_data["employer_type"],
        sector=form.cleaned_data["sector"],
        from_connection=yes_no(form.cleaned_data["from_connection"]),
        may_contact=yes_no(form.cleaned_data["may_contact"]),
    )
    return _checkpoint_page(request, checkpoint, token=token, details_saved=True)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token: str):
    """A confirmation button, so a link scanner opening the e-mail unsubscribes no one."""
    checkpoint = _checkpoint(token, tokens.UNSUBSCRIBE)
    if isinstance(checkpoint, tokens.LinkError):
        return _refused(request, checkpoint)
    done = checkpoint.unsubscribed_at is not None
    if request.method == "POST":
        services.unsubscribe(participant_id=checkpoint.participant_id)
        done = True
    return render(request, "outcomes/unsubscribe.html", {"done": done, "token": token})


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def employer_followup(request, token: str):
    found = tokens.read(
        tokens.EMPLOYER_FOLLOWUP, token, max_age_days=FollowUpSettings.load().link_valid_days
    )
    if isinstance(found, tokens.LinkError):
        return _refused(request, found)
    followup_id, organisation_id = found
    followup = (
        EmployerFollowUp.objects.filter(
            pk=followup_id, participation__organisation_id=organisation_id
        )
        .select_related("participation__organisation", "participation__event")
        .first()
    )
    if followup is None:
        return _refused(request, tokens.LinkError("invalid"))
    saved = False
    if request.method == "POST":
        form = EmployerFollowUpForm(request.POST)
        if form.is_valid():
            services.record_employer_answer(
                followup=followup,
                hires=form.cleaned_data["hires"],
                match_quality=form.cleaned_data["match_quality"],
                would_return=yes_no(form.cleaned_data["would_return"]),
            )
            saved = True
    else:
        form = EmployerFollowUpForm(
            initial={
                "hires": followup.hires,
                "match_quality": followup.match_quality,
                "would_return": as_yes_no(followup.would_return),
            }
        )
    return render(
        request,
        "outcomes/employer_followup.html",
        {"followup": followup, "form": form, "saved": saved, "title": _("After the event")},
    )
