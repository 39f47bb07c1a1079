"""Language packs: everything the engine knows about one language, found by discovery.

A pack is a ``LanguageRules`` object named ``RULES`` in a module of this package whose
name is the language's ISO 639 code (``dragoman/language/xx.py``), or one a third party
installs under the entry-point group ``dragoman.languages`` (the entry point loads to a
``LanguageRules`` or to a module holding ``RULES``). Adding a language is writing that one
module: nothing else lists the languages. Capabilities ask the pack (``rules.has_case``,
``rules.script``, ``rules.subject_after_verb`` …), never the language code. This module says
what a pack holds; ``discovery`` finds the packs (its functions are imported from here).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from dragoman.language.discovery import ENTRY_POINT_GROUP as ENTRY_POINT_GROUP
from dragoman.language.discovery import all_rules as all_rules
from dragoman.language.discovery import capitalises_nouns as capitalises_nouns
from dragoman.language.discovery import pack_of as pack_of
from dragoman.language.discovery import right_to_left as right_to_left
from dragoman.language.discovery import rules_for as rules_for
from dragoman.language.discovery import script_of_language as script_of_language
from dragoman.language.entitywords import NO_ENTITY_WORDS, EntityWords
from dragoman.language.nounclasses import NO_NOUN_CLASSES, NounClasses
from dragoman.language.packless import SCRIPTS_WITHOUT_PACK as SCRIPTS_WITHOUT_PACK
from dragoman.language.scripts import CASED_SCRIPTS, LATIN, RIGHT_TO_LEFT_SCRIPTS


@dataclass(frozen=True, slots=True)
class LanguageRules:
    code: str
    # -- writing system -------------------------------------------------------------------
    # ISO 15924 code of the script the language is written in (dragoman.language.scripts).
    script: str = LATIN
    # Letters folded together for matching (search, dedup, linking): variant -> base letter
    # ("أ" -> "ا"); None drops the character (tatweel). normalize_for_match applies every
    # pack's folds to all text, whatever its language (a query has none).
    letter_folds: dict[str, str | None] = field(default_factory=dict)
    # The language's own digits, 0 to 9 ("٠١٢٣٤٥٦٧٨٩"), folded to ASCII for dates and matching.
    digits: str = ""
    # Letters that write the same foreign sound in different countries ("ج" / "غ" for g):
    # the looser key that entity linking compares spelling variants by.
    sound_folds: dict[str, str] = field(default_factory=dict)
    # How the language transliterates Russian, Ukrainian, Belarusian and Arabic names, as
    # (its letters, English letters) pairs tried longest first ("tsch" -> "ch", "w" -> "v"):
    # a person name of no KB hit is looked up again with them (``entities.translitpeople``).
    transliteration_folds: tuple[tuple[str, str], ...] = ()
    # Conjunctions, prepositions and article written glued to the next word, longest first
    # (NER features strip them to find the stem); and the definite article itself.
    glued_prefixes: tuple[str, ...] = ()
    definite_article: str = ""
    # -- names ----------------------------------------------------------------------------
    # Honorifics and titles that stand before a name ("Mr", "Sen", "السيد", "Sayın"): a
    # titled word is a name, and the title is no part of the name it introduces.
    titles: tuple[str, ...] = ()
    # Honorifics: words written before a name that say "a person" but give no role ("Mr",
    # "Frau", "السيد"; without the dot, listed whether or not ``titles`` has them). Entity
    # resolution (entities/referents.py) cuts every pack's off a name like a title, counts
    # them as evidence of a person, and keeps no role for them.
    honorifics: tuple[str, ...] = ()
    # Words of the titles written before a person's name that name the person's role
    # ("Ambassador", "السفير"), besides ``titles``, which count as roles too; and the words
    # of such titles that are a role only beside another title word ("Foreign" Minister,
    # "الخارجية"), being ordinary words or name parts alone. Entity resolution keeps the
    # role in each article (entities/referents.py); no other step cuts these off a name.
    role_titles: tuple[str, ...] = ()
    role_modifiers: tuple[str, ...] = ()
    # Words that name a group of people, not an entity: religions, ideologies, party
    # adjectives ("Muslim", "Jewish", "Republican", "muslimisch", "juif"). Alone (a plural
    # too) such a mention is no person and founds no entity, though it may still name a
    # known one (a party of the knowledge base); a person's span closing with one ("Iowa
    # Republican") founds none (entities/nameclass.py). Nationality adjectives are not
    # listed here: they link to their country (entities/wordclass.py).
    group_words: tuple[str, ...] = ()
    # Words that never close a name in this language (function words, the article: "Steve Hawk
    # The" is a name and the next sentence's first word run together): cut off a mention's end
    # (entities/wordclass.py). Empty: nothing is cut.
    mention_end_words: frozenset[str] = frozenset()
    # Verbs a headline or byline writes with a capital right after a name ("Ann Lee Says",
    # "By Ann Lee Published"): cut off the end of a name span (nameclass.trailing_verb_cut).
    headline_verbs: tuple[str, ...] = ()
    # True when headlines write every content word with a capital (English Title Case): a run
    # of such words opening an article is read as a headline (entities/headline.py).
    title_case_headlines: bool = False
    # Endings that make a name its owner's ("Britain’s", "Ann Lee's", "the Joneses'"): before a
    # role noun the speaker is the role, not the owner (quotes/possessedrole.py).
    possessive_suffixes: tuple[str, ...] = ()
    # Pronouns, possessive determiners and question words: capitalised alone (a headline, a
    # song title: "My", "Who"), they name nothing (wordclass.settle; "WHO" in capitals stays).
    closed_words: tuple[str, ...] = ()
    # First or last words of an organisation's name ("News", "University", "Partei",
    # "Université"; German compounds end with them: "Bundesministerium") and of a place's
    # ("Street", "Avenue", "Straße"): evidence of the type of a name of two words or more,
    # weighed with NER's votes (entities/referents.py). Words that are also common
    # surnames ("Hall", "Bank", "Park") are left out.
    organisation_heads: tuple[str, ...] = ()
    place_heads: tuple[str, ...] = ()
    # Words naming a law, treaty, code, tax or budget statement, where the language puts them
    # in a name: ``document_heads`` close it ("Finance Act", "Autumn Statement"),
    # ``document_leads`` open it ("Code de la route", "Gesetz zur ...") or end a German
    # compound ("Grundgesetz"). Such a name is a document, no organisation: it founds no
    # entity (entities/nameclass.py). Empty: none is known.
    document_heads: tuple[str, ...] = ()
    document_leads: tuple[str, ...] = ()
    # Names of awards and their categories, no referents: a name of three words or more
    # opened by an ``award_leads`` word and closed by a kind noun (``list_kinds``,
    # ``work_kinds``: "Best New Artist", not "Best Western International"), or one the text
    # follows with an ``award_tails`` phrase that closes it ("International Group of the
    # Year", not "Tour de France de l'année prochaine"). Such a name founds no entity, and
    # such a line heads a list (entities/nonames.py, listkind.py). Empty: none is known.
    award_leads: tuple[str, ...] = ()
    award_tails: tuple[str, ...] = ()
    # Nouns a list's heading names its items' kind with, singular, and that kind ("artist"
    # PER, "group" ORG): names standing one per line under a heading holding one in the
    # plural, or an award's name holding one, take a vote for it (entities/listkind.py).
    # Empty: none is known.
    list_kinds: tuple[tuple[str, str], ...] = ()
    # Nouns of works, every form written ("song", "songs", "album"): only under a heading
    # holding one do "maker, title" lines make their last items titles (entities/works.py;
    # "Minister, Ann Lee" lines under "The new cabinet" do not). Empty: none is known.
    work_kinds: tuple[str, ...] = ()
    # Common given names of the language's press, besides the English list in
    # ``dragoman.language.en``: a full name led by one is likelier a person.
    given_names: tuple[str, ...] = ()
    # Words written after a person's age in an apposition ("Dupont, 45 ans,", "Müller (54
    # Jahre)"); the bare number is read in every language ("Ann Lee, 35,", "Müller (54)").
    # A name followed by its age is a person (entities/personcue.py).
    age_units: tuple[str, ...] = ()
    # Words joining the last two items of a list of names ("and", "und", "et"): the names
    # listed after a plural title ("Judges Lee, Ortiz and Hale") are people too
    # (entities/referents.py).
    list_conjunctions: tuple[str, ...] = ()
    # Abbreviations written with a dot that ends no sentence ("Sen.", "Dr.", "Doç."): every
    # pack's are honoured in all text (sentence joining, speaker phrases).
    abbreviations: tuple[str, ...] = ()
    # File stem of the language's NER model ("ner-ar"); "" when none ships: a model named
    # ner-<code> in $DRAGOMAN_NER_MODELS is still found.
    ner_model: str = ""
    # -- dates and page furniture ----------------------------------------------------------
    # Month names and abbreviations (as written, before normalize_for_match) -> month number.
    months: dict[str, int] = field(default_factory=dict)
    weekdays: tuple[str, ...] = ()
    # Month names of the language's own calendar, when its press dates by another one than
    # the Gregorian (Persian "مهر" of the Solar Hijri year) -> month number, and the function
    # that turns (year, month, day) of that calendar into a Gregorian date.
    calendar_months: dict[str, int] = field(default_factory=dict)
    calendar_to_gregorian: Callable[[int, int, int], date] | None = None
    # Words that place a date relative to the reference date: word -> day offset.
    relative_days: dict[str, int] = field(default_factory=dict)
    # Regexes (case-insensitive) that mark a whole line as site chrome.
    chrome_patterns: tuple[str, ...] = ()
    # Prefixes that introduce a byline ("By", "بقلم").
    byline_prefixes: tuple[str, ...] = ()
    # Prefixes for a modification date ("Updated", "تحديث").
    updated_prefixes: tuple[str, ...] = ()
    # Regexes that mark a line as an image caption or credit.
    caption_patterns: tuple[str, ...] = ()
    # Morning/evening markers after a clock time: marker -> True for PM.
    meridiem: dict[str, bool] = field(default_factory=dict)
    # -- quotations (dragoman.quotes); all words as written, matched after normalize_for_match --
    # Quotation marks the language's press writes, (opening, closing) pairs, preferred first.
    # dragoman.quotes.marks reads every common style in any text; these are documentation
    # and test data for the pack.
    quote_marks: tuple[tuple[str, str], ...] = (("“", "”"), ('"', '"'))
    # Whether the press puts names of organisations in quotation marks (Russian «Газпром»,
    # Arabic حركة «فتح»): a quoted name is then no title of a work (entities/works.py).
    quoted_organisations: bool = False
    # Inflected speech verbs that cue a statement ("said", "قال"); multi-word cues allowed.
    speech_verbs: tuple[str, ...] = ()
    # Participles whose subject is the main clause's ("saying", "قائلا", "مضيفا").
    speech_participles: tuple[str, ...] = ()
    # Verbs whose object is the addressee ("told", "assured").
    addressee_verbs: tuple[str, ...] = ()
    # Speech acts whose content is no finite clause (dragoman.quotes.speechacts): cue form ->
    # (construction, whether the verb states nothing but through it). Constructions: "to" (an
    # infinitive after the verb), "object X Y" (an object, then one of the words X, Y), "noun"
    # (a demand: "called for an inquiry"), "name" (an object and its name: "called it a sham").
    speech_acts: dict[str, tuple[str, bool]] = field(default_factory=dict)
    # Forms of the verbs that state nothing but through their speech act, cues of their own
    # ("called", "criticized"; not in ``speech_verbs``).
    speech_act_verbs: tuple[str, ...] = ()
    # Words opening the name an object is given ("called him a liar"), and the object
    # pronouns that may stand before it.
    naming_articles: tuple[str, ...] = ()
    # Definite articles and their contractions ("il", "della", "du", "los"): a person's name
    # right after one names a thing after that person ("il liceo …", "della Rosa Bianca")
    # (entities/givenpersons.py, writtennames.py).
    definite_articles: tuple[str, ...] = ()
    naming_object_pronouns: tuple[str, ...] = ()
    # Units of time: "called for hours" (a duration, no demand).
    duration_words: tuple[str, ...] = ()
    # Pronouns of quantity that are a speech verb's object before a phrase ("said little about
    # the plan", "said nothing at all"), not the subject of its content ("said little has
    # changed").
    quantity_objects: tuple[str, ...] = ()
    # Phrases that put the source after them: "according to X", "وفقا لـ X".
    reported_speech_markers: tuple[str, ...] = ()
    # Markers that follow the clause they attribute, right after its comma, with their source
    # closing the sentence: German "…, so Müller." (also in reported_speech_markers' role,
    # but only there: "so" is a marker nowhere else).
    closing_speech_markers: tuple[str, ...] = ()
    # Words introducing reported content ("that", "أن", "إن").
    complementizers: tuple[str, ...] = ()
    # Personal pronouns that can be a speaker ("he", "she"); resolved to an earlier mention.
    speaker_pronouns: tuple[str, ...] = ()
    # Pronouns that refer to a person, with their gender ("m"/"f"): ("he", "m"), ("she", "f").
    speaker_pronoun_genders: tuple[tuple[str, str], ...] = ()
    # Head words of role phrases that can be a speaker ("spokesman", "المتحدث").
    speaker_roles: tuple[str, ...] = ()
    # Role words naming one person, not an organisation ("spokesman", "Virologe",
    # "gastro-entérologue"): a determiner and such a word with no name beside it ("the former
    # mayor", "der Virologe") is the person of the article last quoted (quotes.attach).
    person_roles: tuple[str, ...] = ()
    # Occupation nouns written right before a person's name with no determiner between
    # ("bouzouki player Ann Lee", "CNN anchor Jo Kern"): person evidence for entities only
    # (titles.person_role_before), not quote speakers as ``person_roles`` are.
    name_occupations: tuple[str, ...] = ()
    # Common nouns standing for an organisation the article names ("el organismo", "la
    # entidad", "il sito"): with a determiner (and "mismo"-like word) and no name beside them,
    # the organisation named with that noun or quoted last (quotes.roles).
    organisation_nouns: tuple[str, ...] = ()
    # Common nouns of the state and its texts, written with a capital ("l'État", "153 Etats",
    # "la République", "la Constitución"): written alone they name no entity (the spaCy
    # backend, entities/spacyner.py; WikiNER-trained pipelines tag them LOC or ORG).
    state_nouns: tuple[str, ...] = ()
    # Words that end a speaker phrase ("on", "in", "في", "اليوم").
    speaker_stop_words: tuple[str, ...] = ()
    # True when every noun is written with a capital (German "Präzision", "Tauben"): a
    # capitalised word alone is then no name; a speaker needs a named-entity mention, a role,
    # a pronoun or a title.
    capitalised_nouns: bool = False
    # Nouns a sports club's name follows (Arabic "فريق"); set, a masculine nationality adjective
    # after a place makes it a club too, a city taking the feminine (entities/arabicspans.py).
    club_nouns: tuple[str, ...] = ()
    # Determiners names rarely take in such a language (indefinite, possessive, quantifying:
    # "ein", "seine", "viele"): a capitalised word after one is a common noun, in NER
    # (entities/spanshape.cued_noun: "bei einem Kongress") and in the common-word lists
    # eval/ner_common.py learns.
    noun_cues: tuple[str, ...] = ()
    # Prepositions that make the words after a speech verb its topic ("berichtete über Nasser Al
    # Khater, den CEO …"): what follows the next comma is an apposition, not reported content.
    topic_prepositions: tuple[str, ...] = ()
    # One-letter clitics that may be glued to a cue verb or a name ("و", "ف", "ب", "ل").
    clitic_prefixes: tuple[str, ...] = ()
    # True when the subject usually follows the verb (Arabic VSO: "وقال الوزير ...").
    subject_after_verb: bool = False
    # True when the verb ends its clause (SOV: Turkish "Bakan, «…» dedi", Persian "… گفت"):
    # a cue may close the sentence after the quotation, its subject before the quotation.
    verb_final: bool = False
    # Words right before a cue that make it no statement: negation ("not", "never"), the
    # infinitive marker ("declined to say", "plans to announce").
    cue_blockers: tuple[str, ...] = ()
    # Forms of "be" before a cue that make it passive ("was told", "were reported by").
    passive_auxiliaries: tuple[str, ...] = ()
    # Speech verbs that also take a plain object ("denied any involvement", "accused X of"):
    # their reported content needs a complementizer or a pronoun subject.
    object_verbs: tuple[str, ...] = ()
    # Words that cannot open reported content (prepositions: "said in his interview").
    content_blockers: tuple[str, ...] = ()
    # Words that open a clause with its subject ("he", "there"): "denied she had".
    clause_subjects: tuple[str, ...] = ()
    # Pronouns standing for a thing or a body, never a person ("it said"): the subject is the
    # organisation or non-person speaker named or quoted last (quotes.things).
    thing_pronouns: tuple[str, ...] = ()
    # Auxiliaries and modals: a name followed by one opens a clause ("claimed Clinton had").
    auxiliaries: tuple[str, ...] = ()
    # True when a verb with no subject refers to the last speaker (pro-drop: Arabic "وأضاف أن",
    # Spanish "Añadió que"); otherwise reported speech needs a subject next to the cue.
    implicit_subject: bool = False
    # True when a comma separates the cue from its content ("Scholz sagte, die Lage sei …",
    # "Песков сказал, что …").
    comma_before_content: bool = False
    # Relative pronouns whose antecedent is a cue's subject ("Ann Lee, who said …").
    relative_pronouns: tuple[str, ...] = ()
    # Relative words that open an aside with a subject of its own ("La ministre, dont le
    # cabinet avait démenti toute fuite, a …"); with ``relative_pronouns``, a cue inside such
    # a comma-closed aside speaks no quotation after it (quotes/bounds.py ``relative_aside``).
    aside_relatives: tuple[str, ...] = ()
    # Words that open a clause, never a noun phrase: subordinating conjunctions and free
    # relatives ("Though", "While experts say", "Whoever said"); a speaker phrase opening with
    # one names no speaker (quotes/speakertext.py).
    subordinators: tuple[str, ...] = ()
    # Modal verbs that ``auxiliaries`` leaves out ("kann", "peut"): no noun phrase holds one.
    modal_verbs: tuple[str, ...] = ()
    # Prepositions whose noun phrase is no verb's subject ("Nach der Dusche sagen sie", "in
    # Houston"); not the links of roles ("of", "von", "de") nor words before numbers ("over").
    governing_prepositions: tuple[str, ...] = ()
    # A regular expression for the language's past participles ("gehabt", "gesagt"), which end
    # a clause inside a speaker phrase; "" for none.
    participle_pattern: str = ""
    # True when a noun with a past participle after it is a reduced relative ("officials
    # involved", "a study published"): the noun is the phrase's head.
    reduced_relatives: bool = False
    # Impersonal subjects of a cue ("hieß es"): the phrase before such a cue is its source
    # ("Aus Berlin hieß es"), even after a preposition.
    impersonal_pronouns: tuple[str, ...] = ()
    # Word keys that are verb forms only with an accent the keys fold away ("esta" / "está",
    # "e" / "è"): not read as verbs in a speaker phrase ("el director de esta institución").
    verb_homographs: tuple[str, ...] = ()
    # Object articles and pronouns ("den", "einem", "ihn"): a phrase opening with one inside a
    # separable cue is the verb's object, not an inverted subject ("hielt den Mann fest").
    object_determiners: tuple[str, ...] = ()
    # Relative pronouns that open a clause after a comma, outside speech ("kündigte neue Hilfen
    # an, die im Mai …"): after a cue's object and a comma, no content starts with one.
    comma_relatives: tuple[str, ...] = ()
    # True when the complementizer is also the relative pronoun (que, che, qui): after the only
    # comma following the cue's object it opens a relative clause ("bromeó con la prensa, que …").
    complementizer_relative: bool = False
    # Verbs naming or labelling something with the speaker's words ("called Trump a “bully”",
    # "described it as “unfit”"): a short quoted phrase after one is a direct quotation.
    naming_verbs: tuple[str, ...] = ()
    # Quantifiers opening a group of speakers ("several experts said", "plusieurs experts",
    # "برخی کارشناسان"): never a name, and the group they open may speak (a number does too).
    speaker_quantifiers: tuple[str, ...] = ()
    # Head words of a group that speaks for a person ("the family of Omar Haddad said", "les
    # avocats de X", "عائلة محمد"): the group, not the person it names, is the speaker; and the
    # words between such a head and the person ("of", "de la", "von").
    speaker_group_heads: tuple[str, ...] = ()
    speaker_group_links: tuple[str, ...] = ()
    # Words introducing the agent of a passive speech verb, before it ("told by engineers",
    # "annoncé par le ministère", "von den Ingenieuren mitgeteilt"): the agent is the speaker.
    passive_agents: tuple[str, ...] = ()
    # Particles that make another verb of a naming verb ("called for", "called on"): no label.
    naming_particles: tuple[str, ...] = ()
    # Endings of a naming verb's participle ("calling him “…”"), whose subject is the main
    # clause's; and words that make a naming verb's label a borrowed term, no statement, a few
    # words before it ("what critics call “X”").
    participle_endings: tuple[str, ...] = ()
    borrowed_term_words: tuple[str, ...] = ()
    # Endings of adverbs ("-ly": "repeatedly called", "said recently"): an adverb may stand
    # between a subject and its verb, and is no object after one.
    adverb_endings: tuple[str, ...] = ()
    # Determiners that give a role's gender ("der" Virologe m, "la" gastro-entérologue f) for
    # quotes.attach; not those also plural (German "die") or of either gender (French "l’").
    role_determiner_genders: tuple[tuple[str, str], ...] = ()
    # Determiners opening an appositive between a name and its role ("Lena Ortiz, the mayor").
    appositive_determiners: tuple[str, ...] = ()
    # Adverbs and time words that stand between a cue and its inverted subject ("…, a estimé
    # mardi la Banque de France", "…, sagt auch der Sprecher"); the pack's weekdays count too.
    speaker_adverbs: tuple[str, ...] = ()
    # Verb-second packs: words opening the one phrase before a finite cue, whose subject
    # follows it ("Nach dem Spiel sagte X, …", "Dann sagte er, …"; ``quotes/versecond``).
    fronted_openers: tuple[str, ...] = ()
    # Markers that follow their source ("Dem Bericht zufolge, …", "der Polizei zufolge"): the
    # noun phrase before the marker is the source, the clause around them the content.
    postposed_markers: tuple[str, ...] = ()
    # Phrases whose source is the clause's own subject ("Die Firma hat nach eigenen Angaben
    # … umgesetzt"): what follows the phrase up to the clause end is the subject's statement.
    subject_source_markers: tuple[str, ...] = ()
    # Words opening an as-clause that holds the cue after the content ("…, wie die Stadt
    # mitteilte", "…, comme l’a indiqué X"): the clause before it is the content.
    as_clause_words: tuple[str, ...] = ()
    # Words opening a subordinate clause that is reported content although they are
    # ``content_blockers`` elsewhere: an indirect question or a condition ("asked whether …",
    # "questioned how …", "said if …").
    clause_openers: tuple[str, ...] = ()
    # Conjunctions that may open a sentence before its clause ("But the law failed, he said"):
    # reported content before its cue may start with one.
    sentence_conjunctions: tuple[str, ...] = ()
    # Verb forms that are mostly nouns in news ("the remarks", "his jokes") but cue a statement
    # right after a personal subject pronoun ("he remarks", "she quips").
    pronoun_verbs: tuple[str, ...] = ()
    # Word classes of a language that capitalises every noun (``nounclasses``; German).
    noun_classes: NounClasses = NO_NOUN_CLASSES
    # Words the entity rules read around and inside names (``entitywords``; English).
    entity_words: EntityWords = NO_ENTITY_WORDS
    # Document and figure nouns ("figures from Ohio show"): a source, never "he" or "she".
    document_sources: tuple[str, ...] = ()
    # Prepositions that also open a clause ("comes after officials said": the subject after).
    clause_prepositions: tuple[str, ...] = ()

    @property
    def has_case(self) -> bool:
        """Whether the script has capitals that tell a name ("Latn", "Cyrl"; not "Arab")."""
        return self.script in CASED_SCRIPTS

    @property
    def right_to_left(self) -> bool:
        return self.script in RIGHT_TO_LEFT_SCRIPTS
