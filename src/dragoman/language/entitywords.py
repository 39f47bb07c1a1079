"""Words of a language that the entity rules read around and inside names (``LanguageRules``'s
``entity_words``; English: ``dragoman.language.en_entities``): words NER runs into a name's
front that belong to the sentence, heads that close names of events, common classes NER takes
for names (seasons, genres, a headline's words). The rules read the union over every pack
(``dragoman.entities.packwords``), as they run where no language is known. Empty by default:
a pack without them leaves those rules idle. Words are casefolded unless a field says
otherwise."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dragoman.language.teamwords import NO_TEAM_WORDS, TeamWords

_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class EntityWords:
    # -- words NER takes into a name (entities/modifiers.py, paired.py, acronyms.py) ----------
    # Second parts of a compound adjective of place or origin ("Cornwall-based", "state-owned").
    modifier_suffixes: tuple[str, ...] = ()
    # Quantifiers that open a sentence and never a name ("Many FoodCorp stores").
    quantifiers: frozenset[str] = _NONE
    # Disjunctions listing names, which ``list_conjunctions`` lacks ("Sanders or Warren").
    disjunctions: frozenset[str] = _NONE
    # Words that close a firm's name after a conjunction by convention ("Smith and Sons",
    # "Müller & Söhne"): such a span is one name (entities/conjoined.py).
    firm_partner_words: frozenset[str] = _NONE
    # Auxiliary and modal verbs in lower case, cut off a name's end ("Joe Biden can") and, opening
    # a question, off its front ("Does Apple ..?"); those opening an "if"-less conditional ("Should
    # Nostrand Houses elect ..."), and those that are also name words ("Will Ferrell", "Can Gio"):
    # entities/enauxiliaries.py.
    auxiliary_verbs: frozenset[str] = _NONE
    inversion_auxiliaries: frozenset[str] = _NONE
    auxiliaries_also_given: frozenset[str] = _NONE
    # Lower-case prepositions inside a name its acronym defines, beyond the name particles
    # ("Council on Trade Policy (CTP)"); as written.
    definition_links: frozenset[str] = _NONE
    # -- heads of names (entities/events.py, enheads.py) --------------------------------------
    # Head words closing an event's name ("Folk Festival", "Climate Summit").
    event_heads: frozenset[str] = _NONE
    # Heads of organisations and places seen closing names NER typed a person ("General
    # Assembly", "Trump Tower"), besides the pack's ``organisation_heads``/``place_heads``;
    # as written.
    person_typed_organisation_heads: tuple[str, ...] = ()
    person_typed_place_heads: tuple[str, ...] = ()
    # -- common classes NER takes for names (entities/commonclasses.py) -----------------------
    seasons: frozenset[str] = _NONE
    # Words making a peoples' adjective with a demonym after them ("Native American").
    people_qualifiers: frozenset[str] = _NONE
    # Imperative verbs opening a heading or menu line before a name ("Enter Pelican Town").
    imperatives: frozenset[str] = _NONE
    # Nouns written right after a service's or firm's one-word name ("Twitter users"), and
    # prepositions right before one ("via Twitter").
    service_nouns: frozenset[str] = _NONE
    service_prepositions: tuple[str, ...] = ()
    # Music genres: alone no entity ("Rap", "R&B").
    genres: frozenset[str] = _NONE
    # Last words of a broadcaster's name a channel number follows ("BBC Radio 4").
    numbered_broadcasters: frozenset[str] = _NONE
    # Question words opening a headline's words, never a name's ("How Major Hospitals").
    question_openers: frozenset[str] = _NONE
    # Words written between a product's name and its version number ("Python version 3.7";
    # ``entities/products.py``).
    version_words: frozenset[str] = _NONE
    # Nouns of a product's kind written right after its name ("Rust code", "Firefox browser",
    # "Android devices"), and words and phrases right before it ("written in Rust", "install
    # Parallels Desktop"), none written so of a person or a firm (``entities/products.py``).
    product_nouns: frozenset[str] = _NONE
    # Such nouns that count after a model number only ("RTX 3080 cards"; "Ohtani cards" are a
    # player's trading cards).
    model_nouns: frozenset[str] = _NONE
    product_openers: tuple[str, ...] = ()
    # Definite articles before a Title Case phrase of several words inside a sentence that mark
    # it as a body's name ("the Supreme Court"; ``entities/casephrases.py``).
    name_articles: frozenset[str] = _NONE
    # Prefixes of a surname written in lower case and joined to it ("deGrom"): such a word is a
    # person's all the same, no product's like "macOS" (``entities/products.py``).
    joined_surname_prefixes: frozenset[str] = _NONE
    # Words of a street an ordinal numbers ("18th Street"), and an ordinal opening a one-word
    # name, so numbering a street ("125th Street"): its designator types it (entities/nameclass.py).
    numbered_streets: frozenset[str] = _NONE
    ordinal_opener: re.Pattern[str] | None = None
    # Number signs closing a span ("4A No.").
    number_signs: frozenset[str] = _NONE
    # Apposition openers the pack's ``naming_articles``/``relative_pronouns`` lack ("the").
    apposition_openers: frozenset[str] = _NONE
    # Auxiliaries of the plural only ("Harbour Tools are"), and irregular past tenses news
    # writes after a person's name ("Faith Rowe sang").
    plural_auxiliaries: frozenset[str] = _NONE
    past_verbs: frozenset[str] = _NONE
    # -- headlines and common nouns (entities/headline.py) -----------------------------------
    # Lower-case words a Title Case headline leaves small and no name holds between two of its
    # words ("Farmer to Death"), other small words it may write in lower case ("of", "the"),
    # and words only a headline capitalises inside a run ("Is", "Says").
    headline_small_cues: frozenset[str] = _NONE
    headline_small_words: frozenset[str] = _NONE
    headline_capital_cues: frozenset[str] = _NONE
    # Acronyms of common nouns ("DNA", "PHD"; upper case) and names of languages, as written:
    # those that are no demonym ("Mandarin") and those that name a people too ("Zulu").
    common_acronyms: frozenset[str] = _NONE
    language_names: frozenset[str] = _NONE
    people_language_names: frozenset[str] = _NONE
    # Acronyms of a legislature's members closing a span ("Labour MP"), those that name the
    # role alone too ("MP"), as written; and generation suffixes ("jr"), no title.
    member_acronyms: frozenset[str] = _NONE
    member_acronyms_alone: frozenset[str] = _NONE
    generations: frozenset[str] = _NONE
    # A family-count descriptor's noun and count ("Mother-of-three"), as written.
    family_nouns: tuple[str, ...] = ()
    family_counts: tuple[str, ...] = ()
    # Lower-case words names open with besides the name particles ("ibn", "abu").
    name_leads: frozenset[str] = _NONE
    # -- places read as places (entities/placecheck.py) ---------------------------------------
    # Articles a place's name takes and a company's does not ("the Amazon"), and lower-case
    # nouns of a natural feature after a place's name ("the Amazon basin").
    place_articles: frozenset[str] = _NONE
    feature_nouns: frozenset[str] = _NONE
    # Lower-case nouns of a settlement or a piece of land written before "of" and a name ("the
    # island of Tresca", "the town of Ashby"; ``place_of_links``: "of", "of the"): the name is a
    # place's (``entities/placenouns.py``).
    place_nouns: frozenset[str] = _NONE
    place_of_links: tuple[str, ...] = ()
    # Nouns of software written right after a name ("Python script", "Linux install"), none
    # written so of a place or a firm (``entities/softwarecues.py``).
    software_nouns: frozenset[str] = _NONE
    # Suffixes of a verb's gerund, as written ("ing": "Using Images", a heading's words;
    # ``entities/termphrases.py``).
    gerund_suffixes: tuple[str, ...] = ()
    # -- where a span of names is cut (entities/splitting.py) ---------------------------------
    # Compass words that open or close a place's or team's name ("North Atlantic", "South
    # Wales", "Denver North"): alone they are no name, so no cut leaves one of them on a side.
    compass_words: frozenset[str] = _NONE
    # Adjectives of peoples, regions or languages with no country of their own in the demonym
    # lists ("Welsh", "Catalan", "Kurdish"): alone no short form of a body or place named with
    # them ("Welsh Parliament"; entities/peoplewords.py).
    people_adjectives: frozenset[str] = _NONE
    # -- a town named like a person of the page (entities/townpeople.py) ----------------------
    # Prepositions that make the word after them a place ("in Austin", "from Warren").
    locative_prepositions: frozenset[str] = _NONE
    # Words that make the preposition after them no locative one ("according to Warren",
    # "married to Austin"): a person may follow (entities/locativeplaces.py).
    non_locative_heads: frozenset[str] = _NONE
    # Prepositions after which a name the knowledge base knows as a place only is that place
    # though NER typed it an organisation ("le maire de Paris", "d'Oloron", "à Toulouse";
    # entities/orgplaces.py), as written, lower case; ``non_locative_heads`` before the
    # preposition keep the organisation ("l'équipe de France", "face à Lens").
    org_place_prepositions: frozenset[str] = _NONE
    # -- a medium NER called a person (entities/mediumnames.py) ---------------------------------
    # A noun of a medium's texts and the preposition that places them there, written before a
    # site's, a paper's or a platform's name ("article in", "post on") and seldom before a
    # person's (lower case, one space between words).
    medium_phrases: frozenset[str] = _NONE
    # Last words of a publication's or a broadcaster's name of two words or more ("Harbour
    # Post", "Neue Presse"): a name closing with one that NER typed a place or a person is a
    # medium. Read in the article's own pack only, where it has one: the English "Post" closes
    # a German inn's name ("Alte Post").
    medium_name_heads: frozenset[str] = _NONE
    # Words right before such a head that make the name a place's or an inn's, never a paper's
    # ("Obere Presse", "Zur Alten Post"; the English ``en_entities.MEDIUM_HEAD_NOT_AFTER``:
    # "Trading Post"); lower case, read in every article.
    medium_place_words: frozenset[str] = _NONE
    # -- a firm's name read beside a surname (entities/referentvote.py) ------------------------
    # Words written beside a firm's name, never beside a person's ("Redrow told investors",
    # "Redrow shares fell"), and the pronouns of a thing referring back to it ("Redrow said its
    # sales fell"); lower case. Read in the article's own pack, where it has one.
    firm_words: frozenset[str] = _NONE
    firm_pronouns: frozenset[str] = _NONE
    # -- a thing owned (entities/ownednames.py) ------------------------------------------------
    # Possessive determiners written right before a name that make it a thing owned ("your
    # Mac", "mein MacBook"). Not words that are object pronouns too ("her": "told her Trump
    # would win"; German "ihr": "gab ihr Anna"), nor a spelling that is a word of another
    # language the union is read in (French "son", "sa": English "her son Harry").
    possessive_determiners: frozenset[str] = _NONE
    # -- phrases of everyday words typed ORG (entities/plainphrases.py) -----------------------
    # Nouns of a body's or an establishment's kind that open its name before a common noun of
    # its own ("Forum Waffenrecht", "Aktion Mensch", "Gasthaus Krone") or stand right before
    # its name or in an apposition after it ("the charity Citizens Advice", "die Band Ton
    # Steine Scherben"), besides the heads and formal openers, and nouns that close a
    # publication's name ("Auto Bild"); lower case.
    body_kind_nouns: frozenset[str] = _NONE
    publication_nouns: frozenset[str] = _NONE
    # -- borrowed phrases typed as persons (entities/foreignphrases.py) ---------------------------
    # The language whose everyday phrases this language borrows capitalised ("die Hate Speech",
    # "Paid Content"): its frequent-word list (entities/models/<code>-frequent.txt.gz) tells them.
    loan_phrase_language: str = ""
    # Words joining two listed nouns ("Hassrede und Fake News"): a borrowed phrase listed beside
    # a common noun of the language is read as a common noun too, also where typed ORG.
    loan_phrase_coordinators: frozenset[str] = _NONE
    # Words after a coordinator making the phrase one of a kind the next noun names ("Red Bull
    # und andere Getränkehersteller"): that noun then tells nothing of the phrase; lower case.
    loan_phrase_kind_words: frozenset[str] = _NONE
    # Endings of nouns naming persons ("Helfer", "Aktionäre") or bodies ("Plattenfirmen"): a
    # phrase listed with one is as often a firm's name ("Aktionäre und Social Chain"); lower case.
    loan_phrase_agent_endings: tuple[str, ...] = ()
    # Plural and genitive endings tried off a listed noun before its head is read against the
    # pack's heads of bodies and roles ("Plattenfirm|en").
    loan_phrase_head_endings: tuple[str, ...] = ()
    # Plural endings tried off a listed noun: less one, a common noun is a plural ("Lizenz|en");
    # a plural listed noun counts only beside a plural phrase ("Gesetze und Good Practices").
    loan_phrase_plural_endings: tuple[str, ...] = ()
    # -- a ministry's name NER cut (entities/ministrynames.py) ---------------------------------
    # Nouns of a ministry that the press writes before its portfolio, in either case ("le
    # ministère de la Santé", "le Ministère de l'Intérieur"), and the prepositions joining them
    # (as written, lower case, one space between words).
    ministry_nouns: frozenset[str] = _NONE
    ministry_links: tuple[str, ...] = ()
    # Endings of a portfolio's lower-case adjectives after a lone noun ("nationale"), of a
    # peoples' adjectives, never part of a portfolio ("palestinien"), and of the further
    # adjectives a body's head takes ("Commission européenne"); the lower-case words that join
    # a name, never a portfolio's word alone ("de", "et"), and the conjunctions joining two
    # portfolios ("et des Affaires").
    portfolio_adjective_endings: tuple[str, ...] = ()
    people_adjective_endings: tuple[str, ...] = ()
    body_adjective_endings: tuple[str, ...] = ()
    portfolio_stop_words: frozenset[str] = _NONE
    portfolio_conjunctions: tuple[str, ...] = ()
    # -- a verb NER took for a name (entities/cliticverbs.py) ---------------------------------
    # Clitic pronouns written after a verb and a hyphen ("Abonnez-vous", "Souvenez-vous"): the
    # word before one is a verb, never a name (entities/cliticverbs.py); lower case.
    verb_clitics: frozenset[str] = _NONE
    # -- a title of this language's that is a word of others (entities/packtitles.py) ------------
    # Titles written before a person's name, spelled like an everyday word of another language
    # ("Me", the French lawyer's title, is English "me": "Me Too"), so read in the article's
    # own pack only: cut off a mention they open, which is then a person's. As written.
    own_person_titles: tuple[str, ...] = ()
    # -- words of a role's title (entities/roletitlewords.py) ---------------------------------
    # Titles of a role written with a capital inside ("procureur de la République", "garde des
    # Sceaux"), as written: the capitalised word names nothing (entities/roletitlewords.py).
    title_phrases: tuple[str, ...] = ()
    # -- a named storm (entities/stormnames.py) ------------------------------------------------
    # Nouns of a storm or a named weather system the press writes right before its name ("Storm
    # Ciarán", "la tempête Zeus", "Sturmtief Zeynep"); lower case. ``storm_words_lower``: the
    # language writes them in lower case there ("l'ouragan Irma"), where no reduced relative
    # clause can put a person's name after one (English "the storm Trump unleashed").
    storm_words: frozenset[str] = _NONE
    storm_words_lower: bool = False
    # -- a people's noun NER took for a name (entities/peoplenouns.py) --------------------------
    # Nouns of a nation's or a continent's people, singular masculine, lower case ("français"):
    # written capitalised ("les Français") they name no entity; forms made by the module.
    people_nouns: frozenset[str] = _NONE
    people_determiners: frozenset[str] = _NONE  # lower-case words that may come before one
    # -- a role's owner and holder NER ran together (entities/roleowners.py) --------------------
    # Role nouns besides the pack's person roles ("PDG", "patron"), lower case; heads of a
    # body or place named after a person ("Lycée Victor Hugo"), lower case.
    owner_roles: frozenset[str] = _NONE
    eponym_heads: frozenset[str] = _NONE
    # Words linking a role to its owner, lower case, longest first; one ending in an apostrophe
    # is glued to the owner's name ("PDG d'Airbus").
    owner_links: tuple[str, ...] = ()
    # -- a place's name standing for its team (entities/townteams.py; language/teamwords.py) --
    team_words: TeamWords = NO_TEAM_WORDS


# The entity words of a pack that has none.
NO_ENTITY_WORDS = EntityWords()
