"""Outcomes after each interview: the participant's (from « My path ») and the recruiter's (in the
employer portal, with a private note and structured feedback)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from employers import selectors as employer_selectors
from employers.views import recruiter_required
from home.links import safe_next

from . import selectors, services
from .agendas import short_name
from .choices import FeedbackTag, Outcome
from .models import Interview
from .scoring import ADVISORS_AND_ORGANISATION


class ParticipantOutcomeForm(forms.Form):
    outcome = forms.ChoiceField(
        label=gettext_lazy("After this interview, I wish to"),
        choices=Outcome.choices,
        widget=forms.RadioSelect,
    )


class OrganisationOutcomeForm(forms.Form):
    outcome = forms.ChoiceField(
        label=gettext_lazy("Outcome"), choices=Outcome.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=gettext_lazy("Private note (seen only by your organisation)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    feedback = forms.MultipleChoiceField(
        label=gettext_lazy("Feedback for the program (anonymous, optional)"),
        choices=FeedbackTag.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy(
            "The participant sees a kind of feedback only once three interviews or more gave it, "
            "never who gave it."
        ),
    )


def _started(interview: Interview) -> bool:
    matching = interview.event.matching
    if not matching.published_at:
        return False
    times = matching.slot_times()
    return interview.slot < len(times) and timezone.now() >= times[interview.slot][0]


@never_cache
@login_required
@require_POST
def participant_outcome(request: HttpRequest, interview_id: int) -> HttpResponse:
    interview = get_object_or_404(
        Interview.objects.select_related("event__matching", "organisation"),
        pk=interview_id,
        participant=request.user,
    )
    if not _started(interview):
        raise Http404
    form = ParticipantOutcomeForm(request.POST)
    if form.is_valid():
        services.record_participant_outcome(
            interview=interview, outcome=form.cleaned_data["outcome"]
        )
        messages.success(
            request,
            _("Your answer for %(organisation)s is saved.")
            % {"organisation": interview.organisation.name},
        )
    else:
        messages.error(request, _("Choose continue, maybe or no."))
    return redirect(safe_next(request, request.POST.get("next")) or "registration:my_path")


@recruiter_required
def organisation_interviews(request: HttpRequest, event_id: int) -> HttpResponse:
    organisation = request.recruiter.organisation
    event = employer_selectors.attended_event(organisation=organisation, event_id=event_id)
    if event is None:
        raise Http404
    forms_by_interview = {}
    if request.method == "POST":
        interview = get_object_or_404(
            Interview.objects.select_related("event__matching", "participant"),
            pk=request.POST.get("interview") or 0,
            organisation=organisation,
            event=event,
        )
        form = OrganisationOutcomeForm(request.POST, prefix=f"i{interview.pk}")
        if _started(interview) and form.is_valid():
            services.record_organisation_outcome(
                interview=interview,
                outcome=form.cleaned_data["outcome"],
                note=form.cleaned_data["note"],
                feedback=form.cleaned_data["feedback"],
            )
            messages.success(
                request,
                _("Outcome saved for %(name)s.") % {"name": short_name(interview.participant)},
            )
            return redirect("matching:organisation_interviews", event_id=event.pk)
        forms_by_interview[interview.pk] = form
        messages.error(request, _("The outcome was not saved: see the interview below."))
    agenda = selectors.organisation_agenda(organisation=organisation, event=event)
    _data, _tables, scores = (
        services.event_scores(event, slots=event.matching.slots) if agenda else ({}, {}, {})
    )
    rows = []
    for line in agenda:
        interview = line.interview
        form = forms_by_interview.get(interview.pk) or OrganisationOutcomeForm(
            prefix=f"i{interview.pk}",
            initial={
                "outcome": interview.organisation_outcome,
                "note": interview.organisation_note,
                "feedback": interview.feedback,
            },
        )
        score = scores.get((interview.participant_id, interview.organisation_id))
        rows.append(
            {
                "line": line,
                "form": form,
                "started": _started(interview),
                "parts": score.parts_for(ADVISORS_AND_ORGANISATION) if score else [],
            }
        )
    return render(
        request,
        "matching/portal/interviews.html",
        {"event": event, "organisation": organisation, "rows": rows},
    )
