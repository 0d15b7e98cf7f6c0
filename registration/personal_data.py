"""The participant's own data, as one JSON document (Law 25: access to the information held).

Registration writes the account and the registration; apps above it (progress now; profiles,
events, employers and matching later) add their part without registration importing them, by
registering a function under the ``registration_personal_data`` Wagtail hook::

    @hooks.register("registration_personal_data")
    def my_data(*, user: User) -> dict[str, Any]:
        return {"my_records": [serialize(row, skip=("id", "user")) for row in ...]}

Each function returns top-level keys of the document (no key twice across apps), with values
``DjangoJSONEncoder`` can write. ``serialize`` and ``related_records`` below write any model
row, whatever fields it gains later.
"""

import datetime
from decimal import Decimal
from typing import Any

from allauth.account.models import EmailAddress
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.utils.translation import gettext as _
from wagtail import hooks

from .models import Registration, User

PERSONAL_DATA_HOOK = "registration_personal_data"

OWNER_FIELD_NAMES = {"user", "participant", "account"}
# What DjangoJSONEncoder writes as is; any other value is written as its text.
JSON_VALUES = (
    str,
    int,
    float,
    bool,
    type(None),
    datetime.date,
    datetime.time,
    datetime.timedelta,
    Decimal,
    dict,
    list,
)


def _field_value(instance: models.Model, model_field: models.Field) -> Any:
    value = getattr(instance, model_field.attname)
    if model_field.is_relation:
        related = getattr(instance, model_field.name)
        if isinstance(related, User):
            # Another account (the advisor who wrote a note or moved the file): their name,
            # never their e-mail address.
            return related.get_full_name() or _("CCMM staff")
        return str(related) if related is not None else None
    if model_field.choices and value not in (None, ""):
        return {
            "value": value,
            "label": str(getattr(instance, f"get_{model_field.name}_display")()),
        }
    if not isinstance(value, JSON_VALUES):
        return str(value)  # a UUID, a PhoneNumber: their text is what the participant knows
    return value


def serialize(instance: models.Model, *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """Every concrete and many-to-many field of ``instance`` but its password."""
    opts = instance._meta
    data = {
        model_field.name: _field_value(instance, model_field)
        for model_field in opts.concrete_fields
        if model_field.name not in skip and model_field.name != "password"
    }
    for model_field in opts.many_to_many:
        if model_field.name not in skip:
            data[model_field.name] = [
                str(item) for item in getattr(instance, model_field.name).all()
            ]
    return data


def related_records(
    instance: models.Model, *, app_label: str, exclude: tuple[type[models.Model], ...] = ()
) -> dict[str, list[dict[str, Any]]]:
    """Rows of one app's models that point at ``instance`` (answers, consents, notes, history)."""
    records = {}
    for relation in instance._meta.related_objects:
        model = relation.related_model
        if model._meta.app_label != app_label or model in exclude or relation.many_to_many:
            continue
        if isinstance(instance, User) and relation.field.name not in OWNER_FIELD_NAMES:
            # Rows an advisor wrote about others (notes, status changes) are not their data.
            continue
        rows = model._default_manager.filter(**{relation.field.name: instance})
        records[str(model._meta.verbose_name_plural)] = [
            serialize(row, skip=("id", relation.field.name)) for row in rows
        ]
    return records


def participant_data(*, user: User) -> dict[str, Any]:
    """Everything the site holds about ``user``, and nothing about anyone else."""
    registration = Registration.objects.filter(user=user).first()
    data = {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "email_addresses": [
                {"email": address.email, "verified": address.verified, "primary": address.primary}
                for address in EmailAddress.objects.filter(user=user).order_by("pk")
            ],
        },
        "account_records": related_records(user, app_label="registration", exclude=(Registration,)),
        "registration": (
            {
                # anonymised_at is always empty for someone who can still sign in and download.
                **serialize(registration, skip=("id", "user", "anonymised_at")),
                "records": related_records(registration, app_label="registration"),
            }
            if registration
            else None
        ),
    }
    for contribute in hooks.get_hooks(PERSONAL_DATA_HOOK):
        part = contribute(user=user)
        if clash := data.keys() & part.keys():
            raise ImproperlyConfigured(
                f"{PERSONAL_DATA_HOOK}: {contribute.__module__} repeats {sorted(clash)}."
            )
        data.update(part)
    return data
