"""A thin view: mark a module complete or not."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from training.models import ModulePage

from . import services
from .forms import ModuleCompletionForm


def _safe_next(request: HttpRequest, candidate: str | None, fallback: str) -> str:
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return fallback


@require_POST
def module_completion(request: HttpRequest) -> HttpResponse:
    """Mark a module complete or not, then back to the page it was marked from (POST-redirect-GET)."""
    form = ModuleCompletionForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(_("This request cannot be processed."))
    module = get_object_or_404(ModulePage.objects.live(), pk=form.cleaned_data["module_id"])
    next_url = _safe_next(request, form.cleaned_data["next"], module.url)
    if not request.user.is_authenticated:
        return redirect_to_login(next_url)
    if form.cleaned_data["action"] == "complete":
        services.mark_module_complete(user=request.user, module=module)
        messages.success(request, _("Module marked complete: “%s”.") % module.title)
    else:
        services.mark_module_incomplete(user=request.user, module=module)
        messages.success(request, _("Module marked as not completed: “%s”.") % module.title)
    return redirect(next_url)
