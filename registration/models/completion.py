from django.db import models
from django.utils.translation import gettext_lazy as _

from .accounts import User


class ModuleCompletion(models.Model):
    """A participant marked a training module complete, in whatever language they read it.

    The module is identified by its pages' shared ``translation_key``, so the French page and
    its English translation are one module here.
    """

    user = models.ForeignKey(
        User,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="module_completions",
    )
    module_key = models.UUIDField(verbose_name=_("module"), db_index=True)
    completed_at = models.DateTimeField(verbose_name=_("completed on"), auto_now_add=True)

    class Meta:
        verbose_name = _("module completion")
        verbose_name_plural = _("module completions")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "module_key"], name="module_completion_once_per_participant"
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.module_key}"
