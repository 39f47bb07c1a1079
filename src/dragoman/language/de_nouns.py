"""German noun classes (``LanguageRules.noun_classes``; ``dragoman.language.nounclasses``),
kept apart from the quotation and sentence rules of ``dragoman.language.de``, which reads them:
the words the German span shaping (``dragoman.entities.germanwords``, ``germanspans``) knows
never to be names, to stand before a name, or to end a place's or body's name."""

import re

from dragoman.language.nounclasses import NounClasses

NOUN_CLASSES = NounClasses(
    months=frozenset({"januar", "jänner", "februar", "feber", "märz", "april", "mai", "juni",
                      "juli", "august", "september", "oktober", "november", "dezember"}),
    time_words=frozenset({"anfang", "mitte", "ende", "beginn", "seit", "bis", "im", "vom", "zum",
                          "am", "monat", "ab"}),
    disease_heads=("pest", "grippe", "influenza", "virus", "viren", "seuche", "fieber", "pocken",
                   "masern", "cholera", "tuberkulose", "lepra", "typhus", "malaria", "pandemie",
                   "epidemie"),
    event_heads=("spiele", "spielen", "meisterschaft", "meisterschaften", "championships",
                 "weltcup", "weltcups", "olympiade", "turnier", "festival", "etappe", "gipfel",
                 "wettkampf", "wettbewerb"),
    fair_head="messe",
    role_heads=("meister", "meisterin", "trainer", "trainerin", "chef", "chefin", "minister",
                "ministerin", "sprecher", "sprecherin", "präsident", "präsidentin", "manager",
                "managerin", "moderator", "moderatorin", "experte", "expertin", "direktor",
                "direktorin", "leiter", "leiterin", "vorsitzende", "vorsitzender", "kanzler",
                "kanzlerin", "sekretär", "sekretärin", "kommissar", "kommissarin", "botschafter",
                "botschafterin", "star", "guru", "girl", "sänger", "sängerin", "mechaniker",
                "kapitän", "gründer", "gründerin", "autor", "autorin", "regisseur", "regisseurin",
                "mastermind", "kollege", "kollegin", "ökonom", "ökonomin", "analyst", "analystin",
                "politiker", "politikerin", "aktivist", "aktivistin", "journalist", "journalistin",
                "anwalt", "anwältin", "richter", "richterin", "professor", "professorin",
                "abgeordnete", "abgeordneter", "bischof", "pfarrer", "pfarrerin", "kandidat",
                "kandidatin", "gitarrist", "gitarristin", "schauspieler", "schauspielerin",
                "stürmer", "torhüter", "athlet", "athletin", "kombinierer", "springer", "rapper",
                "rapperin", "musiker", "musikerin", "influencer", "influencerin", "model",
                "scout", "intendant", "intendantin", "landrat", "landrätin", "senator",
                "senatorin", "fotograf", "fotografin", "papst", "kardinal",
                # kin and succession, written before a name or after its genitive ("Sohn Max",
                # "Kims Vorgänger")
                "vater", "sohn", "tochter", "bruder", "schwester", "onkel", "ehefrau", "ehemann",
                "witwe", "vorgänger", "vorgängerin", "nachfolger", "nachfolgerin", "diktator",
                "diktatorin"),
    compound_only_roles=frozenset({"meister", "star", "girl", "model", "guru"}),
    org_descriptor_heads=("partei", "börse", "konzern", "firma", "unternehmen", "hersteller",
                          "plattform", "truppe", "aggregator", "sender", "label", "konkurrent",
                          "konkurrentin", "konkurrenten", "rivale",
                          # services before their brand ("Streamingdienst Netflix", "Dienst Luna")
                          "dienst",
                          # suppliers and makers ("Luftfahrtzulieferer FACC", "Autobauer Tesla"):
                          # words of firms only, not "-händler", "-entwickler" (people too)
                          "zulieferer", "lieferant", "anbieter", "discounter", "versicherer",
                          "autobauer", "flugzeugbauer", "maschinenbauer", "dienstleister",
                          "netzbetreiber", "mobilfunker", "onlinehändler", "versandhändler",
                          "einzelhändler", "autovermieter", "chipriese", "techriese",
                          "softwareriese", "internetriese", "ölriese", "handelsriese",
                          # any giant, chain, brand, airline, publisher or division before its
                          # name ("Konsolenriese Sony", "Supermarktkette Rewe", "Automarke Opel",
                          # "Spiele-Publisher Ubisoft", "Musik-Sparte BMG"; pool A pages)
                          "riese", "kette", "marke", "fluggesellschaft", "airline", "billigflieger",
                          "reederei", "publisher", "sparte", "aushängeschild", "startup"),
    place_descriptor_heads=("hochburg", "metropole", "hauptstadt", "heimatstadt", "heimatort",
                            "kleinstadt", "großstadt", "millionenstadt", "kurort", "urlaubsort",
                            "ferienort", "wohnort"),
    # written by hand from German administrative and geographic nouns (issue 14, deent)
    territory_heads=("kanton", "land", "bundesland", "freistaat", "gebiet", "region", "provinz",
                     "kreis", "landkreis", "bezirk", "insel", "republik", "stadt",
                     "hansestadt", "bundesstadt", "grenzstadt", "hafenstadt", "kreisstadt",
                     "partnerstadt", "freistadt", "emirat", "fürstentum", "königreich",
                     # state forms in a country's official name ("Bundesrepublik Deutschland" is
                     # one name, not a descriptor before "Deutschland"; lead, by hand)
                     "bundesrepublik", "volksrepublik", "herzogtum", "großherzogtum", "sultanat"),
    compound_linkers=("s", "n", "en", "es", "er", "e"),
    # papers, shows, festivals, prizes, channels: one-word names built like noun compounds
    # ("Handelsblatt", "Tagesschau", "Filmpreis"; deent's negative probes, by hand)
    compound_name_heads=("blatt", "spiegel", "schau", "fest", "preis", "kanal",
                         # charities, welfare bodies and clubs, by hand (review_deent:
                         # "Welthungerhilfe", "Studentenwerk", "Naturfreunde" were dropped)
                         "hilfe", "werk", "freunde"),
    # settlement and landform endings of German place names, by hand (review_deent: "Ochsenfurt",
    # "Drachenfels", "Wasserkuppe", "Hundsheim", "Pferdsfeld", "Glashütte" were dropped as nouns)
    toponym_heads=("furt", "fels", "stein", "kopf", "kuppe", "hütte", "moor", "hofen", "heim",
                   "feld", "burg", "schanze"),
    determiners=frozenset({"kein", "keine", "keinen", "keinem", "keiner", "keines", "jede",
                           "jeder", "jedes", "jeden", "jedem", "diese", "dieser", "dieses",
                           "diesen", "diesem", "alle", "allen", "aller", "viele", "vielen",
                           "einige", "einigen", "manche", "solche", "welche", "welcher"}),
    definite_articles=frozenset({"der", "die", "das", "den", "dem", "des", "im", "am", "vom",
                                 "zum", "zur", "beim", "ins", "ans", "aufs"}),
    joining_prepositions=frozenset({"am", "im", "vom", "beim", "zum", "zur"}),
    feature_heads=("see", "meer", "gebirge", "wald", "tal", "bach", "berg", "fluss", "insel",
                   "küste", "bucht", "alpen"),
    possessives=frozenset({"ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "euer", "eure",
                           "euren", "eurem", "eurer", "eures", "dein", "deine", "deinen",
                           "deinem", "deiner", "deines"}),
    units=frozenset({"grad", "prozent", "meter", "kilometer", "zentimeter", "millimeter", "liter",
                     "kilo", "kilogramm", "gramm", "tonnen", "stunden", "minuten", "sekunden",
                     "euro", "dollar", "us-dollar", "franken", "pfund", "millionen", "milliarden",
                     "mio", "mrd", "tausend", "billionen",
                     "kilowatt", "megawatt", "watt", "volt", "hektar", "quadratmeter", "jahre",
                     # abbreviated units after a number ("180 PS", "132 kW", "350 Nm")
                     "ps", "kw", "kwh", "mwh", "nm", "km", "kg", "mbit", "gb", "tb", "mb", "ghz",
                     "mhz"}),
    joining_words=frozenset({"für", "von", "vom", "der", "des", "den", "und", "oder", "zu", "zur",
                             "zum", "mit", "über", "gegen", "bei", "beim", "in", "im", "am",
                             "auf", "aus", "an", "nach", "unter", "wie"}),
    coordinators=frozenset({"und", "oder"}),
    body_prefixes=("bundes", "europa", "euro"),
    past_endings=("te", "ten"),
    superlative_endings=("ste", "sten"),
    institution_heads=("amt", "ämter", "zentrum", "rat", "kammer", "agentur", "büro", "dienst",
                       "gericht", "schule", "hochschule", "akademie", "institut", "ministerium",
                       "stiftung", "verein", "verband", "universität", "kommission", "behörde",
                       "partei", "bank", "gesellschaft", "bund", "organisation", "komitee",
                       "forum", "netzwerk", "initiative", "allianz", "union", "liga", "museum",
                       "theater", "vereinigung"),
    feminine_surname_endings=("ova", "eva", "ava", "ina", "yna", "aja", "aya", "ska", "cka",
                              "ová", "ská", "ckà"),
    adjectival_surname_endings=("ska", "cka", "ská", "cká"),
    noun_suffixes=("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften",
                   "ismus", "tion", "tionen", "sion", "sionen", "ität", "itäten", "logie",
                   "grafie", "graphie", "nomie", "tonie", "pathie"),
    place_heads=("straße", "strasse", "platz", "gasse", "allee", "turm", "brücke", "bahnhof",
                 "flughafen", "dorf", "hausen", "ingen", "gebiet", "region", "kreis"),
    landmark_heads=("kirche", "friedhof", "schloss", "akademie", "dom", "münster", "museum",
                    "oper", "theater", "stadion", "hochschule", "klinik", "krankenhaus",
                    "rathaus", "hafen", "park", "garten", "see", "tor", "halle", "markt", "platz",
                    "zoo", "arena",
                    # media, ensembles, transport and exchanges ("Hamburger Abendblatt", "Wiener
                    # Philharmoniker", "Berliner Verkehrsbetriebe")
                    "blatt", "post", "nachrichten", "rundschau", "anzeiger", "kurier", "presse",
                    "philharmoniker", "philharmonie", "knaben", "spatzen", "betriebe", "linien",
                    "orchester", "chor", "ensemble", "mauer", "börse"),
    building_heads=("haus", "hotel", "kino", "gasthaus", "gasthof", "bühne"),
    org_heads=("bank", "ag", "gmbh", "se", "kg", "group", "holding", "investments", "verlag",
               "partei", "versicherung", "stiftung", "verband", "institut", "ministerium",
               "universität", "zeitung", "konzern", "werke", "gesellschaft", "verein", "agentur",
               "behörde", "gericht", "kommission", "klinikum", "rundfunk", "kasse"),
    place_prepositions=frozenset({"in", "nach", "aus", "bei", "gegenüber"}),
    greetings=frozenset({"hallo", "hi", "hey", "servus", "moin", "ciao", "liebe", "lieber",
                         "liebes", "grüß", "hej", "huhu"}),
    address_pronouns=frozenset({"du", "dich", "dir", "euch"}),
    unit_abbreviations=frozenset({"TL", "EL", "Msp", "Pck", "Pkg", "Stk"}),
    indeclinable_adjectives=frozenset({"prima", "super", "klasse", "spitze", "extra", "lila",
                                       "rosa", "beige", "egal", "mega", "top"}),
    edition_days=frozenset({"sonntag"}),
    # not "wegen", "ohne": a bare common noun mostly follows them ("wegen Niedrigwasser")
    adjective_lookalikes=frozenset({"gegen", "neben", "hinter", "zwischen", "außer", "entgegen",
                                    "gegenüber", "binnen", "wider", "nahe", "zufolge", "mitten",
                                    "oberhalb", "unterhalb", "wieder", "immer", "heute",
                                    "morgen", "gerne", "lange", "später", "daher", "ferner",
                                    "sowie", "eben", "oben", "unten", "innen", "außen", "hinten",
                                    "vorne"}),
    adjective_suffixes=("lich", "isch", "ig", "bar", "sam", "haft", "al", "ell", "iv", "är", "ös",
                        "los", "voll"),
)

# German words of the entity rules outside ``NounClasses`` (``entities/germanhomonyms``; issue
# 15, sixth pass). Genitive determiners after a noun that heads a genitive phrase ("am Ende
# der Laufzeit", "Ende unserer Reise"): a place's name heads none. "der" is read only after an
# article before the word ("am Ende der"; "in Essen der Stadtrat" is a place and a subject).
GENITIVE_CUES = frozenset({"des", "eines", "einer", "unserer", "unseres", "seiner", "seines",
                           "ihrer", "ihres", "meiner", "meines", "deiner", "eurer", "dieser",
                           "dieses", "jener", "jenes"})
# Given names German also writes as an everyday noun ("mit Ernst", "im Ernst", "ins Mark",
# "zwei Millionen Mark"): alone, no person's short name (``entities/germangiven``); the
# learned common-noun list lacks them. Set by hand on review probes and the German pages of
# the dev pool (both nouns seen there bare); not "Kai", "Jasmin", "Erika": no noun use seen,
# and on news their bare uses name the person ("Kai jubelte").
NOUN_GIVEN_NAMES = frozenset({"ernst", "mark"})
# Quantifiers before a bare noun ("etwas Essen", "genug Wasser"): no name follows them.
NOUN_QUANTIFIERS = frozenset({"etwas", "genug", "viel", "wenig", "mehr", "weniger", "kein"})
# Heads of meeting and event nouns: a span holding one and a year names an occasion, no body
# ("Delegiertenversammlung 2021 Freiburg", "Jahrestagung 2022"); alone they may be bodies
# ("Generalversammlung", "Bischofskonferenz").
MEETING_HEADS = ("versammlung", "konferenz", "tagung", "kongress", "gipfel", "treffen",
                 "sitzung", "parteitag", "forum", "festival", "messe", "symposium", "kolloquium",
                 "workshop", "seminar", "gala", "feier", "wahl", "wahlen")
# Nouns that rank or rate what follows, a firm or a person ("Neuling Amazon Luna", "Neuling
# Max Kruse", "Spitzenreiter Bayern"): cut off, the type left to what follows.
RANK_DESCRIPTORS = ("neuling", "newcomer", "aufsteiger", "spitzenreiter", "tabellenführer",
                    "marktführer", "branchenprimus", "platzhirsch", "außenseiter", "favorit",
                    "titelverteidiger", "rekordmeister", "vorreiter", "pionier")
# Abbreviations of sports events ("bei der WM", "die EM"): occasions, no bodies.
EVENT_ACRONYMS = frozenset({"WM", "EM"})
# Prepositions before a bare place acronym ("für NRW", "mit NRW"); a body's takes an article
# ("für die SPD", "mit der KfW").
BARE_PREPOSITIONS = frozenset({"in", "nach", "aus", "bei", "für", "mit", "von", "zu", "über",
                               "gegen", "durch", "ohne", "um", "wie", "ganz"})
# Prepositions of place and origin before a capitalised word that may be a town ("in Rust",
# "aus Halle", "von in Rust"; ``entities.germanpage.after_place_preposition``).
TOWN_PREPOSITIONS = frozenset({"in", "aus", "bei", "nach", "von"})
# Heads of firm descriptors that name people too ("Konsolenriese Sony" but "Abwehrriese Per
# Mertesacker", "Aushängeschild Lena Oberdorf", "Publisher Jens Ahlborn"; review probes): before
# two name words or more that the tagger read as a person, the person stays a person.
PERSON_TOO_DESCRIPTOR_HEADS = ("riese", "aushängeschild", "publisher")
# Legal forms closing a firm's name ("Bayer AG"): alone, no name.
LEGAL_FORMS = frozenset({"AG", "GmbH", "SE", "KG", "KGaA", "OHG", "eG", "e.V.", "mbH", "UG"})
# A preposition fused with its article before a town's district or era ("im Wedding", "im
# Weimar der Klassik"): no sign that the town's name is a common noun there.
CONTRACTED_BEFORE_PLACES = frozenset({"im"})
# A lower-case word shaped like an inflected adjective ("italienischen", "neue"): three
# letters or more and an adjective's ending (``language/functionwords.inflected_adjective``).
INFLECTED_ADJECTIVE = re.compile(r"^[a-zäöüß]{3,}(?:e|en|er|es|em)$")
# Inflections a territory's or natural feature's head takes on news ("des Kantons", "des
# Neusiedler Sees"; ``entities/germanterritories``).
HEAD_INFLECTIONS = ("es", "s", "n", "en")
# The ending of a German place adjective ("Neusiedler", "Thüringer", "Bayerischer";
# ``entities/germanterritories``).
PLACE_ADJECTIVE_ENDING = "er"
# Endings of an adjective with no article before it ("türkisches Essen", "in eigener Halle");
# a word in "-e" there is as often a verb ("Sie kenne Halle").
STRONG_ADJECTIVE_ENDINGS = ("es", "er", "em", "en")
# Heads of nouns naming a work, a product or a campaign whose title follows in quotation marks
# ("der Spielfilm „Das Boot“", "die Kampagne "Stop Killer Robots"", "das Online-Tool "Escape the
# Scan""): the quoted title is no person, body or place. Read with ``de.RULES.work_kinds``
# (film, book, song ...: not repeated here). Not bodies that take quoted names ("die Initiative
# „Künstler helfen Künstlern“", "der Verein „Tafel“"), nor "Spiel" (a match: das Spiel "Bayern
# gegen Dortmund"), nor "Motto"/"Slogan" (a rally's slogan names real places: unter dem Motto
# „Frieden für Gaza“).
TITLE_NOUNS = frozenset({
    "kinofilm", "spielfilm", "dokumentarfilm", "serie", "sendung", "show", "podcast",
    "sachbuch", "gedicht", "titel", "stück", "theaterstück", "oper", "musical", "ausstellung",
    "videospiel", "game", "app", "tool", "filter", "programm", "software", "kampagne", "hashtag",
    "artikel", "beitrag", "kolumne", "essay", "studie", "bericht", "report",
})
# Verbs that name or judge what follows ("nannte die Studie „Ein Weckruf“"): the quotation after
# the work noun is then the speaker's words, not the work's title.
NAMING_VERBS = frozenset({
    "nannte", "nennt", "nannten", "nennen", "bezeichnete", "bezeichnet", "bezeichneten",
    "lobte", "lobt", "lobten", "kritisierte", "kritisiert", "kritisierten", "kommentierte",
    "kommentiert", "kommentierten",
})

# Titles of nobility and rulers written before "von" and a house or a land in a person's name
# ("Graf von Stauffenberg", "Königin von Saba", "Herzog von Alba"): a noun joined by "von" to
# a name is no person's name otherwise ("Negativ-Bilanz von ...", ``germanframing``); with the
# epithets of saints and prophets, part of the name they open ("der Evangelist Lukas", "der
# Apostel Paulus": WikiANN's anchors keep them; ``germanframing`` leaves them on the name).
NOBLE_TITLES = frozenset({
    "graf", "gräfin", "freiherr", "freifrau", "fürst", "fürstin", "prinz", "prinzessin",
    "herzog", "herzogin", "könig", "königin", "kaiser", "kaiserin", "baron", "baronin",
    "markgraf", "landgraf", "kurfürst", "erzherzog", "erzherzogin", "ritter", "edler", "zar",
    "zarin", "sultan", "heilige", "heiliger", "papst", "bischof", "erzbischof", "abt", "äbtissin",
    "apostel", "evangelist", "prophet", "prophetin",
})
# Heads of nouns naming what a firm does or makes ("Minenbetreiber", "Kohleförderer",
# "Lebensmittelhändler", "Anlagenbauer", "Energieversorger", "Mediengruppe"): with ``NounClasses.
# org_descriptor_heads`` the only descriptors ``entities/germandescriptors`` cuts before a name
# no list knows. A body's, site's, stop's or shop's noun before one is part of the name
# ("Berufsfeuerwehr Biel", "Metrostation Lampugnano", "Weinbau Rust", "Gymnasium Ottobrunn",
# "Brauerei Schlenkerla"). By hand (review_de_entities: pool A's three towns typed ORG).
FIRM_AGENT_HEADS = ("betreiber", "förderer", "händler", "bauer", "entwickler", "produzent",
                    "erzeuger", "versorger", "portal", "verkäufer", "vermarkter", "vermieter",
                    "gruppe")
# Endings of nouns naming a person by a deed or a trade ("Titelträgerin", "Nachwuchsspielerin",
# "des Show-Manns"): a name after one belongs to that person, never to the noun
# (``entities/germandescriptors``; review_de_entities, pool A: "WBA-International-Titelträgerin
# Viviane Obenauf", "Show-Manns Rajoelina").
PERSON_NOUN_HEADS = ("erin", "mann")
# Nouns of a town's parts, before a part's name ("im Stadtteil Nord", "Ortsteil Mitte"): a word
# after one names that part, even a common noun (``entities/germanlonenouns``; probes).
DISTRICT_HEADS = ("stadtteil", "ortsteil", "viertel", "quartier", "bezirk", "siedlung")
