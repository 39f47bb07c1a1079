"""Word classes of a language that writes every noun with a capital (``LanguageRules``'s
``noun_classes``; German: ``dragoman.language.de_nouns``). The tagger of such a language takes
many capitalised common nouns for names; these classes say which words are never names, which
stand before a name and are no part of it, and which end the names of places and bodies
(``dragoman.entities.germanwords``, ``germanspans``, ``germanarticle``, ``germannouns``).
Empty in every other pack. Heads are matched as whole words or compound heads."""

from __future__ import annotations

from dataclasses import dataclass

_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class NounClasses:
    # Months, and the time words that place one ("Mitte Januar"): dates, never names.
    months: frozenset[str] = _NONE
    time_words: frozenset[str] = _NONE
    # Heads of diseases ("Schweinepest"), of events ("Weltmeisterschaft"; fairs only in
    # compounds: ``fair_head``) and of titles and functions before a person's name.
    disease_heads: tuple[str, ...] = ()
    event_heads: tuple[str, ...] = ()
    fair_head: str = ""
    role_heads: tuple[str, ...] = ()
    # Role heads that are titles only as a compound's head (alone, words of brands and works).
    compound_only_roles: frozenset[str] = _NONE
    # Heads of common nouns written before an organisation's name ("Regierungspartei Ennahda").
    org_descriptor_heads: tuple[str, ...] = ()
    # Heads of common nouns written before a place's name, which is none of theirs ("Hochburg
    # Petersberg", "Hauptstadt Kiew"; "Diözese Münster" is a name).
    place_descriptor_heads: tuple[str, ...] = ()
    # Heads of nouns of a territory that open a place's own name ("Kanton Genf", "Land
    # Brandenburg", "Kurdengebiet Rojava"): such a name is a place whatever the tagger said.
    territory_heads: tuple[str, ...] = ()
    # Linking elements between a compound's parts ("Untersuchung|s|haft", "Katze|n|nase").
    compound_linkers: tuple[str, ...] = ()
    # Heads of one-word names of papers and works no other head list holds ("Handelsblatt").
    compound_name_heads: tuple[str, ...] = ()
    # Last parts of place names built like a noun compound ("Ochsen|furt", "Drachen|fels",
    # "Wasser|kuppe"): a one-word name of a noun and such a part is a place, not a common noun.
    toponym_heads: tuple[str, ...] = ()
    # Determiners other than the articles, never opening a name ("Kein Kerl", "Jede Partei").
    determiners: frozenset[str] = _NONE
    # Definite articles and the prepositions contracted with one: determiners names take too.
    definite_articles: frozenset[str] = _NONE
    # Contracted prepositions joining a common noun to the name after it ("... am Roslin").
    joining_prepositions: frozenset[str] = _NONE
    # Heads of natural features' names, which take an article ("der Bielersee").
    feature_heads: tuple[str, ...] = ()
    # Capitalised possessives of a polite or plural address ("Ihre Reise"): never in a name.
    possessives: frozenset[str] = _NONE
    # Units of measure and currencies written after a number ("30 Grad Celsius").
    units: frozenset[str] = _NONE
    # Lower-case words joining a common noun to the words after it ("Obergrenze für ...").
    joining_words: frozenset[str] = _NONE
    coordinators: frozenset[str] = _NONE
    # First parts of the one-word names of federal and European bodies ("Bundesrat").
    body_prefixes: tuple[str, ...] = ()
    # Endings of past-tense verbs and of superlatives: a lower-case word before a noun that
    # only looks like an inflected adjective, and one that is one ("der jüngste").
    past_endings: tuple[str, ...] = ()
    superlative_endings: tuple[str, ...] = ()
    # Heads of the first word of a body's name ("Bundesamt für Naturschutz").
    institution_heads: tuple[str, ...] = ()
    # Endings of Slavic and Baltic women's surnames, and those also of adjectives.
    feminine_surname_endings: tuple[str, ...] = ()
    adjectival_surname_endings: tuple[str, ...] = ()
    # Noun-forming suffixes: a capitalised word ending in one is a common noun.
    noun_suffixes: tuple[str, ...] = ()
    # Last words (or compound heads) of place names, of landmarks and institutions after a
    # place adjective, of buildings named by where they stand, of companies and institutions.
    place_heads: tuple[str, ...] = ()
    landmark_heads: tuple[str, ...] = ()
    building_heads: tuple[str, ...] = ()
    org_heads: tuple[str, ...] = ()
    # Prepositions after which a known place name is a place ("nach Warschau").
    place_prepositions: frozenset[str] = _NONE
    # Greetings and salutations written before a name ("Hallo Dieter", "Liebe Anna"): cut.
    greetings: frozenset[str] = _NONE
    # Capitalised pronouns of a familiar address ("Liegst Du", "von Dir"): never in a name.
    address_pronouns: frozenset[str] = _NONE
    # Abbreviated units of recipes and shops, as written ("TL Zimt", "EL Zucker"): no name.
    unit_abbreviations: frozenset[str] = _NONE
    # Adjectives that take no ending ("Prima Idee", "Super Wetter"), a closed class.
    indeclinable_adjectives: frozenset[str] = _NONE
    # Days that name a paper's edition after "am" ("Welt am Sonntag"): part of the name.
    edition_days: frozenset[str] = _NONE
    # Lower-case prepositions and adverbs shaped like an inflected adjective ("gegen", "wieder"):
    # before a word, no cue of a common noun ("gegen Schalke" is a name written bare).
    adjective_lookalikes: frozenset[str] = _NONE
    # Adjective-forming suffixes, the stem of an inflected adjective ending in one ("psycho-
    # sozial|er", "zirkulär|es"): a capitalised word of that shape before a noun is no name.
    adjective_suffixes: tuple[str, ...] = ()


# The classes of a pack of a language that writes its common nouns in lower case.
NO_NOUN_CLASSES = NounClasses()
