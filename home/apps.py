from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and content pages")

    def ready(self):
        from . import exports, page_cache, synchronised, workflow_emails
        from .moderation import guard_translation_saves

        guard_translation_saves()
        synchronised.connect()
        # Before wagtail.admin's ready(): our e-mails take the place of Wagtail's.
        workflow_emails.connect()

        # Every admin spreadsheet, Wagtail's reports included, through one safe export path.
        exports.install()

        # Anonymous page cache (#18): purged when a page or the site identity changes.
        page_cache.connect()
        page_cache.purge_all_on_change(self.get_model("SiteIdentity"), self.get_model("FooterLink"))
