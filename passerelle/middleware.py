"""Development helpers."""

from django.conf import settings
from django.http import Http404
from django.views.defaults import page_not_found


class SiteNotFoundPageInDebug:
    """With DEBUG on, a missing page gets the site's own translated 404 page, as in production.

    Django shows its English technical page instead, which is not what a person trying the site
    with `make run` should judge. `DEBUG_TECHNICAL_404=1` brings the technical page back.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if settings.DEBUG and isinstance(exception, Http404):
            return page_not_found(request, exception)
        return None


class InstanceHeaderMiddleware:
    """``X-Instance: <INSTANCE_NAME>`` on every answer: which app instance answered, behind the
    load balancer (set per instance in production settings; the cluster test logs it)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.name = settings.INSTANCE_NAME

    def __call__(self, request):
        response = self.get_response(request)
        response["X-Instance"] = self.name
        return response
