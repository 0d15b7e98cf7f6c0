"""Item 6 of #11: representatives see only what they may edit, plus live public pages."""

import pytest
from wagtail.documents.models import Document

from home.factories import publish
from sectors.factories import SectorBriefingPageFactory, SectorIndexPageFactory
from sectors.services import create_representative

UNPUBLISHED = "Projet confidentiel de fusion"
OTHER_DRAFT = "Brouillon secret de la santé"
OTHER_DOCUMENT = "Liste interne des employeurs"


@pytest.fixture
def site(home_fr):
    index = publish(SectorIndexPageFactory(parent=home_fr))
    it = publish(
        SectorBriefingPageFactory(parent=index, title="Technologies de l'information", slug="ti")
    )
    health = publish(
        SectorBriefingPageFactory(parent=index, title="Santé et services sociaux", slug="sante")
    )
    hidden = SectorBriefingPageFactory(parent=index, title=UNPUBLISHED, slug="fusion", live=False)
    health.title = OTHER_DRAFT
    health.save_revision()
    Document.objects.create(title=OTHER_DOCUMENT, file="documents/liste.txt")
    return {"index": index, "it": it, "health": health, "hidden": hidden}


@pytest.fixture
def representative_client(client, site):
    user, _ = create_representative(email="rep.ti@example.org", sector_page=site["it"])
    client.force_login(user)
    return client


def text(response) -> str:
    return response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/admin/choose-page/",
        "/admin/choose-page/search/?q=projet",
        "/admin/choose-page/search/?q=confidentiel",
        "/admin/pages/search/?q=projet",
        "/admin/api/main/pages/?search=projet",
        "/admin/api/main/pages/?type=sectors.SectorBriefingPage",
    ],
)
def test_unpublished_titles_stay_hidden(representative_client, site, path):
    if "{index}" in path:
        path = path.format(index=site["index"].pk)
    response = representative_client.get(path)
    assert UNPUBLISHED not in text(response), path


def test_chooser_children_of_the_sector_index(representative_client, site):
    response = representative_client.get(f"/admin/choose-page/{site['index'].pk}/")
    assert UNPUBLISHED not in text(response)
    assert OTHER_DRAFT not in text(response)


def test_another_representatives_draft_title_stays_hidden_in_the_explorer(
    representative_client, site
):
    for path in [
        f"/admin/pages/{site['index'].pk}/",
        f"/admin/pages/{site['index'].pk - 1}/",
        # The sidebar's page explorer reads the admin API.
        f"/admin/api/main/pages/?child_of={site['index'].pk}&for_explorer=1",
        f"/admin/api/main/pages/{site['health'].pk}/",
    ]:
        response = representative_client.get(path, follow=True)
        page = text(response)
        assert OTHER_DRAFT not in page, path
        assert UNPUBLISHED not in page, path
    listing = text(representative_client.get(f"/admin/api/main/pages/?child_of={site['index'].pk}"))
    assert "Technologies de l'information" in listing


def test_no_document_api_beyond_their_pages(representative_client, site):
    response = representative_client.get("/admin/api/main/documents/")
    assert OTHER_DOCUMENT not in text(response)


@pytest.mark.parametrize(
    "path",
    [
        "/admin/reports/aging-pages/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/site-history/",
        "/admin/reports/locked/",
        "/admin/reports/page-types-usage/",
        "/admin/reports/translations/",
    ],
)
def test_site_wide_reports_show_nothing_outside_their_sector(representative_client, site, path):
    response = representative_client.get(path)
    assert response.status_code in (200, 302, 403)
    if response.status_code == 200:
        assert OTHER_DRAFT not in text(response)
        assert UNPUBLISHED not in text(response)


def test_editors_keep_the_whole_site(client, site, django_user_model):
    from django.contrib.auth.models import Group

    from home.roles import EDITORS

    editor = django_user_model.objects.create_user(email="editrice@example.org", password="x")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    assert UNPUBLISHED in text(client.get("/admin/choose-page/search/?q=confidentiel"))
    assert client.get("/admin/reports/aging-pages/").status_code == 200
