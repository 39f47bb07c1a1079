"""French words the entity rules read around names (``EntityWords``; the French pack's
``entity_words``). Written for this project (issue 14, French entities)."""

from dragoman.language.entitywords import EntityWords

ENTITY_WORDS = EntityWords(
    firm_partner_words=frozenset({"fils", "cie", "associés", "frères", "compagnie"}),
    # The French press writes the ministry noun in lower case before its capitalised portfolio
    # ("le ministère de la Santé") or capitalised ("le Ministère de l'Intérieur"); NER tags the
    # portfolio alone or the noun alone (entities/ministrynames.py). Not "secrétariat": "le
    # secrétariat de la CEDEAO" names the body it is of.
    ministry_nouns=frozenset({"ministère", "ministères"}),
    ministry_links=("de la", "de l'", "de l’", "du", "des"),
    # read off the probes of the issue-14 French review (tests/entities/test_ministrynames.py):
    # "nationale", "étrangères", "supérieur" (not "-ique": verbs of saying end so, "indique",
    # "explique"); "palestinien", "français", "marocain"; "européenne"
    portfolio_adjective_endings=("ale", "ales", "aux", "ère", "ères", "ier", "iers", "ieur",
                                 "ieure", "ieurs", "ieures", "elle", "elles", "el", "els",
                                 "aire", "aires", "ive", "ives"),
    people_adjective_endings=("ien", "ienne", "iens", "iennes", "ais", "aise", "aises", "ois",
                              "oise", "oises", "ain", "aine", "ains", "aines"),
    body_adjective_endings=("enne", "ennes"),
    portfolio_stop_words=frozenset({"de", "du", "des", "la", "le", "les", "et", "ou", "en", "à",
                                    "au", "aux"}),
    portfolio_conjunctions=("et",),
    # "Abonnez-vous", "Souvenez-vous", "Rendez-nous": imperatives and inverted questions; not
    # "le", "la", "les" (place names: "Boulogne-la-Grasse"), nor "y", "en" ("Saint-Jean-en-Royans")
    verb_clitics=frozenset({"vous", "nous", "moi", "toi"}),
    # titles the press writes with a capital inside (entities/roletitlewords.py)
    title_phrases=("procureur de la République", "procureure de la République",
                   "président de la République", "présidente de la République",
                   "garde des Sceaux", "secrétaire d'État", "secrétaire d’État",
                   "ministre d'État", "ministre d’État"),
    # "la tempête Zeus", "l'ouragan Irma", "la dépression Aline" (entities/stormnames.py)
    storm_words=frozenset({"tempête", "ouragan", "cyclone", "typhon", "dépression"}),
    storm_words_lower=True,
    # "Me Isabelle Steyer", "Maître Hervé Temime": a lawyer's or notary's title; "Me" is English
    # "me" ("Me Too"), so the pack's own (entities/packtitles.py)
    own_person_titles=("Me", "Maître"),
    # peoples of nations and continents (entities/peoplenouns.py): "les Français", "des
    # Ukrainiens" were tagged LOC or ORG. Not a word whose feminine or plural is a place or a
    # surname too: "suisse" ("la Suisse"), "corse", "breton" (Thierry Breton), nor a town's
    # people ("Le Parisien" is a paper)
    people_nouns=frozenset({
        "français", "allemand", "britannique", "anglais", "écossais", "irlandais", "gallois",
        "américain", "canadien", "québécois", "mexicain", "brésilien", "argentin", "chilien",
        "colombien", "vénézuélien", "cubain", "haïtien", "péruvien", "bolivien", "équatorien",
        "italien", "espagnol", "portugais", "belge", "néerlandais", "luxembourgeois",
        "autrichien", "polonais", "tchèque", "slovaque", "hongrois", "roumain", "bulgare",
        "serbe", "croate", "slovène", "bosnien", "albanais", "grec", "chypriote", "danois",
        "suédois", "norvégien", "finlandais", "islandais", "estonien", "letton", "lituanien",
        "russe", "ukrainien", "biélorusse", "moldave", "géorgien", "arménien", "azerbaïdjanais",
        "turc", "kurde", "israélien", "palestinien", "libanais", "syrien", "jordanien",
        "irakien", "iranien", "saoudien", "yéménite", "qatari", "émirien", "koweïtien",
        "égyptien", "libyen", "tunisien", "algérien", "marocain", "soudanais", "éthiopien",
        "somalien", "kényan", "nigérian", "nigérien", "malien", "sénégalais", "ivoirien",
        "burkinabé", "camerounais", "congolais", "rwandais", "sud-africain", "afghan",
        "pakistanais", "indien", "bangladais", "chinois", "taïwanais", "japonais", "coréen",
        "nord-coréen", "sud-coréen", "vietnamien", "thaïlandais", "birman", "philippin",
        "indonésien", "malaisien", "australien", "néo-zélandais", "européen", "africain",
        "asiatique"}),
    # a people's noun follows a determiner, a number or a preposition ("les Français", "deux
    # Marocains", "chez les Grecs"); after another lower-case word it is a name's ("l'océan
    # Indien"), kept
    people_determiners=frozenset({"le", "la", "les", "l", "un", "une", "des", "aux", "au", "du",
                                  "de", "d", "ces", "ses", "leurs", "nos", "vos", "deux", "trois",
                                  "quatre", "cinq", "six", "dix", "cent", "mille", "plusieurs",
                                  "quelques", "certains", "certaines", "nombreux", "nombreuses",
                                  "tous", "toutes", "entre", "chez", "pour", "par", "avec",
                                  "sans", "contre", "selon", "et", "ou", "que", "qui", "parmi",
                                  "dont", "mais"}),
    # "le PDG de LVMH Bernard Arnault", "l'entraîneur du PSG Luis Enrique": the CRF tags owner
    # and holder as one organisation (entities/roleowners.py); roles besides `person_roles`
    owner_roles=frozenset({"pdg", "patron", "patronne", "chef", "cheffe", "dirigeant",
                           "dirigeante", "sélectionneur", "sélectionneuse", "capitaine",
                           "président-directeur", "numéro", "leader", "délégué", "déléguée"}),
    owner_links=("de la", "de l'", "de l’", "du", "des", "de", "d'", "d’"),
    # a body or place named after a person: "le proviseur du lycée Victor Hugo" is no split
    eponym_heads=frozenset({"lycée", "collège", "école", "centre", "fondation", "institut",
                            "hôpital", "musée", "stade", "rue", "avenue", "boulevard", "place",
                            "prix", "université", "gare", "aéroport", "pont", "square", "parc",
                            "salle", "théâtre", "quai", "allée", "cité", "médiathèque",
                            "bibliothèque", "espace", "maison", "clinique", "campus", "chaire",
                            "gymnase", "piscine", "palais", "hôtel", "porte", "promenade",
                            "groupe", "caserne", "base", "prison", "bâtiment", "résidence",
                            # hospitals', care homes' and institutes' abbreviations, named
                            # after people as often as the spelled-out heads
                            "chu", "chr", "chru", "ehpad", "iut"}),
    # the French CRF types towns after "de" and "à" as organisations (entities/orgplaces.py);
    # not "du", "des": "la maire du Mans" is written with the article the town's name holds
    org_place_prepositions=frozenset({"de", "d'", "à", "en"}),
    # nouns of a team or its people, and "face à", before "de"/"à" and a town: the club
    # ("l'équipe de France", "les supporters de Lens", "face à Marseille")
    non_locative_heads=frozenset({"équipe", "équipes", "club", "clubs", "sélection", "joueur",
                                  "joueurs", "joueuse", "joueuses", "supporters", "supporteurs",
                                  "entraîneur", "entraîneuse", "attaquant", "défenseur",
                                  "gardien", "milieu", "capitaine", "maillot", "face",
                                  "victoire", "défaite", "succès", "adversaire", "adversaires",
                                  # a firm's: "le chiffre d'affaires de Carrefour" (a town too)
                                  "affaires", "salariés", "actionnaires", "dirigeant",
                                  "dirigeants", "patron", "patronne", "filiale", "filiales",
                                  "rachat", "marque", "magasins", "clients", "résultats",
                                  # more of a club's (review of issue 14: "le buteur de Lyon",
                                  # "le demi de mêlée de Toulouse", "les ultras de Paris")
                                  "coach", "buteur", "buteuse", "ailier", "latéral", "mêlée",
                                  "recrue", "recrues", "mercato", "effectif", "fans", "ultras",
                                  "supportrices", "quinze", "sponsor", "équipementier",
                                  # a band's ("le concert de Texas", "le guitariste d'Europe")
                                  # and a firm's ("les ventes de Toyota", "la panne d'Orange")
                                  "concert", "concerts", "album", "tournée", "chanteur",
                                  "chanteuse", "guitariste", "batteur", "ventes", "panne",
                                  "abonnés", "boutiques", "usines"}),
)
