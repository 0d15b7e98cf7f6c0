import html

from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def briefing_form_data(page, **changes) -> dict:
    """The edit form of a sector briefing as the admin posts it, with ``changes`` applied."""
    values = {
        "title": page.title,
        "slug": page.slug,
        "intro": rich_text(page.intro or "<p>Aperçu.</p>"),
        "realities": rich_text(page.realities or "<p>Réalités.</p>"),
        "prospects": rich_text(page.prospects or "<p>Perspectives.</p>"),
        "in_demand_occupations": rich_text("<ul><li>Analyste</li></ul>"),
        "regulated_professions": streamfield([]),
        "hr_advice": rich_text("<p>Conseils.</p>"),
        "activities": streamfield([]),
        "contact_name": page.contact_name,
        "contact_role": page.contact_role,
        "contact_email": page.contact_email,
        "last_reviewed": "",
        "comments": inline_formset([]),
    }
    values.update(changes)
    return nested_form_data(values)


def assert_permission_denied(response, *, language: str = "fr") -> None:
    """Wagtail answers a forbidden admin view by sending the user back to the dashboard,
    with its "permission denied" message in the user's admin language."""
    assert response.status_code == 302, response.status_code
    assert response["Location"] == reverse("wagtailadmin_home")
    with translation.override(language):
        expected = gettext("Sorry, you do not have permission to access this area.")
    messages = [html.unescape(str(m)).strip() for m in get_messages(response.wsgi_request)]
    assert messages and set(messages) == {expected}, messages
