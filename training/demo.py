"""Demo content of this app, loaded by `manage.py load_demo_content`.

Step 1 of the path: the welcome activity and the « Candidature vidéo » course with its modules,
written in French and translated into English through wagtail-localize. The sample video, its
captions and the pitch worksheet ship in ``demo_media/`` and are imported once.
"""

import datetime
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from django.core.files import File
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtailmedia.models import get_media_model

from home.demo import add_bilingual_page, pick
from home.models import HomePage

from .models import CoursePage, ModulePage, WelcomeActivityPage, WelcomeSession

DEMO_MEDIA = Path(__file__).resolve().parent / "demo_media"
CCMM_ADDRESS = (
    "Chambre de commerce du Montréal métropolitain, 380, rue Saint-Antoine Ouest, "
    "bureau 6000, Montréal (Québec) H2Y 3X7"
)


@dataclass(frozen=True)
class CourseFiles:
    video: object
    captions_fr: object
    captions_en: object
    worksheet: object


def _document(title: str, filename: str):
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        with (DEMO_MEDIA / filename).open("rb") as source:
            document = Document(title=title, file=File(source, name=filename))
            document._set_document_file_metadata()
            document.save()
    return document


def load_files() -> CourseFiles:
    """The sample video, its two captions tracks and the worksheet, imported once."""
    Media = get_media_model()
    title = "Candidature vidéo — les trois réglages du tournage"
    video = Media.objects.filter(title=title, type="video").first()
    if video is None:
        with (DEMO_MEDIA / "tournage-essentiel.webm").open("rb") as source:
            video = Media.objects.create(
                title=title,
                type="video",
                file=File(source, name="tournage-essentiel.webm"),
                duration=16,
                width=640,
                height=360,
            )
    return CourseFiles(
        video=video,
        captions_fr=_document(
            "Sous-titres (français) — réglages du tournage", "tournage-essentiel.fr.vtt"
        ),
        captions_en=_document("Captions (English) — filming settings", "tournage-essentiel.en.vtt"),
        worksheet=_document(
            "Gabarit d'argumentaire éclair / Elevator pitch template",
            "gabarit-argumentaire-eclair.txt",
        ),
    )


def _upcoming_sessions() -> list[WelcomeSession]:
    """Three sessions over the next weeks, whatever day the demo is loaded."""
    today = timezone.localdate()
    next_tuesday = today + datetime.timedelta(days=(1 - today.weekday()) % 7 or 7)
    return [
        WelcomeSession(
            date=next_tuesday,
            start_time=datetime.time(9, 30),
            duration_minutes=90,
            session_format=WelcomeSession.Format.ONLINE,
            online_link="https://passerelle.example.org/accueil/session-matin",
        ),
        WelcomeSession(
            date=next_tuesday + datetime.timedelta(days=9),
            start_time=datetime.time(18, 0),
            duration_minutes=90,
            session_format=WelcomeSession.Format.ONLINE,
            online_link="https://passerelle.example.org/accueil/session-soir",
        ),
        WelcomeSession(
            date=next_tuesday + datetime.timedelta(days=14),
            start_time=datetime.time(13, 30),
            duration_minutes=120,
            session_format=WelcomeSession.Format.IN_PERSON,
            place=CCMM_ADDRESS,
        ),
    ]


def build_welcome_activity(lang: str) -> WelcomeActivityPage:
    return WelcomeActivityPage(
        title=pick(lang, "Activité d'accueil", "Welcome activity"),
        slug=pick(lang, "activite-accueil", "welcome-activity"),
        show_in_menus=True,
        search_description=pick(
            lang,
            "La première étape du parcours Passerelle sectorielle : faire connaissance et "
            "préparer la suite.",
            "The first step of the Passerelle sectorielle path: get to know us and prepare "
            "what comes next.",
        ),
        intro=pick(
            lang,
            "<p>L'activité d'accueil ouvre votre parcours préparatoire. Vous y rencontrez l'équipe "
            "Talents et diversité et les autres participants, vous découvrez les trois étapes du "
            "programme et vous repartez avec un plan clair pour la formation « Candidature "
            "vidéo ».</p>",
            "<p>The welcome activity opens your preparatory path. You meet the Talents and "
            "Diversity team and the other participants, discover the three steps of the program "
            "and leave with a clear plan for the « Candidature vidéo » course.</p>",
        ),
        activity_format=pick(
            lang,
            "<ul><li>Une séance de groupe de 90 minutes à 2 heures, en ligne ou à la Chambre, "
            "animée par une conseillère ou un conseiller Talents et diversité.</li>"
            "<li>Une présentation du parcours : activité d'accueil et formation, activités "
            "interactives avec les représentants sectoriels, puis événements de recrutement.</li>"
            "<li>Un tour de table : chaque personne se présente en une minute. C'est votre "
            "premier essai d'argumentaire éclair, sans pression.</li>"
            "<li>Une période de questions sur le marché du travail montréalais et les secteurs "
            "qui recrutent.</li></ul>",
            "<ul><li>A group session of 90 minutes to 2 hours, online or at the Chamber, led by "
            "a Talents and Diversity advisor.</li>"
            "<li>An overview of the path: welcome activity and course, interactive activities "
            "with sector representatives, then recruitment events.</li>"
            "<li>A round of introductions: everyone introduces themselves in one minute. It is "
            "your first elevator pitch, with no pressure.</li>"
            "<li>Time for questions about the Montreal job market and the sectors that are "
            "hiring.</li></ul>",
        ),
        what_to_prepare=pick(
            lang,
            "<ul><li>Votre curriculum vitæ à jour, adapté au Québec si possible.</li>"
            "<li>Deux ou trois secteurs ou types de postes qui vous intéressent.</li>"
            "<li>Pour une séance en ligne : un ordinateur avec caméra et micro, et un endroit "
            "calme.</li>"
            "<li>Vos questions : il n'y a pas de mauvaise question.</li></ul>",
            "<ul><li>Your up-to-date résumé, adapted to Quebec if possible.</li>"
            "<li>Two or three sectors or kinds of jobs that interest you.</li>"
            "<li>For an online session: a computer with a camera and microphone, and a quiet "
            "place.</li>"
            "<li>Your questions: there is no bad question.</li></ul>",
        ),
        sessions=_upcoming_sessions() if lang == "fr" else [],
    )


def build_course(lang: str) -> CoursePage:
    return CoursePage(
        title=pick(lang, "Candidature vidéo", "Video application"),
        slug=pick(lang, "candidature-video", "video-application"),
        show_in_menus=True,
        search_description=pick(
            lang,
            "Rédigez un argumentaire éclair convaincant et réalisez une candidature vidéo qui "
            "donne envie de vous rencontrer.",
            "Write a convincing elevator pitch and make a video application that makes "
            "employers want to meet you.",
        ),
        intro=pick(
            lang,
            "<p>En quelques minutes de vidéo, un employeur doit comprendre qui vous êtes, ce que "
            "vous savez faire et pourquoi vous rencontrer. Cette formation, conçue avec un expert "
            "en image de marque et en identité professionnelle numérique, vous guide pas à pas : "
            "de votre argumentaire éclair jusqu'à une vidéo prête à partager avec les entreprises "
            "des événements de recrutement.</p>"
            "<p>Suivez les modules dans l'ordre, à votre rythme. Gardez un document ouvert pour "
            "les exercices : à la fin, vous aurez votre texte, votre profil et votre vidéo.</p>",
            "<p>In a few minutes of video, an employer must understand who you are, what you can "
            "do and why they should meet you. This course, designed with an expert in personal "
            "branding and professional digital identity, guides you step by step: from your "
            "elevator pitch to a video ready to share with the companies at recruitment "
            "events.</p>"
            "<p>Take the modules in order, at your own pace. Keep a document open for the "
            "exercises: by the end, you will have your text, your profile and your video.</p>",
        ),
        learning_objectives=pick(
            lang,
            "<ul><li>Rédiger un argumentaire éclair professionnel de 60 secondes.</li>"
            "<li>Soigner votre identité professionnelle numérique, en cohérence avec votre "
            "vidéo.</li>"
            "<li>Tourner une vidéo claire avec un téléphone : cadrage, lumière, son et "
            "décor.</li>"
            "<li>Réviser, améliorer et partager votre candidature vidéo.</li>"
            "<li>Arriver préparé aux entrevues éclair avec les employeurs.</li></ul>",
            "<ul><li>Write a professional 60-second elevator pitch.</li>"
            "<li>Take care of your professional digital identity, consistent with your "
            "video.</li>"
            "<li>Film a clear video with a phone: framing, light, sound and setting.</li>"
            "<li>Review, improve and share your video application.</li>"
            "<li>Arrive ready for speed interviews with employers.</li></ul>",
        ),
    )


def _heading(text: str, level: str = "h2") -> tuple[str, dict]:
    return ("heading", {"text": text, "level": level})


def build_module_recruiters(lang: str) -> ModulePage:
    return ModulePage(
        title=pick(
            lang,
            "Ce que les recruteurs recherchent dans une candidature vidéo",
            "What recruiters look for in a video application",
        ),
        slug=pick(lang, "ce-que-recherchent-les-recruteurs", "what-recruiters-look-for"),
        estimated_minutes=15,
        summary=pick(
            lang,
            "Comprendre pourquoi les employeurs montréalais demandent des vidéos et ce qu'ils "
            "regardent en premier.",
            "Understand why Montreal employers ask for videos and what they look at first.",
        ),
        learning_objectives=pick(
            lang,
            "<ul><li>Expliquer ce qu'une vidéo apporte de plus qu'un CV.</li>"
            "<li>Nommer les trois choses qu'un recruteur retient d'une première "
            "impression.</li></ul>",
            "<ul><li>Explain what a video adds to a résumé.</li>"
            "<li>Name the three things a recruiter remembers from a first impression.</li></ul>",
        ),
        body=[
            _heading(pick(lang, "Pourquoi une vidéo ?", "Why a video?")),
            (
                "paragraph",
                pick(
                    lang,
                    "<p>Un recruteur consacre souvent moins d'une minute au premier survol d'un CV. Une courte "
                    "vidéo lui montre ce que le papier ne dit pas : votre façon de communiquer, "
                    "votre français ou votre anglais au travail, votre énergie. Pour une personne "
                    "dont l'expérience a été acquise à l'étranger, c'est souvent la meilleure "
                    "façon de rendre cette expérience concrète.</p>",
                    "<p>A recruiter often spends less than a minute on a first look at a résumé. A short "
                    "video shows what paper cannot: how you communicate, your working French or "
                    "English, your energy. For someone whose experience was gained abroad, it is "
                    "often the best way to make that experience concrete.</p>",
                ),
            ),
            _heading(pick(lang, "Ce qu'ils regardent en premier", "What they look at first")),
            (
                "checklist",
                {
                    "title": pick(
                        lang,
                        "Les 30 premières secondes d'une candidature vidéo",
                        "The first 30 seconds of a video application",
                    ),
                    "items": [
                        pick(
                            lang,
                            "La clarté : votre profession et votre expérience dès la première "
                            "phrase.",
                            "Clarity: your profession and experience in the first sentence.",
                        ),
                        pick(
                            lang,
                            "La pertinence : un lien évident avec le poste ou le secteur visé.",
                            "Relevance: an obvious link with the job or sector you want.",
                        ),
                        pick(
                            lang,
                            "Le professionnalisme : une image nette, un son clair, une tenue "
                            "soignée.",
                            "Professionalism: a sharp picture, clear sound, neat clothing.",
                        ),
                        pick(
                            lang,
                            "L'authenticité : vous parlez avec vos mots, sans réciter.",
                            "Authenticity: you speak in your own words, without reciting.",
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": pick(lang, "Astuce", "Tip"),
                    "text": pick(
                        lang,
                        "<p>Une vidéo parfaite n'existe pas. Les recruteurs préfèrent une personne "
                        "naturelle et bien préparée à une production de studio.</p>",
                        "<p>There is no perfect video. Recruiters prefer a natural, "
                        "well-prepared person to a studio production.</p>",
                    ),
                },
            ),
            (
                "quote",
                {
                    "quote": pick(
                        lang,
                        "Expliquez votre travail simplement, comme à une personne d'un autre "
                        "domaine : c'est exactement ce que nous vérifierons en entrevue.",
                        "Explain your work simply, as you would to someone from another field: "
                        "that is exactly what we will check in the interview.",
                    ),
                    "attribution": pick(
                        lang,
                        "Ce que les recruteurs répètent souvent",
                        "What recruiters often say",
                    ),
                },
            ),
        ],
    )


def build_module_pitch(lang: str, files: CourseFiles) -> ModulePage:
    return ModulePage(
        title=pick(lang, "Rédiger votre argumentaire éclair", "Writing your elevator pitch"),
        slug=pick(lang, "rediger-argumentaire-eclair", "writing-your-elevator-pitch"),
        estimated_minutes=30,
        summary=pick(
            lang,
            "Construire, en cinq parties, une présentation de 60 secondes qui donne envie de "
            "vous rencontrer.",
            "Build, in five parts, a 60-second introduction that makes people want to meet you.",
        ),
        learning_objectives=pick(
            lang,
            "<ul><li>Structurer votre argumentaire éclair en cinq parties.</li>"
            "<li>Remplacer les qualités générales par des réalisations chiffrées.</li>"
            "<li>Rédiger et chronométrer votre propre argumentaire.</li></ul>",
            "<ul><li>Structure your elevator pitch in five parts.</li>"
            "<li>Replace general qualities with measurable achievements.</li>"
            "<li>Write and time your own pitch.</li></ul>",
        ),
        body=[
            _heading(pick(lang, "Une structure en cinq parties", "A five-part structure")),
            (
                "paragraph",
                pick(
                    lang,
                    "<p>L'argumentaire éclair (en anglais, <i>elevator pitch</i>) dure environ "
                    "60 secondes, soit 130 à 150 mots. Il répond, dans l'ordre, à cinq "
                    "questions :</p>"
                    "<ol><li><b>Qui je suis</b> : votre nom, votre profession, vos années "
                    "d'expérience.</li>"
                    "<li><b>Ce que j'ai accompli</b> : une réalisation concrète, idéalement "
                    "chiffrée.</li>"
                    "<li><b>Ce que j'apporte</b> : vos compétences clés, vos langues, votre "
                    "connaissance du secteur.</li>"
                    "<li><b>Ce que je cherche</b> : le poste et le milieu de travail visés.</li>"
                    "<li><b>Mon appel à l'action</b> : ce que vous proposez à "
                    "l'employeur.</li></ol>",
                    "<p>The elevator pitch (in French, <i>argumentaire éclair</i>) lasts about "
                    "60 seconds, or 130 to 150 words. It answers five questions, in this "
                    "order:</p>"
                    "<ol><li><b>Who I am</b>: your name, your profession, your years of "
                    "experience.</li>"
                    "<li><b>What I have achieved</b>: one concrete achievement, ideally "
                    "measurable.</li>"
                    "<li><b>What I bring</b>: your key skills, your languages, your knowledge "
                    "of the sector.</li>"
                    "<li><b>What I am looking for</b>: the job and workplace you want.</li>"
                    "<li><b>My call to action</b>: what you offer the employer.</li></ol>",
                ),
            ),
            _heading(pick(lang, "Un exemple commenté", "A worked example")),
            (
                "example_pitch",
                {
                    "speaker": pick(
                        lang,
                        "Amina, ingénieure civile, huit ans d'expérience",
                        "Amina, civil engineer, eight years of experience",
                    ),
                    "pitch": pick(
                        lang,
                        "Bonjour, je m'appelle Amina Benali. Je suis ingénieure civile, avec huit "
                        "ans d'expérience en gestion de chantiers d'infrastructures au Maroc. "
                        "J'ai dirigé la réfection d'un réseau d'aqueduc de 12 kilomètres, livrée "
                        "deux mois avant l'échéance et sous le budget. Je maîtrise AutoCAD "
                        "Civil 3D et MS Project, et je travaille en français et en anglais. "
                        "Depuis mon arrivée à Montréal, j'ai suivi une formation sur le Code de "
                        "construction du Québec. Je cherche un poste de chargée de projets dans "
                        "une firme de génie-conseil ou une municipalité. J'aimerais beaucoup "
                        "vous parler de vos projets d'infrastructures de l'an prochain.",
                        "Hello, my name is Amina Benali. I am a civil engineer with eight years "
                        "of experience managing infrastructure sites in Morocco. I led the "
                        "rehabilitation of a 12-kilometre water main, delivered two months "
                        "early and under budget. I am proficient in AutoCAD Civil 3D and "
                        "MS Project, and I work in French and English. Since arriving in "
                        "Montreal, I have taken a course on the Quebec Construction Code. I am "
                        "looking for a project manager position in an engineering consulting "
                        "firm or a municipality. I would love to hear about your infrastructure "
                        "projects for next year.",
                    ),
                    "strengths": [
                        pick(
                            lang,
                            "Sa profession et son expérience sont claires dès la deuxième phrase.",
                            "Her profession and experience are clear by the second sentence.",
                        ),
                        pick(
                            lang,
                            "Une réalisation chiffrée (12 km, deux mois d'avance) remplace "
                            "« je suis rigoureuse ».",
                            "A measurable achievement (12 km, two months early) replaces "
                            "“I am thorough”.",
                        ),
                        pick(
                            lang,
                            "Elle fait le pont avec le Québec : formation suivie ici, langues de "
                            "travail.",
                            "She bridges to Quebec: a course taken here, her working languages.",
                        ),
                        pick(
                            lang,
                            "Elle termine par une invitation à poursuivre la conversation.",
                            "She ends with an invitation to continue the conversation.",
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": pick(lang, "À éviter", "Avoid"),
                    "text": pick(
                        lang,
                        "<p>Raconter tout votre parcours depuis vos études, lire votre CV, ou "
                        "vous excuser de votre accent. Votre accent fait partie de vous ; votre "
                        "expérience, elle, doit être claire.</p>",
                        "<p>Telling your whole story since university, reading your résumé, or "
                        "apologising for your accent. Your accent is part of you; your "
                        "experience is what must be clear.</p>",
                    ),
                },
            ),
            (
                "worksheet",
                {
                    "document": files.worksheet,
                    "title": pick(
                        lang,
                        "Télécharger le gabarit d'argumentaire éclair",
                        "Download the elevator pitch template",
                    ),
                    "description": pick(
                        lang,
                        "Un gabarit bilingue en cinq parties, à remplir avant l'exercice.",
                        "A bilingual five-part template to fill in before the exercise.",
                    ),
                },
            ),
            (
                "exercise",
                {
                    "title": pick(
                        lang,
                        "Rédigez votre argumentaire de 60 secondes",
                        "Write your 60-second pitch",
                    ),
                    "prompt": pick(
                        lang,
                        "<p>Remplissez le gabarit, une ou deux phrases par partie. Lisez votre "
                        "texte à voix haute en vous chronométrant, puis coupez jusqu'à tenir en "
                        "60 secondes.</p>"
                        "<p>Faites-le lire à une personne de confiance : peut-elle dire, sans "
                        "relire, quel poste vous cherchez ?</p>",
                        "<p>Fill in the template, one or two sentences per part. Read your text "
                        "aloud while timing yourself, then cut until it fits in 60 seconds.</p>"
                        "<p>Have someone you trust read it: can they say, without reading it "
                        "again, what job you are looking for?</p>",
                    ),
                    "minutes": 20,
                },
            ),
        ],
    )


def build_module_identity(lang: str) -> ModulePage:
    return ModulePage(
        title=pick(
            lang,
            "Votre identité professionnelle numérique et votre image de marque",
            "Your professional digital identity and personal brand",
        ),
        slug=pick(lang, "identite-professionnelle-numerique", "professional-digital-identity"),
        estimated_minutes=20,
        summary=pick(
            lang,
            "Faire en sorte que ce qu'un employeur trouve en ligne confirme votre vidéo.",
            "Make sure what an employer finds online confirms your video.",
        ),
        learning_objectives=pick(
            lang,
            "<ul><li>Vérifier ce que l'on trouve sur vous en ligne.</li>"
            "<li>Rédiger un titre professionnel clair pour votre profil.</li></ul>",
            "<ul><li>Check what can be found about you online.</li>"
            "<li>Write a clear professional headline for your profile.</li></ul>",
        ),
        body=[
            (
                "paragraph",
                pick(
                    lang,
                    "<p>Avant ou après avoir vu votre vidéo, un recruteur cherchera votre nom "
                    "en ligne. Votre image de marque, c'est la cohérence entre ce que vous dites, "
                    "ce que montre votre profil et ce que disent vos références.</p>",
                    "<p>Before or after watching your video, a recruiter will search for your "
                    "name online. Your personal brand is the consistency between what you say, "
                    "what your profile shows and what your references say.</p>",
                ),
            ),
            _heading(pick(lang, "Votre profil professionnel", "Your professional profile")),
            (
                "checklist",
                {
                    "title": pick(
                        lang, "Un profil prêt pour les employeurs", "A profile ready for employers"
                    ),
                    "items": [
                        pick(
                            lang,
                            "Une photo récente, de face, sur un fond simple.",
                            "A recent photo, facing the camera, on a plain background.",
                        ),
                        pick(
                            lang,
                            "Un titre qui dit votre métier et votre spécialité, pas « à la "
                            "recherche d'un emploi ».",
                            "A headline that states your trade and specialty, not “looking for "
                            "work”.",
                        ),
                        pick(
                            lang,
                            "Un résumé qui reprend les grandes lignes de votre argumentaire "
                            "éclair.",
                            "A summary that follows the main points of your elevator pitch.",
                        ),
                        pick(
                            lang,
                            "Vos expériences avec des résultats, et l'équivalence de vos "
                            "diplômes si vous l'avez.",
                            "Your experience with results, and your credential evaluation if "
                            "you have one.",
                        ),
                        pick(
                            lang,
                            "Le même nom, la même photo et le même titre partout.",
                            "The same name, photo and headline everywhere.",
                        ),
                    ],
                },
            ),
            _heading(pick(lang, "Faire le ménage", "Tidy up")),
            (
                "paragraph",
                pick(
                    lang,
                    "<p>Cherchez votre nom dans un moteur de recherche, en navigation privée. "
                    "Rendez privés les comptes personnels et retirez les publications que vous "
                    "ne voudriez pas voir en entrevue.</p>",
                    "<p>Search for your name in a search engine, in a private window. Make "
                    "personal accounts private and remove posts you would not want to discuss "
                    "in an interview.</p>",
                ),
            ),
            (
                "exercise",
                {
                    "title": pick(
                        lang,
                        "Écrivez votre titre professionnel",
                        "Write your professional headline",
                    ),
                    "prompt": pick(
                        lang,
                        "<p>En moins de 120 caractères : votre métier, votre spécialité et un "
                        "atout distinctif. Par exemple : « Comptable CPA en devenir — fiscalité "
                        "des PME — bilingue français-anglais ».</p>",
                        "<p>In under 120 characters: your trade, your specialty and one "
                        "distinctive strength. For example: “Accountant, CPA candidate — small "
                        "business taxation — bilingual French-English”.</p>",
                    ),
                    "minutes": 10,
                },
            ),
        ],
    )


def build_module_filming(lang: str, files: CourseFiles) -> ModulePage:
    return ModulePage(
        title=pick(
            lang,
            "Tourner : cadrage, lumière, son et décor",
            "Filming: framing, light, sound and setting",
        ),
        slug=pick(lang, "tourner-cadrage-lumiere-son", "filming-framing-light-sound"),
        estimated_minutes=20,
        summary=pick(
            lang,
            "Les réglages simples qui font d'une vidéo tournée au téléphone une vidéo "
            "professionnelle.",
            "The simple settings that turn a phone video into a professional one.",
        ),
        learning_objectives=pick(
            lang,
            "<ul><li>Cadrer votre visage et placer la caméra à la bonne hauteur.</li>"
            "<li>Utiliser la lumière naturelle et obtenir un son clair.</li>"
            "<li>Choisir un décor sobre et une tenue adaptée au secteur.</li></ul>",
            "<ul><li>Frame your face and put the camera at the right height.</li>"
            "<li>Use natural light and get clear sound.</li>"
            "<li>Choose a plain setting and clothing suited to the sector.</li></ul>",
        ),
        body=[
            (
                "video",
                {
                    "video": files.video,
                    "title": pick(
                        lang,
                        "Les trois réglages à vérifier avant d'enregistrer (16 secondes)",
                        "Three settings to check before you record (16 seconds)",
                    ),
                    "captions": [
                        {"language": "fr", "file": files.captions_fr},
                        {"language": "en", "file": files.captions_en},
                    ],
                    "transcript": pick(
                        lang,
                        "<p>Candidature vidéo : trois réglages avant d'appuyer sur « Enregistrer "
                        "». Cadrage : placez la caméra à la hauteur des yeux, vos yeux au tiers "
                        "supérieur de l'image. Lumière : mettez-vous face à une fenêtre, jamais "
                        "dos à la lumière. Son : choisissez une pièce calme et rapprochez-vous du "
                        "micro.</p>",
                        "<p>Video application: three settings to check before you press "
                        "“Record”. Framing: put the camera at eye level, with your eyes on the "
                        "top third of the picture. Light: face a window, never sit with your "
                        "back to the light. Sound: choose a quiet room and get close to the "
                        "microphone.</p>",
                    ),
                },
            ),
            _heading(pick(lang, "Cadrage", "Framing")),
            (
                "paragraph",
                pick(
                    lang,
                    "<p>Tenez le téléphone à l'horizontale, sur un support stable, à la hauteur "
                    "de vos yeux. Cadrez de la taille à un peu au-dessus de la tête, et regardez "
                    "l'objectif, pas votre image à l'écran.</p>",
                    "<p>Hold the phone horizontally, on a steady stand, at eye level. Frame from "
                    "your waist to just above your head, and look at the lens, not at your "
                    "image on the screen.</p>",
                ),
            ),
            _heading(pick(lang, "Lumière et son", "Light and sound")),
            (
                "paragraph",
                pick(
                    lang,
                    "<p>La lumière doit venir de devant vous : une fenêtre en plein jour est "
                    "idéale. Pour le son, fermez les fenêtres, éteignez la ventilation et "
                    "utilisez les écouteurs à micro de votre téléphone si la pièce résonne.</p>",
                    "<p>Light must come from in front of you: a window in daylight is ideal. "
                    "For sound, close the windows, turn off the fan and use your phone's "
                    "earphones with microphone if the room echoes.</p>",
                ),
            ),
            _heading(pick(lang, "Décor et tenue", "Setting and clothing")),
            (
                "paragraph",
                pick(
                    lang,
                    "<p>Un mur uni ou une bibliothèque rangée suffit. Habillez-vous comme pour "
                    "une entrevue dans votre secteur, en évitant les petits motifs qui "
                    "scintillent à l'écran.</p>",
                    "<p>A plain wall or a tidy bookshelf is enough. Dress as you would for an "
                    "interview in your sector, avoiding small patterns that flicker on "
                    "screen.</p>",
                ),
            ),
            (
                "checklist",
                {
                    "title": pick(
                        lang, "Avant d'appuyer sur « Enregistrer »", "Before you press “Record”"
                    ),
                    "items": [
                        pick(
                            lang,
                            "Le téléphone est à l'horizontale et à la hauteur des yeux.",
                            "The phone is horizontal and at eye level.",
                        ),
                        pick(
                            lang,
                            "La lumière vient de devant moi.",
                            "The light comes from in front of me.",
                        ),
                        pick(
                            lang,
                            "Les notifications sont désactivées.",
                            "Notifications are turned off.",
                        ),
                        pick(
                            lang,
                            "J'ai fait un essai de 10 secondes et je l'ai écouté.",
                            "I made a 10-second test and listened to it.",
                        ),
                    ],
                },
            ),
        ],
    )


def build_module_recording(lang: str) -> ModulePage:
    return ModulePage(
        title=pick(
            lang,
            "Enregistrer, réviser et partager votre vidéo",
            "Recording, reviewing and sharing your video",
        ),
        slug=pick(lang, "enregistrer-reviser-partager", "recording-reviewing-sharing"),
        estimated_minutes=25,
        summary=pick(
            lang,
            "Passer de votre texte à une vidéo finale, et la transmettre de façon professionnelle.",
            "Go from your text to a final video, and send it professionally.",
        ),
        learning_objectives=pick(
            lang,
            "<ul><li>Enregistrer plusieurs prises sans apprendre votre texte par cœur.</li>"
            "<li>Réviser votre vidéo avec une grille simple.</li>"
            "<li>Partager un lien privé plutôt qu'un fichier lourd.</li></ul>",
            "<ul><li>Record several takes without learning your text by heart.</li>"
            "<li>Review your video with a simple checklist.</li>"
            "<li>Share a private link rather than a heavy file.</li></ul>",
        ),
        body=[
            _heading(pick(lang, "Enregistrer", "Recording")),
            (
                "paragraph",
                pick(
                    lang,
                    "<p>Ne lisez pas : notez les cinq parties de votre argumentaire en "
                    "mots-clés sur une feuille placée derrière le téléphone. Faites trois ou "
                    "quatre prises ; la troisième est souvent la plus naturelle.</p>",
                    "<p>Do not read: write the five parts of your pitch as keywords on a sheet "
                    "placed behind the phone. Record three or four takes; the third is often "
                    "the most natural.</p>",
                ),
            ),
            _heading(pick(lang, "Réviser", "Reviewing")),
            (
                "checklist",
                {
                    "title": pick(lang, "Ma grille de révision", "My review checklist"),
                    "items": [
                        pick(
                            lang,
                            "La vidéo dure entre 60 et 90 secondes.",
                            "The video lasts between 60 and 90 seconds.",
                        ),
                        pick(
                            lang,
                            "On comprend mon métier dans les 10 premières secondes.",
                            "My trade is clear in the first 10 seconds.",
                        ),
                        pick(
                            lang,
                            "Le son est clair sans monter le volume.",
                            "The sound is clear without turning up the volume.",
                        ),
                        pick(
                            lang,
                            "Je regarde la caméra et je souris au début et à la fin.",
                            "I look at the camera and smile at the start and the end.",
                        ),
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": pick(lang, "Demandez un avis", "Ask for feedback"),
                    "text": pick(
                        lang,
                        "<p>Montrez votre vidéo à votre conseillère ou à votre conseiller "
                        "Talents et diversité avant de l'envoyer à un employeur.</p>",
                        "<p>Show your video to your Talents and Diversity advisor before sending "
                        "it to an employer.</p>",
                    ),
                },
            ),
            _heading(pick(lang, "Partager", "Sharing")),
            (
                "paragraph",
                pick(
                    lang,
                    "<p>Déposez la vidéo sur un service d'hébergement en mode « non répertorié » "
                    "ou privé, et partagez le lien. Nommez le fichier avec votre nom et votre "
                    "métier, par exemple « Amina-Benali-ingenieure-civile ». Vérifiez le lien "
                    "depuis un autre appareil avant de l'envoyer.</p>",
                    "<p>Upload the video to a hosting service as “unlisted” or private, and "
                    "share the link. Name the file with your name and trade, for example "
                    "“Amina-Benali-civil-engineer”. Check the link from another device before "
                    "sending it.</p>",
                ),
            ),
        ],
    )


def build_module_speed_interviews(lang: str) -> ModulePage:
    return ModulePage(
        title=pick(lang, "Se préparer aux entrevues éclair", "Preparing for speed interviews"),
        slug=pick(lang, "preparer-entrevues-eclair", "preparing-for-speed-interviews"),
        estimated_minutes=20,
        summary=pick(
            lang,
            "Tirer le meilleur de quelques minutes avec chaque employeur lors des événements "
            "de recrutement.",
            "Make the most of a few minutes with each employer at recruitment events.",
        ),
        learning_objectives=pick(
            lang,
            "<ul><li>Adapter votre argumentaire éclair à chaque entreprise.</li>"
            "<li>Préparer des questions pertinentes et assurer le suivi.</li></ul>",
            "<ul><li>Adapt your elevator pitch to each company.</li>"
            "<li>Prepare relevant questions and follow up.</li></ul>",
        ),
        body=[
            (
                "paragraph",
                pick(
                    lang,
                    "<p>Lors des événements de recrutement de Passerelle sectorielle, vous "
                    "rencontrez plusieurs employeurs, quelques minutes chacun, en personne ou "
                    "lors d'une foire de l'emploi virtuelle. Grâce au jumelage professionnel, "
                    "ces entreprises recherchent déjà votre profil de compétences.</p>",
                    "<p>At Passerelle sectorielle recruitment events, you meet several "
                    "employers for a few minutes each, in person or at a virtual job fair. "
                    "Thanks to professional matching, these companies are already looking for "
                    "your skills profile.</p>",
                ),
            ),
            _heading(pick(lang, "Avant l'événement", "Before the event")),
            (
                "checklist",
                {
                    "title": pick(lang, "Ma préparation", "My preparation"),
                    "items": [
                        pick(
                            lang,
                            "Je connais les entreprises jumelées : activités, projets, postes "
                            "affichés.",
                            "I know the matched companies: activities, projects, posted jobs.",
                        ),
                        pick(
                            lang,
                            "J'ai adapté la fin de mon argumentaire à chacune.",
                            "I have adapted the end of my pitch to each of them.",
                        ),
                        pick(
                            lang,
                            "J'ai préparé deux questions par entreprise.",
                            "I have prepared two questions per company.",
                        ),
                        pick(
                            lang,
                            "Mon CV et le lien vers ma vidéo sont prêts à partager.",
                            "My résumé and the link to my video are ready to share.",
                        ),
                    ],
                },
            ),
            _heading(pick(lang, "Pendant et après", "During and after")),
            (
                "paragraph",
                pick(
                    lang,
                    "<p>Commencez par votre argumentaire, puis laissez la place à la "
                    "conversation : écoutez autant que vous parlez. Avant de partir, demandez "
                    "la suite du processus et les coordonnées de la personne. Dans les 24 "
                    "heures, envoyez un courriel de remerciement court qui rappelle un point "
                    "précis de votre échange.</p>",
                    "<p>Start with your pitch, then let the conversation happen: listen as much "
                    "as you speak. Before leaving, ask about the next steps and the person's "
                    "contact details. Within 24 hours, send a short thank-you email that "
                    "recalls a specific point of your conversation.</p>",
                ),
            ),
            (
                "exercise",
                {
                    "title": pick(
                        lang,
                        "Adaptez votre argumentaire à une entreprise",
                        "Adapt your pitch to one company",
                    ),
                    "prompt": pick(
                        lang,
                        "<p>Choisissez une entreprise montréalaise de votre secteur. Réécrivez "
                        "la fin de votre argumentaire pour la relier à un de ses projets ou de "
                        "ses postes affichés, puis préparez deux questions à lui poser.</p>",
                        "<p>Choose a Montreal company in your sector. Rewrite the end of your "
                        "pitch to link it to one of its projects or posted jobs, then prepare "
                        "two questions to ask.</p>",
                    ),
                    "minutes": 15,
                },
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "title": pick(lang, "Et ensuite ?", "What next?"),
                    "text": pick(
                        lang,
                        "<p>Après les premières rencontres, l'option de jumelage autonome vous "
                        "permet de poursuivre les échanges avec les entreprises intéressées.</p>",
                        "<p>After the first meetings, the autonomous matching option lets you "
                        "continue talking with interested companies.</p>",
                    ),
                },
            ),
        ],
    )


def load(*, home: HomePage) -> None:
    """Add this app's bilingual demo pages under the French home page (idempotent)."""
    files = load_files()
    add_bilingual_page(home, build_welcome_activity)
    course = add_bilingual_page(home, build_course)
    for build in (
        build_module_recruiters,
        partial(build_module_pitch, files=files),
        build_module_identity,
        partial(build_module_filming, files=files),
        build_module_recording,
        build_module_speed_interviews,
    ):
        add_bilingual_page(course, build)
