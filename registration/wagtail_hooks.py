from wagtail import hooks

from .viewsets import registration_viewset


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return registration_viewset
