from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import ContentPage, HomePage
from registration.models import RegistrationPage
from sectors.models import SectorIndexPage
from training.models import CoursePage, WelcomeActivityPage


class HomePageRulesTests(WagtailPageTestCase):
    def test_home_page_sits_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_children_are_the_sections_of_the_site(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {ContentPage, WelcomeActivityPage, CoursePage, SectorIndexPage, RegistrationPage},
        )


class ContentPageRulesTests(WagtailPageTestCase):
    def test_content_page_lives_under_home_or_another_content_page(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage})

    def test_editor_can_create_a_content_page_under_home(self):
        home = Page.objects.get(depth=2)
        self.login()
        self.assertCanCreate(
            home,
            ContentPage,
            nested_form_data(
                {
                    "title": "Foire aux questions",
                    "slug": "faq",
                    "intro": "Les questions fréquentes.",
                    "body": streamfield(
                        [("heading", {"text": "Le programme est-il gratuit ?", "level": "h2"})]
                    ),
                }
            ),
        )
