"""German words the entity rules read around names (``EntityWords``; the German pack's
``entity_words``): product nouns and model nouns for ``entities/products.py``. German writes
them capitalised, after a space or joined by a hyphen ("der Firefox-Browser", "Android-
Smartphones", "der Adblue-Tank"), which the rule reads as "name noun". Written for this project
(issue 14)."""

from dragoman.language.entitywords import EntityWords

ENTITY_WORDS = EntityWords(
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
    # "RTX 3080 Karten": a player's trading cards have no model number.
    model_nouns=frozenset({"karte", "karten"}),
    # "Süd Tirol" written apart, "Ost Berlin". Not "Mitte" (a district's name alone).
    compass_words=frozenset({"nord", "süd", "ost", "west", "nordost", "nordwest", "südost",
                             "südwest"}),
    # Not "bei", "von", "mit", "gegenüber": written before people as often ("bei Merkel").
    locative_prepositions=frozenset({"in", "im", "nach", "aus", "nahe"}),
)
