"""Bilingual demo content: the home page, the site identity and the content pages.

Every builder takes a language code and returns an unsaved page, so the same function gives
the French source and the English text that `translate_page` imports as its translation.
Other apps add their pages with `add_bilingual_page`; running the loader twice creates
nothing twice.
"""

from collections.abc import Callable

from wagtail.models import Locale, Page, Site

from .models import ContentPage, FooterLink, HomePage, SiteIdentity
from .translation import translate_page

Builder = Callable[[str], Page]


def pick(lang: str, fr: str, en: str) -> str:
    return fr if lang == "fr" else en


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add_bilingual_page(parent: Page, build: Builder) -> Page:
    """The French page built by ``build`` under ``parent``, with its English translation.

    Idempotent: an existing child with the same French slug is kept as it is, and only a
    missing English translation is added.
    """
    french = build("fr")
    page = parent.get_children().filter(slug=french.slug).specific().first()
    if page is None:
        page = parent.add_child(instance=french)
        publish(page)
    if not page.get_translations().filter(locale__language_code="en").exists():
        translate_page(page, build("en"))
    return page


def build_home(lang: str) -> HomePage:
    return HomePage(
        title="Passerelle sectorielle",
        slug=pick(lang, "accueil", "home"),
        intro=pick(
            lang,
            "<p>Un programme <b>gratuit</b> de la Chambre de commerce du Montréal métropolitain "
            "qui prépare les professionnels immigrants aux événements de recrutement "
            "des employeurs montréalais.</p>",
            "<p>A <b>free</b> program of the Chamber of Commerce of Metropolitan Montreal that "
            "prepares immigrant professionals for recruitment events with Montreal "
            "employers.</p>",
        ),
        body=[
            (
                "heading",
                {
                    "text": pick(lang, "Un parcours en trois étapes", "A path in three steps"),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                pick(
                    lang,
                    "<ol><li>Une <b>activité d'accueil</b>, puis la formation « Candidature vidéo » : "
                    "rédiger un argumentaire éclair professionnel et convaincant, et adopter les "
                    "bonnes pratiques de la création vidéo.</li>"
                    "<li>Des <b>activités interactives</b> avec des représentants sectoriels et des "
                    "professionnels en ressources humaines : réalités, enjeux, perspectives et "
                    "occasions de chaque secteur.</li>"
                    "<li>Des <b>événements de recrutement</b> (entrevues éclair, foires de l'emploi "
                    "virtuelles), préparés par un jumelage professionnel avec les entreprises.</li></ol>",
                    "<ol><li>A <b>welcome activity</b>, then the « Candidature vidéo » course: write a "
                    "short, convincing professional pitch and learn good practice for making a "
                    "video application.</li>"
                    "<li><b>Interactive activities</b> with sector representatives and HR "
                    "professionals: the realities, challenges, prospects and openings of each "
                    "sector.</li>"
                    "<li><b>Recruitment events</b> (speed interviews, virtual job fairs), prepared by "
                    "matching participants with companies.</li></ol>",
                ),
            ),
            (
                "heading",
                {"text": pick(lang, "Qui peut s'inscrire ?", "Who can join?"), "level": "h2"},
            ),
            (
                "paragraph",
                pick(
                    lang,
                    "<p>Les personnes immigrantes qui habitent sur l'île de Montréal : citoyens "
                    "canadiens nés à l'étranger, résidents permanents, travailleurs étrangers "
                    "temporaires et personnes protégées, comme les réfugiés. L'inscription se fait "
                    "en continu : remplissez le questionnaire, puis une conseillère ou un conseiller "
                    "de l'équipe Talents et diversité vous appelle.</p>",
                    "<p>Immigrants who live on the island of Montreal: Canadian citizens born "
                    "abroad, permanent residents, temporary foreign workers and protected persons, "
                    "such as refugees. Registration is open all year: fill in the questionnaire, "
                    "then an advisor of the Talents and Diversity team will call you.</p>",
                ),
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "title": pick(lang, "Un programme complémentaire", "A complementary program"),
                    "text": pick(
                        lang,
                        "<p>Passerelle sectorielle, développé en collaboration avec le gouvernement "
                        "du Québec et la Ville de Montréal, complète les services des organismes "
                        "spécialisés en employabilité.</p>",
                        "<p>Passerelle sectorielle, developed with the Government of Québec and the "
                        "City of Montréal, complements the services of specialised employability "
                        "organizations.</p>",
                    ),
                },
            ),
        ],
    )


def build_about(lang: str) -> ContentPage:
    return ContentPage(
        title=pick(lang, "À propos du programme", "About the program"),
        slug=pick(lang, "a-propos", "about"),
        intro=pick(
            lang,
            "Passerelle sectorielle est la solution virtuelle de jumelage professionnel de la "
            "Chambre de commerce du Montréal métropolitain pour les professionnels immigrants.",
            "Passerelle sectorielle is the Chamber of Commerce of Metropolitan Montreal's virtual "
            "professional matching program for immigrant professionals.",
        ),
        body=[
            (
                "heading",
                {"text": pick(lang, "Pourquoi ce programme ?", "Why this program?"), "level": "h2"},
            ),
            (
                "paragraph",
                pick(
                    lang,
                    "<p>La Chambre s'investit dans le dossier de la main-d'œuvre immigrante depuis "
                    "de nombreuses années. Avec Passerelle sectorielle, elle adapte son expertise en "
                    "jumelage professionnel à la nouvelle réalité du marché du travail et fait "
                    "profiter les participants de son vaste réseau d'entreprises.</p>",
                    "<p>The Chamber has worked on the integration of immigrant workers for many "
                    "years. With Passerelle sectorielle, it adapts its expertise in professional "
                    "matching to today's labour market and opens its wide business network to "
                    "participants.</p>",
                ),
            ),
            (
                "heading",
                {"text": pick(lang, "Ce que nous mesurons", "What we measure"), "level": "h2"},
            ),
            (
                "paragraph",
                pick(
                    lang,
                    "<p>Le succès du programme se mesure au nombre de participants qui occupent un "
                    "emploi à la suite du parcours.</p>",
                    "<p>The program measures its success by how many participants hold a job after "
                    "the path.</p>",
                ),
            ),
        ],
    )


def build_faq(lang: str) -> ContentPage:
    questions = [
        (
            pick(lang, "Le programme est-il payant ?", "Is there a fee?"),
            pick(
                lang,
                "<p>Non, Passerelle sectorielle est entièrement gratuit.</p>",
                "<p>No, Passerelle sectorielle is entirely free.</p>",
            ),
        ),
        (
            pick(lang, "J'habite à Laval. Puis-je m'inscrire ?", "I live in Laval. Can I join?"),
            pick(
                lang,
                "<p>Le programme est réservé aux personnes qui résident sur l'île de Montréal. "
                "Si vous habitez ailleurs, nous vous indiquons des organismes partenaires en "
                "employabilité.</p>",
                "<p>The program is for people who live on the island of Montreal. If you live "
                "elsewhere, we point you to partner employability organizations.</p>",
            ),
        ),
        (
            pick(lang, "Que se passe-t-il après l'inscription ?", "What happens after I register?"),
            pick(
                lang,
                "<p>Une conseillère ou un conseiller de l'équipe Talents et diversité vous appelle "
                "pour faire connaissance et vous guider dans le parcours préparatoire.</p>",
                "<p>An advisor of the Talents and Diversity team calls you to get to know you and "
                "guide you through the preparatory path.</p>",
            ),
        ),
    ]
    body = []
    for question, answer in questions:
        body += [("heading", {"text": question, "level": "h2"}), ("paragraph", answer)]
    return ContentPage(
        title=pick(lang, "Foire aux questions", "Frequently asked questions"),
        slug=pick(lang, "foire-aux-questions", "faq"),
        intro=pick(
            lang,
            "Les réponses aux questions les plus fréquentes.",
            "Answers to the most common questions.",
        ),
        body=body,
    )


def build_privacy(lang: str) -> ContentPage:
    return ContentPage(
        title=pick(lang, "Politique de confidentialité", "Privacy policy"),
        slug=pick(lang, "confidentialite", "privacy"),
        intro=pick(
            lang,
            "Comment nous protégeons vos renseignements personnels, conformément à la Loi 25 du Québec.",
            "How we protect your personal information, under Quebec's Law 25.",
        ),
        body=[
            (
                "heading",
                {"text": pick(lang, "Ce que nous recueillons", "What we collect"), "level": "h2"},
            ),
            (
                "paragraph",
                pick(
                    lang,
                    "<p>Seulement ce dont nos conseillers ont besoin pour vous accompagner : vos "
                    "coordonnées, votre statut d'immigration, votre expérience et vos secteurs "
                    "d'intérêt. Seuls les conseillers et les administrateurs y ont accès.</p>",
                    "<p>Only what our advisors need to support you: your contact details, "
                    "immigration status, experience and sectors of interest. Only advisors and "
                    "administrators can see them.</p>",
                ),
            ),
            ("heading", {"text": pick(lang, "Vos droits", "Your rights"), "level": "h2"}),
            (
                "paragraph",
                pick(
                    lang,
                    "<p>Vous pouvez télécharger vos données et supprimer votre compte en tout temps "
                    "depuis « Mon parcours ». Les inscriptions inactives sont anonymisées après la "
                    "période de conservation.</p>",
                    "<p>You can download your data and delete your account at any time from "
                    "“My path”. Inactive registrations are anonymised after the retention "
                    "period.</p>",
                ),
            ),
        ],
    )


def load_home() -> HomePage:
    """Fill the French home page created by the migrations and translate it."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    if not home.intro:
        source = build_home("fr")
        home.intro, home.body = source.intro, source.body
        publish(home)
    if not home.get_translations().filter(locale__language_code="en").exists():
        translate_page(home, build_home("en"))
    return home


def load_content_pages(home: HomePage) -> None:
    for build in (build_about, build_faq, build_privacy):
        add_bilingual_page(home, build)


def load_site_identity(home: HomePage) -> None:
    footer_pages = [
        home.get_children().filter(slug=slug).first()
        for slug in ("a-propos", "foire-aux-questions", "confidentialite")
    ]
    for lang, tagline in (
        ("fr", "Le tremplin vers les employeurs montréalais"),
        ("en", "Your bridge to Montreal employers"),
    ):
        locale = Locale.objects.get(language_code=lang)
        identity, created = SiteIdentity.objects.get_or_create(
            locale=locale,
            defaults={
                "tagline": tagline,
                "organisation_name": pick(
                    lang,
                    "Chambre de commerce du Montréal métropolitain",
                    "Chamber of Commerce of Metropolitan Montreal",
                ),
                "contact_email": "passerelle@example.org",
            },
        )
        if not created:
            continue
        for order, page in enumerate(footer_pages):
            if page is not None:
                # The page in the identity's own language: rendering it then needs no look-up.
                page = page.get_translation(locale)
                FooterLink.objects.create(
                    identity=identity, label=page.title, page=page, sort_order=order
                )
