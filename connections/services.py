from django.db import transaction

from .models import Connection


@transaction.atomic
def connect(participant, organisation, *, origin: str, event=None) -> Connection:
    """The pair's connection, created once: calling it again (a second mutual « continue », a
    request accepted twice) returns the existing one unchanged."""
    connection, _created = Connection.objects.get_or_create(
        participant=participant,
        organisation=organisation,
        defaults={"origin": origin, "event": event},
    )
    return connection
