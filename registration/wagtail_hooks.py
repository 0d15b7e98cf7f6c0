from wagtail import hooks

from .viewsets import IntakeViewSetGroup


@hooks.register("register_admin_viewset")
def register_intake_viewsets():
    return IntakeViewSetGroup()

from registration.progress import wagtail_hooks as progress_hooks  # noqa: E402, F401
