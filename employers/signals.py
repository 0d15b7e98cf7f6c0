"""A person is either a participant or a recruiter: a registration is refused to a recruiter
(the registration app, lower in the chain, does not know about recruiters)."""

from django.core.exceptions import ValidationError
from django.db.models.signals import pre_save
from django.utils.translation import gettext as _


def refuse_registration_of_recruiter(sender, instance, **kwargs):
    from .models import Recruiter

    if instance.user_id and Recruiter.objects.filter(user_id=instance.user_id).exists():
        raise ValidationError(_("A recruiter's account cannot register as a participant."))


def connect():
    from registration.models import Registration

    pre_save.connect(
        refuse_registration_of_recruiter,
        sender=Registration,
        dispatch_uid="employers_refuse_registration_of_recruiter",
    )
