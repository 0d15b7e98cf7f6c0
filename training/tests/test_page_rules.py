import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage
from training.factories import CoursePageFactory, WelcomeActivityPageFactory
from training.models import CoursePage, ModulePage, WelcomeActivityPage


class TrainingPageRulesTests(WagtailPageTestCase):
    def test_welcome_activity_and_course_live_only_under_the_home_page(self):
        self.assertAllowedParentPageTypes(WelcomeActivityPage, {HomePage})
        self.assertAllowedParentPageTypes(CoursePage, {HomePage})

    def test_modules_live_only_under_a_course_and_have_no_children(self):
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})
        self.assertAllowedSubpageTypes(ModulePage, set())
        self.assertAllowedSubpageTypes(WelcomeActivityPage, set())

    def test_editor_creates_a_welcome_activity(self):
        home = Page.objects.get(depth=2)
        self.login()
        self.assertCanCreate(
            home,
            WelcomeActivityPage,
            nested_form_data(
                {
                    "title": "Activité d'accueil",
                    "slug": "activite-accueil",
                    "intro": rich_text("<p>Faites connaissance avec l'équipe.</p>"),
                    "activity_format": rich_text("<p>90 minutes en ligne.</p>"),
                    "what_to_prepare": rich_text("<p>Votre CV.</p>"),
                }
            ),
        )
        assert WelcomeActivityPage.objects.get(slug="activite-accueil").what_to_prepare

    def test_only_one_welcome_activity_per_language_tree(self):
        home = Page.objects.get(depth=2)
        assert WelcomeActivityPage.can_create_at(home)
        WelcomeActivityPageFactory(parent=home)
        assert not WelcomeActivityPage.can_create_at(home)

    def test_editor_creates_a_module_with_a_body_under_a_course(self):
        course = CoursePageFactory(parent=Page.objects.get(depth=2))
        self.login()
        self.assertCanCreate(
            course,
            ModulePage,
            nested_form_data(
                {
                    "title": "Rédiger votre argumentaire éclair",
                    "slug": "argumentaire",
                    "summary": "Un argumentaire de 60 secondes.",
                    "learning_objectives": rich_text("<ul><li>Structurer.</li></ul>"),
                    "estimated_minutes": 30,
                    "body": streamfield(
                        [
                            ("heading", {"text": "Une structure en cinq parties", "level": "h2"}),
                            (
                                "checklist",
                                {
                                    "title": "Avant d'enregistrer",
                                    "items": {
                                        "count": "1",
                                        "0": {"value": "La pièce est calme.", "order": "0"},
                                        "0-deleted": "",
                                    },
                                },
                            ),
                        ]
                    ),
                }
            ),
        )
        module = ModulePage.objects.child_of(course).get()
        assert module.estimated_minutes == 30
        assert module.body[1].value["items"][0] == "La pièce est calme."


@pytest.mark.django_db
def test_an_online_session_needs_its_link_and_an_in_person_one_its_address():
    from django.core.exceptions import ValidationError

    from training.models import WelcomeSession

    with pytest.raises(ValidationError, match="online_link"):
        WelcomeSession(session_format="online", online_link="").clean()
    with pytest.raises(ValidationError, match="place"):
        WelcomeSession(session_format="in_person", place="").clean()
