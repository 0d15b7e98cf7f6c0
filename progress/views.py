"""A thin view: mark a module complete or not."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from home.links import safe_next
from training.models import ModulePage

from . import services
from .forms import ModuleCompletionForm

# The completion box's id on module pages: coming back to it keeps the progress bar and the
# "continue" button on screen instead of reloading at the top of a long module.
COMPLETION_ANCHOR = "module-completion"


def _at_completion_box(url: str) -> str:
    return url.split("#", 1)[0] + "#" + COMPLETION_ANCHOR


def module_completion(request: HttpRequest) -> HttpResponse:
    """Mark a module complete or not, then back to the page it was marked from (POST-redirect-GET)."""
    if request.method != "POST":
        # A bookmarked or shared address of the form's target: a page, not the browser's bare 405.
        response = TemplateResponse(request, "progress/completion_needs_a_post.html", status=405)
        response["Allow"] = "POST"
        return response
    form = ModuleCompletionForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(_("This request cannot be processed."))
    module = get_object_or_404(ModulePage.objects.live(), pk=form.cleaned_data["module_id"])
    next_url = _at_completion_box(safe_next(request, form.cleaned_data["next"], module.url))
    if not request.user.is_authenticated:
        return redirect_to_login(next_url)
    if form.cleaned_data["action"] == "complete":
        services.mark_module_complete(user=request.user, module=module)
        messages.success(request, _("Module marked complete: “%s”.") % module.title)
    else:
        services.mark_module_incomplete(user=request.user, module=module)
        messages.success(request, _("Module marked as not completed: “%s”.") % module.title)
    return redirect(next_url)
