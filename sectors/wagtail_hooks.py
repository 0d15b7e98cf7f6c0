from wagtail import hooks
from wagtail.admin.ui.components import Component

from .selectors import sectors_represented_by


class RepresentedSectorsPanel(Component):
    """On a representative's dashboard: the briefing pages they may edit."""

    name = "represented_sectors"
    template_name = "sectors/admin/represented_sectors_panel.html"
    order = 50

    def __init__(self, sector_pages):
        self.sector_pages = sector_pages

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["sector_pages"] = self.sector_pages
        return context


@hooks.register("construct_homepage_panels")
def add_represented_sectors_panel(request, panels):
    sector_pages = list(sectors_represented_by(user=request.user))
    if sector_pages:
        panels.insert(0, RepresentedSectorsPanel(sector_pages))
