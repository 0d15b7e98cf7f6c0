from wagtail import hooks

from registration.progress import wagtail_hooks as progress_hooks  # noqa: F401  (registers them)

from .viewsets import IntakeViewSetGroup


@hooks.register("register_admin_viewset")
def register_intake_viewsets():
    return IntakeViewSetGroup()
