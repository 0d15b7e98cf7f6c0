"""Writes: marking modules complete or not."""

from django.db import IntegrityError, transaction

from registration.models import User
from training.models import ModulePage

from .models import ModuleCompletion


def mark_module_complete(*, user: User, module: ModulePage) -> ModuleCompletion:
    """Record that ``user`` completed ``module`` in every language; doing it again is harmless."""
    try:
        with transaction.atomic():
            completion, _created = ModuleCompletion.objects.get_or_create(
                user=user, module_key=module.translation_key
            )
    except IntegrityError:
        # Two identical requests raced past get_or_create's lookup; the other one won.
        completion = ModuleCompletion.objects.get(user=user, module_key=module.translation_key)
    return completion


def mark_module_incomplete(*, user: User, module: ModulePage) -> None:
    ModuleCompletion.objects.filter(user=user, module_key=module.translation_key).delete()
