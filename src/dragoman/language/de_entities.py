"""German words the entity rules read around names (``EntityWords``; the German pack's
``entity_words``): product nouns and model nouns for ``entities/products.py``. German writes
them capitalised, after a space or joined by a hyphen ("der Firefox-Browser", "Android-
Smartphones", "der Adblue-Tank"), which the rule reads as "name noun". Written for this project
(issue 14)."""

from dragoman.language.entitywords import EntityWords

# "Auto Bild", "Computer Bild", "Sport Bild": magazines named by common nouns.
_PUBLICATION_NOUNS = frozenset({"bild", "magazin", "journal", "kurier", "anzeiger", "rundschau",
                                "bote", "echo"})

ENTITY_WORDS = EntityWords(
    firm_partner_words=frozenset({"söhne", "sohn", "partner", "co", "cie", "kollegen"}),
    # Nouns of software, devices and consumables, none written so of a person or a firm. Not
    # "Gerät"/"Geräte" ("Bosch-Geräte": a firm's), "Regierung", "Chef", "Konzern", "Werk"
    # ("Merkel-Regierung", "Siemens-Chef"), "App" ("die Lauterbach-App"), "Konto" or
    # "Account" (a person's), "Programm" (a party's). The packs' union is read in every
    # language: no word an English text writes after a person's name ("update", "server",
    # "client"). The English pack holds the words both write ("Browser", "Smartphone", "Tank").
    # Genitives and plurals written out: the pattern matches whole words.
    product_nouns=frozenset({
        "treiber", "betriebssystem", "betriebssystems", "betriebssysteme", "quellcode",
        "quellcodes", "erweiterung", "erweiterungen", "kernels", "distribution",
        "distributionen", "grafikkarte", "grafikkarten", "grafikchip", "grafikchips",
        "konsole", "konsolen", "spielkonsole", "spielkonsolen", "prozessor", "prozessoren",
        "chipsatz", "tanks", "nachfüllung", "flüssigkeit", "kanister", "benutzeroberfläche",
        "abo", "abos", "abonnement"}),
    # Nouns of a service's or a program's kind written before its name as an apposition
    # ("Amazons Dienst Luna", "der Cloud-Gaming-Dienst Stadia": the hyphen is a word's
    # start), and an opener of the subscription to it ("die Abos von Shadow"). Not "Plattform"
    # (a party's programme), "Sender" or "Kanal" (a presenter's), "Abonnenten von" (a
    # YouTuber's), "Programm" (a party's, a theatre's), "Konto" (a person's), "App" ("die
    # App Ann Lee gebaut hat", read in English too).
    product_openers=("dienst", "streamingdienst", "spieledienst", "musikdienst",
                     "kartendienst", "bezahldienst", "messenger", "browser", "betriebssystem",
                     "abo von", "abos von"),
    # "RTX 3080 Karten": a player's trading cards have no model number.
    model_nouns=frozenset({"karte", "karten"}),
    # "Süd Tirol" written apart, "Ost Berlin". Not "Mitte" (a district's name alone).
    compass_words=frozenset({"nord", "süd", "ost", "west", "nordost", "nordwest", "südost",
                             "südwest"}),
    # Not "bei", "von", "mit", "gegenüber": written before people as often ("bei Merkel").
    locative_prepositions=frozenset({"in", "im", "nach", "aus", "nahe"}),
    # "mein MacBook", "unsere Datenschutzerklärung" (ownednames.py). Not "ihr" (a dative
    # pronoun too: "gab ihr Anna") nor "sein" (the verb: "wird sein Bestes").
    possessive_determiners=frozenset({
        "mein", "meine", "meinen", "meinem", "meines", "dein", "deine", "deinen", "deinem",
        "deines", "unser", "unsere", "unseren", "unserem", "unseres", "euer", "eure", "euren",
        "eurem", "seine", "seinen", "seinem", "seines", "ihre", "ihren", "ihrem", "ihres"}),
    # "Forum Waffenrecht", "Aktion Mensch", "Initiative Lieferkettengesetz", "Netzwerk
    # Recherche", "Bund Naturschutz", "Gasthaus Krone"; "die Band Ton Steine Scherben",
    # "die Zeitschrift Essen & Trinken" (plainphrases.py). Not "Thema",
    # "Kapitel", "Kategorie", "Bereich": a text's classifiers of topics, no body's.
    body_kind_nouns=frozenset({
        "forum", "aktion", "initiative", "netzwerk", "kampagne", "bewegung", "allianz",
        "komitee", "gruppe", "arbeitskreis", "arbeitsgemeinschaft", "bund", "kammer", "theater",
        "museum", "orchester", "ensemble", "chor", "plattform", "liga", "team", "gasthaus",
        "gasthof", "hotel", "restaurant", "bäckerei", "metzgerei", "autohaus", "apotheke",
        "praxis", "galerie", "kino", "buchhandlung", "band", "zeitschrift", "verlag", "sender",
        "konzern", "unternehmen", "hilfswerk", "organisation", "kette"}),
    publication_nouns=_PUBLICATION_NOUNS,
    # "Neue Presse", "Kieler Nachrichten", "Zeit Online" typed a place (mediumnames.py). Not
    # "Post": it closes inns' and buildings' names as often ("Alte Post", "Zur Alten Post"),
    # nor "News" ("Fake News").
    medium_name_heads=_PUBLICATION_NOUNS | frozenset({
        "zeitung", "presse", "nachrichten", "allgemeine", "tagblatt", "tageblatt", "volksstimme",
        "volkszeitung", "morgenpost", "abendblatt", "abendzeitung", "online", "tv", "fm"}),
    # A position's or an age's adjective and the inn's "Zur"/"Zum" open places' and inns' names
    # ("Obere Presse", "Hohe Rundschau", "Zur Alten Post"), not papers' (review of langheads).
    # Not "Neue", "Freie", "Kleine" ("Neue Presse", "Freie Presse", "Kleine Zeitung"), nor
    # colours ("Grüne Post", a paper of the 1930s).
    medium_place_words=frozenset({
        "obere", "oberen", "oberer", "untere", "unteren", "unterer", "hintere", "hinteren",
        "vordere", "vorderen", "mittlere", "mittleren", "innere", "inneren", "äußere", "äußeren",
        "alte", "alten", "hohe", "hohen", "zur", "zum"}),
    # "die Hate Speech", "Paid Content" (foreignphrases.py).
    loan_phrase_language="en",
    # "Verschwörungsmythen und Fake News" (foreignphrases.py). Not "wie": "Firmen wie Red Bull".
    loan_phrase_coordinators=frozenset({"und", "oder", "sowie"}),
    loan_phrase_kind_words=frozenset({"andere", "anderen", "anderer", "weitere", "weiteren",
                                      "ähnliche", "ähnlichen", "sonstige", "sonstigen",
                                      "übrige", "übrigen", "vergleichbare", "vergleichbaren"}),
    # "Helfer", "Partnern", "Aktionäre", "Investoren", "Aktivisten", "Fans", "Kundinnen"; plurals
    # of bodies the pack's heads hold in the singular ("Plattenfirmen", "Großbanken").
    loan_phrase_agent_endings=("er", "ern", "or", "oren", "ist", "isten", "ant", "anten", "ent",
                               "enten", "är", "äre", "ären", "eur", "eure", "euren", "in",
                               "innen", "fans", "leute", "kunden", "firmen", "banken",
                               "konzerne", "verbände", "gewerkschaften", "parteien"),
    loan_phrase_head_endings=("en", "n", "e", "s", "es"),
    # "Lizenz-en", "Gesetz-e", "Kind-er" (foreignphrases.MIN_PLURAL_STEM bounds the stem).
    loan_phrase_plural_endings=("en", "n", "e", "er", "s"),
    # "Sturmtief Zeynep", "Orkan Sabine", "Tief Bernd" (entities/stormnames.py); not "Sturm"
    # ("Sturm Graz", a surname), nor "Hoch" alone
    storm_words=frozenset({"sturmtief", "orkantief", "orkan", "hurrikan", "taifun", "zyklon",
                           "tropensturm", "wintersturm", "tief", "tiefdruckgebiet"}),
)
