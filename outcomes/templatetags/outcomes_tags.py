"""``{% public_figures %}``: the aggregate figures staff chose to publish (Settings › Follow-up
and impact), in the page's language, on the home page and the Employers page."""

from django import template

from outcomes.selectors import public_figures as selected_figures

register = template.Library()


@register.inclusion_tag("outcomes/public_figures.html", takes_context=True)
def public_figures(context):
    return {"figures": selected_figures(context.get("request"))}
