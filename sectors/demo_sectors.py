"""Texts of the four demo sector briefings, French and English side by side.

No statistics are invented: the briefings describe the sectors and name the public sources
where participants find current figures. Each French rich text has exactly as many
paragraphs and list items as its English counterpart, so the English page can be imported
as a synced wagtail-localize translation.
"""

IMT = (
    "<p>Pour les chiffres à jour (salaires, perspectives d'emploi par profession), consultez "
    "<b>IMT en ligne</b> de Services Québec et le <b>Guichet-Emplois</b> du gouvernement du "
    "Canada.</p>",
    "<p>For current figures (wages, job prospects by occupation), see Services Québec's "
    "<b>IMT en ligne</b> and the Government of Canada's <b>Job Bank</b>.</p>",
)

SECTORS = [
    {
        "slug": ("technologies-de-l-information", "information-technology"),
        "title": ("Technologies de l'information", "Information technology"),
        "intro": (
            "<p>Montréal compte un grand nombre d'entreprises en technologies de l'information : "
            "éditeurs de logiciels, studios de jeux vidéo, firmes de services-conseils, "
            "laboratoires d'intelligence artificielle et équipes TI des banques, des assureurs "
            "et des services publics.</p>" + IMT[0],
            "<p>Montreal is home to a large number of information technology companies: "
            "software publishers, video game studios, consulting firms, artificial intelligence "
            "labs and the IT teams of banks, insurers and public services.</p>" + IMT[1],
        ),
        "realities": (
            "<p>Les employeurs recrutent surtout sur la foi des compétences démontrées : projets, "
            "dépôts de code, certifications reconnues. Le diplôme étranger compte moins que la "
            "capacité à expliquer ce que vous avez livré.</p>"
            "<ul><li>Le français est la langue normale du travail au Québec ; beaucoup d'équipes "
            "techniques travaillent aussi en anglais avec des clients hors Québec.</li>"
            "<li>L'expérience canadienne est souvent demandée : un projet bénévole, un contrat "
            "court ou un stage peut faire la différence.</li>"
            "<li>Le titre d'« ingénieur » est réservé aux membres de l'Ordre des ingénieurs du "
            "Québec, même en génie logiciel : n'utilisez pas ce titre sans permis.</li></ul>",
            "<p>Employers mostly hire on demonstrated skills: projects, code repositories, "
            "recognised certifications. A foreign degree counts less than your ability to "
            "explain what you delivered.</p>"
            "<ul><li>French is the normal language of work in Quebec; many technical teams also "
            "work in English with clients outside Quebec.</li>"
            "<li>Canadian experience is often asked for: a volunteer project, a short contract "
            "or an internship can make the difference.</li>"
            "<li>The title “engineer” is reserved for members of the Ordre des ingénieurs du "
            "Québec, software engineering included: do not use it without a permit.</li></ul>",
        ),
        "prospects": (
            "<p>La transformation numérique des entreprises de toutes tailles, la cybersécurité, "
            "les données et l'intelligence artificielle créent des besoins dans tous les "
            "secteurs, pas seulement chez les entreprises technologiques. Les PME cherchent "
            "souvent des profils polyvalents.</p>"
            "<p>Le comité sectoriel de main-d'œuvre <b>TECHNOCompétences</b> publie des "
            "diagnostics du secteur et des profils de compétences utiles pour cibler votre "
            "recherche.</p>",
            "<p>The digital transformation of companies of every size, cybersecurity, data and "
            "artificial intelligence create needs in every sector, not only in technology "
            "companies. Small and medium businesses often look for versatile profiles.</p>"
            "<p>The sector workforce committee <b>TECHNOCompétences</b> publishes sector "
            "diagnoses and skills profiles that help you target your search.</p>",
        ),
        "occupations": (
            "<ul><li>Développeuse ou développeur (web, mobile, infonuagique)</li>"
            "<li>Analyste en cybersécurité</li>"
            "<li>Analyste d'affaires et analyste fonctionnel</li>"
            "<li>Spécialiste des données et de l'intelligence artificielle</li>"
            "<li>Administratrice ou administrateur de systèmes et de réseaux</li></ul>",
            "<ul><li>Developer (web, mobile, cloud)</li>"
            "<li>Cybersecurity analyst</li>"
            "<li>Business analyst and functional analyst</li>"
            "<li>Data and artificial intelligence specialist</li>"
            "<li>Systems and network administrator</li></ul>",
        ),
        "regulated": [
            (
                ("Ingénieure ou ingénieur (dont génie logiciel)", "Engineer (software included)"),
                ("Ordre des ingénieurs du Québec", "Ordre des ingénieurs du Québec"),
                "https://www.oiq.qc.ca/",
            ),
            (
                ("Technologue professionnel", "Professional technologist"),
                (
                    "Ordre des technologues professionnels du Québec",
                    "Ordre des technologues professionnels du Québec",
                ),
                "https://www.otpq.qc.ca/",
            ),
        ],
        "hr_advice": (
            "<ul><li>Adaptez votre CV au format québécois : deux pages, réalisations "
            "concrètes, technologies utilisées, sans photo ni date de naissance.</li>"
            "<li>Préparez des exemples précis pour les entrevues comportementales : la "
            "situation, votre action, le résultat.</li>"
            "<li>Attendez-vous à un test technique ; demandez à l'avance quel format il "
            "prendra.</li></ul>",
            "<ul><li>Adapt your résumé to the Quebec format: two pages, concrete achievements, "
            "technologies used, no photo and no date of birth.</li>"
            "<li>Prepare precise examples for behavioural interviews: the situation, your "
            "action, the result.</li>"
            "<li>Expect a technical test; ask beforehand what format it will take.</li></ul>",
        ),
        "activities": [
            (
                (
                    "Rencontre virtuelle : les réalités du recrutement en TI",
                    "Virtual meeting: the realities of IT recruitment",
                ),
                21,
                "online",
                (
                    "<p>Inscrivez-vous auprès de votre conseillère ou conseiller Talents et "
                    "diversité ; le lien de la rencontre vous est envoyé par courriel.</p>",
                    "<p>Sign up with your Talents and Diversity advisor; the meeting link is "
                    "sent to you by e-mail.</p>",
                ),
            ),
            (
                (
                    "Atelier : présenter un portfolio technique",
                    "Workshop: presenting a technical portfolio",
                ),
                45,
                "hybrid",
                (
                    "<p>En personne à la Chambre ou en ligne. Places limitées : confirmez votre "
                    "présence auprès de votre conseillère ou conseiller.</p>",
                    "<p>In person at the Chamber or online. Seats are limited: confirm with your "
                    "advisor.</p>",
                ),
            ),
        ],
        "contact": (
            "Sophie Tremblay",
            ("Représentante sectorielle, TI", "Sector representative, IT"),
        ),
        "email": "ti.demo@example.org",
    },
    {
        "slug": ("genie", "engineering"),
        "title": ("Génie", "Engineering"),
        "intro": (
            "<p>Le génie à Montréal couvre l'aérospatiale, les transports, la construction et les "
            "infrastructures, l'énergie, le génie-conseil et la fabrication de pointe. Les "
            "grands projets publics d'infrastructure et de transport collectif y occupent une "
            "place importante.</p>" + IMT[0],
            "<p>Engineering in Montreal covers aerospace, transportation, construction and "
            "infrastructure, energy, consulting engineering and advanced manufacturing. Large "
            "public infrastructure and public transit projects play an important part.</p>"
            + IMT[1],
        ),
        "realities": (
            "<p>La profession d'ingénieur est réglementée au Québec : pour porter le titre et "
            "signer des plans, il faut un permis de l'Ordre des ingénieurs du Québec. Beaucoup "
            "de personnes formées à l'étranger commencent dans un poste connexe pendant leurs "
            "démarches.</p>"
            "<ul><li>La démarche de reconnaissance comporte une évaluation du dossier et "
            "parfois des examens ou une formation d'appoint : commencez-la tôt.</li>"
            "<li>Les chantiers et les plans se discutent en français ; la maîtrise du "
            "vocabulaire technique français est un atout décisif.</li>"
            "<li>Les normes et codes canadiens diffèrent souvent de ceux de votre pays "
            "d'origine.</li></ul>",
            "<p>Engineering is a regulated profession in Quebec: to carry the title and sign "
            "plans, you need a permit from the Ordre des ingénieurs du Québec. Many people "
            "trained abroad start in a related position while their application is under "
            "way.</p>"
            "<ul><li>Recognition involves a review of your file and sometimes exams or "
            "additional training: start early.</li>"
            "<li>Work sites and plans are discussed in French; command of French technical "
            "vocabulary is a decisive asset.</li>"
            "<li>Canadian standards and codes often differ from those of your country of "
            "origin.</li></ul>",
        ),
        "prospects": (
            "<p>Le maintien des infrastructures, l'électrification des transports et la "
            "transition énergétique soutiennent la demande en génie civil, électrique et "
            "mécanique. Les postes de technicienne ou technicien, d'estimatrice ou estimateur et "
            "de chargée ou chargé de projet sont de bonnes portes d'entrée.</p>"
            "<p>Consultez aussi les offres des firmes de génie-conseil et des donneurs "
            "d'ouvrage publics, qui recrutent en continu.</p>",
            "<p>Infrastructure maintenance, transport electrification and the energy "
            "transition sustain demand in civil, electrical and mechanical engineering. "
            "Technician, estimator and project coordinator positions are good ways in.</p>"
            "<p>Also look at the openings of consulting engineering firms and public project "
            "owners, who recruit all year.</p>",
        ),
        "occupations": (
            "<ul><li>Ingénieure ou ingénieur civil et en structures</li>"
            "<li>Ingénieure ou ingénieur électrique</li>"
            "<li>Ingénieure ou ingénieur mécanique</li>"
            "<li>Technicienne ou technicien en génie</li>"
            "<li>Chargée ou chargé de projet en construction</li></ul>",
            "<ul><li>Civil and structural engineer</li>"
            "<li>Electrical engineer</li>"
            "<li>Mechanical engineer</li>"
            "<li>Engineering technician</li>"
            "<li>Construction project coordinator</li></ul>",
        ),
        "regulated": [
            (
                ("Ingénieure ou ingénieur", "Engineer"),
                ("Ordre des ingénieurs du Québec", "Ordre des ingénieurs du Québec"),
                "https://www.oiq.qc.ca/",
            ),
            (
                ("Technologue professionnel", "Professional technologist"),
                (
                    "Ordre des technologues professionnels du Québec",
                    "Ordre des technologues professionnels du Québec",
                ),
                "https://www.otpq.qc.ca/",
            ),
            (
                ("Toutes les professions réglementées", "All regulated professions"),
                ("Office des professions du Québec", "Office des professions du Québec"),
                "https://www.opq.gouv.qc.ca/",
            ),
        ],
        "hr_advice": (
            "<ul><li>Indiquez clairement où en est votre démarche auprès de l'Ordre : les "
            "recruteurs comprennent mieux votre profil.</li>"
            "<li>Décrivez vos projets avec leur envergure, les normes appliquées et votre "
            "rôle exact.</li>"
            "<li>Mettez en valeur la santé et la sécurité au travail : c'est une attente forte "
            "des employeurs.</li></ul>",
            "<ul><li>Say clearly where your application with the Order stands: recruiters "
            "understand your profile better.</li>"
            "<li>Describe your projects with their scale, the standards applied and your exact "
            "role.</li>"
            "<li>Highlight occupational health and safety: employers expect it strongly.</li>"
            "</ul>",
        ),
        "activities": [
            (
                (
                    "Séance d'information : le permis d'exercice en génie",
                    "Information session: the engineering permit",
                ),
                28,
                "online",
                (
                    "<p>Ouverte à tous les participants du parcours ; inscrivez-vous auprès de "
                    "votre conseillère ou conseiller.</p>",
                    "<p>Open to every participant in the path; sign up with your advisor.</p>",
                ),
            ),
        ],
        "contact": (
            "Karim Benali",
            ("Représentant sectoriel, génie", "Sector representative, engineering"),
        ),
        "email": "genie.demo@example.org",
    },
    {
        "slug": ("finance-et-assurances", "finance-and-insurance"),
        "title": ("Finance et assurances", "Finance and insurance"),
        "intro": (
            "<p>Montréal est un centre financier important : banques, caisses, compagnies "
            "d'assurance, gestionnaires d'actifs, firmes comptables et entreprises de "
            "technologie financière y ont leur siège ou de grandes équipes. La grappe "
            "<b>Finance Montréal</b> décrit l'écosystème du secteur.</p>" + IMT[0],
            "<p>Montreal is an important financial centre: banks, credit unions, insurance "
            "companies, asset managers, accounting firms and financial technology companies have "
            "their head office or large teams there. The <b>Finance Montréal</b> cluster "
            "describes the sector's ecosystem.</p>" + IMT[1],
        ),
        "realities": (
            "<p>Le secteur est encadré : plusieurs métiers de la vente de produits financiers "
            "et d'assurance exigent un certificat de l'Autorité des marchés financiers, et le "
            "titre de comptable professionnel agréé est réservé aux membres de l'Ordre des CPA "
            "du Québec.</p>"
            "<ul><li>Le service à la clientèle en français est central, surtout dans les "
            "réseaux de succursales.</li>"
            "<li>Les vérifications d'antécédents et de crédit font partie de l'embauche.</li>"
            "<li>Les fonctions de conformité, de gestion des risques et d'analyse de données "
            "recrutent des profils variés.</li></ul>",
            "<p>The sector is regulated: several jobs selling financial and insurance products "
            "need a certificate from the Autorité des marchés financiers, and the title of "
            "chartered professional accountant is reserved for members of the Ordre des CPA du "
            "Québec.</p>"
            "<ul><li>Customer service in French is central, especially in branch networks.</li>"
            "<li>Background and credit checks are part of hiring.</li>"
            "<li>Compliance, risk management and data analysis functions recruit varied "
            "profiles.</li></ul>",
        ),
        "prospects": (
            "<p>Les départs à la retraite, la réglementation et la technologie financière "
            "maintiennent des besoins en comptabilité, en conformité, en assurance de dommages et "
            "en analyse. Les programmes de formation des grandes institutions accueillent des "
            "personnes en début de carrière canadienne.</p>"
            "<p>Un poste de conseillère ou conseiller au service à la clientèle peut mener, avec "
            "la certification requise, vers le conseil financier.</p>",
            "<p>Retirements, regulation and financial technology sustain needs in accounting, "
            "compliance, property and casualty insurance and analysis. The training programs of "
            "large institutions welcome people early in their Canadian career.</p>"
            "<p>A customer service advisor position can lead, with the required certification, "
            "to financial advice.</p>",
        ),
        "occupations": (
            "<ul><li>Agente ou agent en assurance de dommages</li>"
            "<li>Comptable et technicienne ou technicien comptable</li>"
            "<li>Analyste en conformité et en gestion des risques</li>"
            "<li>Conseillère ou conseiller en services financiers</li></ul>",
            "<ul><li>Property and casualty insurance agent</li>"
            "<li>Accountant and accounting technician</li>"
            "<li>Compliance and risk analyst</li>"
            "<li>Financial services advisor</li></ul>",
        ),
        "regulated": [
            (
                ("Comptable professionnel agréé (CPA)", "Chartered professional accountant (CPA)"),
                ("Ordre des CPA du Québec", "Ordre des CPA du Québec"),
                "https://cpaquebec.ca/",
            ),
            (
                (
                    "Représentante ou représentant en assurance et en épargne collective",
                    "Insurance and mutual fund representative",
                ),
                ("Autorité des marchés financiers", "Autorité des marchés financiers"),
                "https://lautorite.qc.ca/",
            ),
            (
                ("Planificatrice ou planificateur financier", "Financial planner"),
                (
                    "Institut de planification financière",
                    "Institut de planification financière",
                ),
                "https://institutpf.org/",
            ),
        ],
        "hr_advice": (
            "<ul><li>Traduisez vos titres de poste en équivalents reconnus ici et précisez les "
            "normes comptables que vous connaissez.</li>"
            "<li>Préparez-vous à parler d'éthique et de confidentialité : ce sont des valeurs "
            "attendues dans tout le secteur.</li>"
            "<li>Renseignez-vous sur les certifications de l'Autorité avant l'entrevue : "
            "l'employeur finance parfois la formation.</li></ul>",
            "<ul><li>Translate your job titles into equivalents recognised here and name the "
            "accounting standards you know.</li>"
            "<li>Be ready to talk about ethics and confidentiality: they are expected across the "
            "sector.</li>"
            "<li>Learn about the Autorité's certifications before the interview: employers "
            "sometimes pay for the training.</li></ul>",
        ),
        "activities": [
            (
                (
                    "Panel RH : entrer dans le secteur financier",
                    "HR panel: getting into the financial sector",
                ),
                35,
                "online",
                (
                    "<p>Des professionnels en ressources humaines du secteur répondent à vos "
                    "questions. Inscription auprès de votre conseillère ou conseiller.</p>",
                    "<p>HR professionals from the sector answer your questions. Sign up with "
                    "your advisor.</p>",
                ),
            ),
        ],
        "contact": (
            "Mélanie Gagnon",
            (
                "Représentante sectorielle, finance et assurances",
                "Sector representative, finance and insurance",
            ),
        ),
        "email": "finance.demo@example.org",
    },
    {
        "slug": ("sante-et-services-sociaux", "health-and-social-services"),
        "title": ("Santé et services sociaux", "Health and social services"),
        "intro": (
            "<p>Le réseau public de la santé et des services sociaux, coordonné par Santé Québec, "
            "est l'un des plus grands employeurs de la région. S'y ajoutent les cliniques "
            "privées, les pharmacies, les résidences pour aînés et les organismes "
            "communautaires.</p>" + IMT[0],
            "<p>The public health and social services network, coordinated by Santé Québec, is "
            "one of the largest employers in the region. Private clinics, pharmacies, seniors' "
            "residences and community organizations add to it.</p>" + IMT[1],
        ),
        "realities": (
            "<p>La plupart des professions de soins sont réglementées : il faut un permis de "
            "l'ordre professionnel, et souvent une évaluation du français par l'Office québécois "
            "de la langue française pour l'obtenir.</p>"
            "<ul><li>Les horaires comprennent souvent des soirs, des fins de semaine et des "
            "quarts de travail.</li>"
            "<li>Les personnes formées à l'étranger peuvent devoir suivre un stage ou une "
            "formation d'appoint avant le permis.</li>"
            "<li>Des postes non réglementés, comme préposée ou préposé aux bénéficiaires, "
            "permettent de travailler dans le réseau pendant les démarches.</li></ul>",
            "<p>Most care professions are regulated: you need a permit from the professional "
            "order, and often an assessment of your French by the Office québécois de la langue "
            "française to obtain it.</p>"
            "<ul><li>Schedules often include evenings, weekends and shifts.</li>"
            "<li>People trained abroad may have to complete an internship or additional "
            "training before the permit.</li>"
            "<li>Unregulated positions, such as patient care attendant, let you work in the "
            "network while your application is under way.</li></ul>",
        ),
        "prospects": (
            "<p>Le vieillissement de la population et les départs à la retraite maintiennent des "
            "besoins importants en soins infirmiers, en soutien aux personnes et en services "
            "sociaux. Le réseau offre des programmes d'intégration pour les professionnels "
            "formés à l'étranger.</p>"
            "<p>Les organismes communautaires recrutent aussi des intervenantes et intervenants "
            "qui parlent plusieurs langues.</p>",
            "<p>The ageing population and retirements sustain strong needs in nursing, personal "
            "support and social services. The network offers integration programs for "
            "professionals trained abroad.</p>"
            "<p>Community organizations also recruit multilingual community workers.</p>",
        ),
        "occupations": (
            "<ul><li>Infirmière ou infirmier, infirmière ou infirmier auxiliaire</li>"
            "<li>Préposée ou préposé aux bénéficiaires</li>"
            "<li>Travailleuse ou travailleur social</li>"
            "<li>Technologiste médicale ou médical</li></ul>",
            "<ul><li>Nurse, licensed practical nurse</li>"
            "<li>Patient care attendant</li>"
            "<li>Social worker</li>"
            "<li>Medical technologist</li></ul>",
        ),
        "regulated": [
            (
                ("Infirmière ou infirmier", "Nurse"),
                (
                    "Ordre des infirmières et infirmiers du Québec",
                    "Ordre des infirmières et infirmiers du Québec",
                ),
                "https://www.oiiq.org/",
            ),
            (
                ("Médecin", "Physician"),
                ("Collège des médecins du Québec", "Collège des médecins du Québec"),
                "https://www.cmq.org/",
            ),
            (
                ("Travailleuse ou travailleur social", "Social worker"),
                (
                    "Ordre des travailleurs sociaux et des thérapeutes conjugaux et familiaux du "
                    "Québec",
                    "Ordre des travailleurs sociaux et des thérapeutes conjugaux et familiaux du "
                    "Québec",
                ),
                "https://www.otstcfq.org/",
            ),
        ],
        "hr_advice": (
            "<ul><li>Joignez à votre candidature l'état de votre dossier auprès de l'ordre "
            "professionnel.</li>"
            "<li>Montrez votre capacité à travailler en équipe interdisciplinaire et à "
            "communiquer avec des patients de cultures diverses.</li>"
            "<li>Soyez prêt à parler de vos disponibilités : elles pèsent dans la "
            "décision.</li></ul>",
            "<ul><li>Include the status of your file with the professional order in your "
            "application.</li>"
            "<li>Show that you can work in an interdisciplinary team and communicate with "
            "patients of diverse cultures.</li>"
            "<li>Be ready to discuss your availability: it weighs in the decision.</li></ul>",
        ),
        "activities": [
            (
                (
                    "Rencontre avec des recruteurs du réseau de la santé",
                    "Meeting with health network recruiters",
                ),
                30,
                "in_person",
                (
                    "<p>À la Chambre de commerce du Montréal métropolitain. Inscription "
                    "obligatoire auprès de votre conseillère ou conseiller.</p>",
                    "<p>At the Chamber of Commerce of Metropolitan Montreal. Registration with "
                    "your advisor is required.</p>",
                ),
            ),
        ],
        "contact": (
            "Nadia Haddad",
            ("Représentante sectorielle, santé", "Sector representative, health"),
        ),
        "email": "sante.demo@example.org",
    },
]
