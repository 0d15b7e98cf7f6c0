"""`{% load events_tags %}`: an event's schema.org JSON-LD and its date line."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import _json_script_escapes, format_html
from django.utils.safestring import mark_safe

from home.links import absolute_url

register = template.Library()


def event_schema(event) -> dict:
    """schema.org/Event, without anything private (no meeting link, no attendee)."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "startDate": event.local_start.isoformat(),
        "endDate": event.local_end.isoformat(),
        "eventStatus": "https://schema.org/EventCancelled"
        if event.is_cancelled
        else "https://schema.org/EventScheduled",
        "inLanguage": event.locale.language_code,
        "isAccessibleForFree": True,
        "offers": {
            "@type": "Offer",
            "price": "0",
            "priceCurrency": "CAD",
            "url": absolute_url(event.url or ""),
        },
        "organizer": {
            "@type": "Organization",
            "name": "Chambre de commerce du Montréal métropolitain",
            "url": "https://www.ccmm.ca/",
        },
        "url": absolute_url(event.url or ""),
    }
    if event.summary:
        data["description"] = event.summary
    if event.is_online:
        data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
        # The link is for confirmed participants only: the page stands for the place.
        data["location"] = {"@type": "VirtualLocation", "url": absolute_url(event.url or "")}
    else:
        data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
        data["location"] = {
            "@type": "Place",
            "name": event.venue or event.address,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": event.address,
                "addressLocality": "Montréal",
                "addressRegion": "QC",
                "addressCountry": "CA",
            },
        }
    return data


@register.simple_tag
def event_json_ld(event):
    text = json.dumps(event_schema(event), cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(_json_script_escapes)),  # noqa: S308 - escaped like json_script
    )


@register.simple_tag(takes_context=True)
def event_page_panels(context, page):
    """HTML the apps above this one add to an event page (``events_page_panels`` hook, called
    with ``page`` and ``request``; the employers app lists the employers attending)."""
    from wagtail import hooks

    request = context.get("request")
    return mark_safe(  # noqa: S308 - each hook returns HTML rendered from its own templates
        "".join(
            str(panel(page=page, request=request) or "")
            for panel in hooks.get_hooks("events_page_panels")
        )
    )
