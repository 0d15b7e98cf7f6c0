from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and content pages")

    def ready(self):
        from . import exports, synchronised, workflow_emails
        from .moderation import guard_translation_saves

        guard_translation_saves()
        synchronised.connect()
        # Before wagtail.admin's ready(): our e-mails take the place of Wagtail's.
        workflow_emails.connect()

        # Every admin spreadsheet, Wagtail's reports included, through one safe export path.
        exports.install()
