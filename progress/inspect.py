"""The participant's progress in the advisors' inspect view of a registration.

The registration admin collects sections from the ``registration_inspect_panels`` hook; each
is called with the registration and the request and returns HTML.
"""

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from registration.models import Registration

from . import selectors


def participant_progress_panel(*, registration: Registration, request) -> SafeString:
    return render_to_string(
        "progress/admin/participant_progress_panel.html",
        {"progress": selectors.participant_progress(user=registration.user)},
        request=request,
    )
