from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and content pages")

    def ready(self):
        from . import synchronised
        from .moderation import guard_translation_saves

        guard_translation_saves()
        synchronised.connect()
