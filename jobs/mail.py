"""Every e-mail the site sends leaves through the worker.

``EMAIL_BACKEND = "jobs.mail.TaskEmailBackend"`` turns ``message.send()`` — ours
(``home.emails.send_templated_email``), allauth's, Django's ``send_mail``, Wagtail's — into a
``jobs.tasks.deliver_email`` task; the worker hands it to the real backend,
``EMAIL_DELIVERY_BACKEND`` (SMTP in production).

With the database task backend the task is a row written in the request's own transaction: a
rolled-back registration enqueues nothing, and the worker sees the task only once the data it
speaks of is committed (what ``transaction.on_commit`` would give, and atomic with the sender's
sent-at markers). A message may carry ``idempotency_key``: a key already delivered is never sent
again, whoever enqueues it.
"""

import base64
import uuid
from email.mime.base import MIMEBase

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.core.mail.backends.base import BaseEmailBackend


def _encode(content) -> dict:
    if isinstance(content, bytes):
        return {"b64": base64.b64encode(content).decode("ascii")}
    return {"text": content}


def _decode(data: dict):
    return base64.b64decode(data["b64"]) if "b64" in data else data["text"]


def serialise(message: EmailMessage) -> dict:
    """A message as JSON-safe data (the task's argument)."""
    attachments = []
    for attachment in message.attachments:
        if isinstance(attachment, MIMEBase):
            attachments.append({"mime": attachment.as_string()})
        else:
            filename, content, mimetype = attachment
            attachments.append({"filename": filename, "content": _encode(content), "mimetype": mimetype})
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {str(k): str(v) for k, v in message.extra_headers.items()},
        "alternatives": [
            {"content": _encode(content), "mimetype": mimetype}
            for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": attachments,
        "content_subtype": message.content_subtype,
    }


def deserialise(data: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    message.content_subtype = data.get("content_subtype", "plain")
    for alternative in data["alternatives"]:
        message.attach_alternative(_decode(alternative["content"]), alternative["mimetype"])
    for attachment in data["attachments"]:
        if "mime" in attachment:
            from email import message_from_string

            message.attach(message_from_string(attachment["mime"], _class=MIMEBase))
        else:
            message.attach(
                attachment["filename"], _decode(attachment["content"]), attachment["mimetype"]
            )
    return message


class TaskEmailBackend(BaseEmailBackend):
    """Enqueue each message as a task instead of sending it now."""

    def send_messages(self, email_messages) -> int:
        from .tasks import deliver_email

        count = 0
        for message in email_messages:
            if not message.recipients():
                continue
            key = getattr(message, "idempotency_key", None) or f"message:{uuid.uuid4()}"
            deliver_email.enqueue(key=key, message=serialise(message))
            count += 1
        return count
