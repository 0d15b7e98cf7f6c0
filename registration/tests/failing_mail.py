"""An e-mail backend whose server refuses every recipient, quoting the address like SMTP does."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend


class RefusingEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        recipients = [address for message in email_messages for address in message.recipients()]
        raise smtplib.SMTPRecipientsRefused(
            {address: (550, f"<{address}> mailbox unavailable".encode()) for address in recipients}
        )
