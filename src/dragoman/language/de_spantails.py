"""German words closing a clause that the tagger's span runs on into (``entities/
germanclauses``; issue 15, pool A pages read as an analyst). Written for this project."""

# Prepositions of a time adjunct after a name ("der VDA am Donnerstag", "ein Urteil des
# Bundesgerichtshofs von 2015", "seit 2019", "bis 2030"): before a weekday or a number they
# start the adjunct, never a name's next word.
TIME_PREPOSITIONS = frozenset({"am", "vom", "von", "seit", "bis", "ab"})
# Heads of bodies named with their founding year ("Turnverein von 1861", "FC St. Pauli von
# 1910"): a number after "von" stays in their names.
# Guilds, brotherhoods and communities are named so too ("Schützengilde von 1563",
# "Turnerschaft von 1816", "Turngemeinde von 1860"; review probes).
FOUNDED_HEADS = ("verein", "club", "klub", "gesellschaft", "bund", "vereinigung", "fc", "sv", "tsv",
                 "gilde", "zunft", "innung", "bruderschaft", "burschenschaft", "turnerschaft",
                 "gemeinschaft", "genossenschaft", "gemeinde", "liedertafel")
# The preposition before a founding year ("Turnverein von 1861"); "seit 2019", "bis 2030" after
# a club's name are a time adjunct still ("der Turnverein Lindhorst seit 2019").
FOUNDED_PREPOSITION = "von"
# Articles of the nominative or accusative neuter, the accusative masculine and the dative
# that open a clause's object after its subject ("Leopold I. das Stadtrecht", "Freistadt Rust
# das Recht", "die Kirche den Verzehr"): lower-case, no name holds one after a capitalised word
# (the genitive "der", "des" does: "Akademie der Wissenschaften", "Haus des Rundfunks").
OBJECT_ARTICLES = frozenset({"das", "den", "dem"})
# "das" is a Portuguese article too, before a plural in "-as", "-es" or "-ais" ("Rio das
# Pedras", "Ilha das Flores", "Praia das Catedrais"; review probes): a German neuter singular
# after "das" seldom ends so ("das Stadtrecht", "das Ökohuhn"), so there the article stays.
FOREIGN_PLURAL_ARTICLE = "das"
FOREIGN_PLURAL_ENDINGS = ("as", "es", "ais")
# Prepositions that open a street's, a house's or a place's name before such an article,
# capitalised there ("Staatsoper Unter den Linden", "Auf dem Sande", "Gasthof Zu den drei
# Linden", "Hinter dem Rathaus"; review probes): the article is the name's, no object's.
NAME_PREPOSITIONS = frozenset({"an", "auf", "aus", "bei", "hinter", "in", "mit", "nach", "neben",
                               "ob", "über", "unter", "vor", "zu", "zwischen", "gegenüber"})
# "and the like" after a name: "Netflix & Co.", "Spotify und Co". Written out with "und" it is
# never a firm's name; with "&" it is one ("Tiffany & Co.") unless the page also writes the name
# without it (``germanclauses``).
COMPANY_WORD = "Co"
SPOKEN_AND = "und"
FIRM_AND = "&"
