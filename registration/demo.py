"""Demo content of this app, loaded by `manage.py load_demo_content`.

No demo participant is created: an account with a published password would be a way in.
"""

from wagtail.models import Locale

from home.demo import add_bilingual_page, pick
from home.models import HomePage

from .models import IntakeSettings, PartnerOrganization, RegistrationPage

PARTNER_ORGANIZATIONS = [
    {
        "name_fr": "Services Québec",
        "name_en": "Services Québec",
        "description_fr": "Les bureaux de Services Québec offrent de l'aide à la recherche "
        "d'emploi partout au Québec, y compris à Laval et en région.",
        "description_en": "Services Québec offices help people look for work everywhere in "
        "Québec, Laval and the regions included.",
        "url": "https://www.quebec.ca/emploi",
    },
    {
        "name_fr": "Carrefour jeunesse-emploi de votre région",
        "name_en": "Your region's Carrefour jeunesse-emploi",
        "description_fr": "Un accompagnement gratuit vers l'emploi pour les personnes de 16 à 35 ans.",
        "description_en": "Free support towards employment for people aged 16 to 35.",
        "url": "",
    },
    {
        "name_fr": "Organismes en employabilité de votre quartier",
        "name_en": "Employability organizations near you",
        "description_fr": "Des organismes spécialisés aident à préparer son curriculum vitæ, "
        "ses entrevues et sa recherche d'emploi.",
        "description_en": "Specialised organizations help with résumés, interviews and the "
        "job search.",
        "url": "",
    },
]


def build_registration_page(lang: str) -> RegistrationPage:
    return RegistrationPage(
        title=pick(lang, "Inscription", "Register"),
        slug=pick(lang, "inscription", "register"),
        show_in_menus=True,
        intro=pick(
            lang,
            "<p>L'inscription à Passerelle sectorielle est <b>gratuite</b> et se fait en continu. "
            "Remplissez ce questionnaire en une dizaine de minutes : une conseillère ou un "
            "conseiller de l'équipe Talents et diversité vous appellera ensuite pour faire "
            "connaissance.</p>",
            "<p>Registration to Passerelle sectorielle is <b>free</b> and open all year. Fill in "
            "this questionnaire in about ten minutes: an advisor of the Talents and Diversity "
            "team will then call you to get to know you.</p>",
        ),
        privacy_notice=pick(
            lang,
            "<p>La Chambre de commerce du Montréal métropolitain recueille ces renseignements "
            "pour vérifier votre admissibilité, vous joindre et vous accompagner dans le "
            "parcours. Seuls les conseillers et les administrateurs du programme y ont accès. "
            "Si le programme ne peut pas vous accueillir, nous ne conservons aucune de vos "
            "réponses.</p>"
            "<p>Vous pouvez consulter, télécharger ou supprimer vos renseignements en tout temps, "
            "conformément à la Loi 25 du Québec.</p>",
            "<p>The Chamber of Commerce of Metropolitan Montreal collects this information to "
            "check your eligibility, contact you and support you through the path. Only the "
            "program's advisors and administrators can see it. If the program cannot take "
            "you, we keep none of your answers.</p>"
            "<p>You may see, download or delete your information at any time, under Quebec's "
            "Law 25.</p>",
        ),
        privacy_notice_version="2026-1",
        thank_you=pick(
            lang,
            "<p>Une conseillère ou un conseiller vous appellera dans les prochains jours. En "
            "attendant, vous pouvez commencer l'activité d'accueil et la formation « Candidature "
            "vidéo » depuis « Mon parcours ».</p>",
            "<p>An advisor will call you in the coming days. Meanwhile, you can start the "
            "welcome activity and the « Candidature vidéo » course from “My path”.</p>",
        ),
    )


def load_partner_organizations() -> None:
    settings = IntakeSettings.load()
    if not settings.staff_notification_email:
        settings.staff_notification_email = "talents-diversite@example.org"
        settings.save()
    if PartnerOrganization.objects.exists():
        return
    french = Locale.objects.get(language_code="fr")
    english = Locale.objects.get(language_code="en")
    for position, organization in enumerate(PARTNER_ORGANIZATIONS, start=1):
        source = PartnerOrganization.objects.create(
            locale=french,
            position=position,
            name=organization["name_fr"],
            description=organization["description_fr"],
            url=organization["url"],
        )
        translation = source.copy_for_translation(english)
        translation.name = organization["name_en"]
        translation.description = organization["description_en"]
        translation.save()


def load(*, home: HomePage) -> None:
    """Add this app's bilingual demo pages under the French home page (idempotent)."""
    add_bilingual_page(home, build_registration_page)
    load_partner_organizations()
