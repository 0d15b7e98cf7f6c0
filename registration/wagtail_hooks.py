from wagtail import hooks

from .viewsets import IntakeViewSetGroup


@hooks.register("register_admin_viewset")
def register_intake_viewsets():
    return IntakeViewSetGroup()
