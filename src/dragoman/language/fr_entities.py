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
