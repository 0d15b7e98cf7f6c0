from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutcomesConfig(AppConfig):
    name = "outcomes"
    verbose_name = _("Outcomes")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from home.page_cache import purge_all_on_change

        from .models import FollowUpSettings

        # The public figures on the home and Employers pages follow staff's choice at once.
        purge_all_on_change(FollowUpSettings)
