"""Moving module completion from registration to progress keeps every participant's record."""

import datetime
import uuid

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor

from progress.models import ModuleCompletion
from registration.models import User

BEFORE_THE_MOVE = [("registration", "0004_module_completion"), ("progress", None)]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_completions_recorded_before_the_move_are_still_there_after_it():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE_THE_MOVE)
    old_apps = executor.loader.project_state(BEFORE_THE_MOVE[0]).apps
    OldUser = old_apps.get_model("registration", "User")
    OldCompletion = old_apps.get_model("registration", "ModuleCompletion")
    user = OldUser.objects.create(email="amina.diallo@example.com", first_name="Amina")
    module_key = uuid.uuid4()
    old = OldCompletion.objects.create(user=user, module_key=module_key)
    completed_at = datetime.datetime(2026, 3, 14, 9, 30, tzinfo=datetime.UTC)
    OldCompletion.objects.filter(pk=old.pk).update(completed_at=completed_at)

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    (completion,) = ModuleCompletion.objects.all()
    assert completion.pk == old.pk
    assert completion.user == User.objects.get(email="amina.diallo@example.com")
    assert completion.module_key == module_key
    assert completion.completed_at == completed_at
    assert "registration_modulecompletion" not in connection.introspection.table_names()
    # The table still holds one completion per participant and module.
    with pytest.raises(IntegrityError), transaction.atomic():
        ModuleCompletion.objects.create(user=completion.user, module_key=module_key)
