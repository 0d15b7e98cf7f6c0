from django import template
from django.utils.safestring import SafeString

from registration.my_path import MyPathSection

register = template.Library()


@register.simple_tag(takes_context=True)
def my_path_section(context, section: MyPathSection) -> SafeString:
    """Render a section another app added to « My path », with the page's context and its own."""
    section_template = context.template.engine.get_template(section.template)
    with context.push(section.context):
        return section_template.render(context)
