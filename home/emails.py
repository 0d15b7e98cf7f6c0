"""The project's own e-mails: one template set per message, rendered in the recipient's language.

A message `app/emails/name` is three templates: `name_subject.txt` (one line), `name.txt` (plain
text) and, optionally, `name.html`. Context gets `base_url` for links.
"""

import re
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import Context, TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.utils import translation


def render_plain_text(template_name: str, context: dict) -> str:
    """A plain-text template rendered without HTML escaping: a subject or a body is not HTML, so
    « L'Oréal » or a participant's message arrive as typed, never as « L&#x27;Oréal »."""
    return get_template(template_name).template.render(Context(context, autoescape=False))


def render_templated_email(
    template_base: str, context: dict, language: str
) -> tuple[str, str, str | None]:
    """Subject, text and HTML (or None) of a message, rendered in `language`."""
    context = {"base_url": settings.BASE_URL.rstrip("/"), **context}
    with translation.override(language):
        # One line; no-break spaces (French typography) stay, unlike with str.split().
        subject = re.sub(
            r"[ \t\r\n]+", " ", render_plain_text(f"{template_base}_subject.txt", context)
        ).strip()
        text = render_plain_text(f"{template_base}.txt", context)
        try:
            html = render_to_string(f"{template_base}.html", context)
        except TemplateDoesNotExist:
            html = None
    return subject, text, html


def send_templated_email(
    template_base: str,
    *,
    to: Iterable[str],
    context: dict,
    language: str,
    headers: dict | None = None,
    idempotency_key: str = "",
) -> None:
    """Render a message in `language` and send it to `to` (each address sees only itself).

    Sending hands the message to the worker (``jobs.mail.TaskEmailBackend``). Give
    `idempotency_key` when the message stands for one thing that must reach the person once
    (an event reminder, say): a message with a key already delivered is never sent again."""
    subject, text, html = render_templated_email(template_base, context, language)
    for index, address in enumerate(to):
        message = EmailMultiAlternatives(subject, text, to=[address], headers=headers)
        if html:
            message.attach_alternative(html, "text/html")
        if idempotency_key:
            message.idempotency_key = f"{idempotency_key}:{index}"
        message.send()
