"""A representative's change goes live only after staff approve it; they are told by e-mail."""

import pytest
from django.urls import reverse
from wagtail.models import Workflow, WorkflowPage, WorkflowState
from wagtail.users.models import UserProfile

from home.roles import MODERATORS
from sectors.services import SECTOR_WORKFLOW_NAME
from sectors.tests.helpers import briefing_form_data
from tests.translations import translated

pytestmark = pytest.mark.django_db


def submit(client, representative, page, **changes):
    client.force_login(representative)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.id]),
        briefing_form_data(page, **changes, **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    return WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.id))


def act(client, moderator, page, action, comment):
    workflow_state = WorkflowState.objects.get(object_id=str(page.id), status="in_progress")
    client.force_login(moderator)
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.id, action, workflow_state.current_task_state.id],
        ),
        {"comment": comment},
    )
    assert response.status_code in (200, 302)
    workflow_state.refresh_from_db()
    return workflow_state


def test_the_sector_workflow_exists_from_install():
    workflow = Workflow.objects.get(name=SECTOR_WORKFLOW_NAME)

    assert [t.specific.groups.get().name for t in workflow.tasks.all()] == [MODERATORS]


def test_sector_index_pages_get_the_sector_workflow(sector_index):
    workflow = WorkflowPage.objects.get(page=sector_index).workflow

    assert workflow.name == SECTOR_WORKFLOW_NAME
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [MODERATORS]


def test_submitting_puts_the_change_in_moderation_not_live(client, representative, it_sector):
    state = submit(client, representative, it_sector, contact_role="Nouvelle fonction")

    assert state.status == "in_progress"
    assert state.workflow.name == SECTOR_WORKFLOW_NAME
    it_sector.refresh_from_db()
    assert it_sector.contact_role == ""


def test_approval_publishes_the_change(client, representative, moderator, it_sector, mailoutbox):
    submit(client, representative, it_sector, contact_role="Nouvelle fonction")

    state = act(client, moderator, it_sector, "approve", "Merci, c'est clair.")

    assert state.status == "approved"
    it_sector.refresh_from_db()
    assert it_sector.contact_role == "Nouvelle fonction"
    to_representative = [m for m in mailoutbox if m.to == [representative.email]]
    assert len(to_representative) == 1
    assert to_representative[0].subject == translated(
        "Approved and published: “%(title)s” (%(language)s)"
    ) % {"title": "Technologies de l'information", "language": "français"}
    assert "Merci, c'est clair." in to_representative[0].body


def test_rejection_keeps_the_live_page_and_tells_the_representative_in_french(
    client, representative, moderator, it_sector, mailoutbox
):
    submit(client, representative, it_sector, contact_role="Fonction à revoir")

    state = act(client, moderator, it_sector, "reject", "Précisez la source, s'il vous plaît.")

    assert state.status == "needs_changes"
    it_sector.refresh_from_db()
    assert it_sector.contact_role == ""
    (email,) = [m for m in mailoutbox if m.to == [representative.email]]
    assert email.subject == translated("Changes requested: “%(title)s” (%(language)s)") % {
        "title": "Technologies de l'information",
        "language": "français",
    }
    assert "Précisez la source, s'il vous plaît." in email.body


def test_rejection_e_mail_is_in_english_for_an_english_speaking_representative(
    client, representative, moderator, it_sector, mailoutbox
):
    profile = UserProfile.get_for_user(representative)
    profile.preferred_language = "en"
    profile.save()
    submit(client, representative, it_sector, contact_role="To review")

    act(client, moderator, it_sector, "reject", "Please name your source.")

    (email,) = [m for m in mailoutbox if m.to == [representative.email]]
    assert email.subject.startswith("Changes requested: ")
    assert "rejected" not in email.subject + email.body
    assert "Please name your source." in email.body


def test_representative_cannot_approve_their_own_submission(client, representative, it_sector):
    submit(client, representative, it_sector, contact_role="Auto-approuvé")

    state = act(client, representative, it_sector, "approve", "")

    assert state.status == "in_progress"
    it_sector.refresh_from_db()
    assert it_sector.contact_role == ""
