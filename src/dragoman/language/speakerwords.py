"""Words that say whether a speaker phrase can be a speech cue's subject, for languages that
capitalise every noun (German), kept out of ``LanguageRules`` (whose module is at its size
limit) like ``documents``. Read by ``dragoman.quotes.nounsources``.

- ``source_heads``: heads (as whole words or compound heads) of common nouns that name someone
  who may speak beyond the pack's roles, organisation and institution heads: bodies and
  collectives ("die Stadt", "die Opposition", "die Redaktion"), media and documents a
  statement is attributed to ("das Portal", "die Mitteilung", "die Angaben").
- ``person_endings``: endings of nouns that name people ("Kommentatoren", "Forschenden",
  "Befragten", "Anwohner"): such a noun may speak whatever list misses it.
- ``document_heads``: nouns of documents and figures whose genitive names their source ("laut
  Daten der Bundespolizei": the Bundespolizei); the pack's ``document_sources`` count too.
- ``genitive_articles``: the determiners opening such a genitive owner.
- ``plural_verb_endings``: endings of a finite verb in the third person plural ("sagen",
  "forderten", "haben gesagt"): its subject is never one person.
- ``infinitive_governors``: finite verbs beside the pack's modals that take an infinitive
  ("würde ich sagen", "ließ mitteilen"): a cue after one is an infinitive, and agreement is
  read on the governor ("würde" is singular).
- ``gist_nouns``: heads of nouns naming the gist of what is said, never its source ("so der
  Grundtenor", "so das Fazit"): common nouns whatever the tagger's word list lacks.
- ``complement_links``: words joining a noun of people to the name it is led by or belongs to
  ("Forscher um Anna Roy", "die Ökonomen der Großbank X", "Forscher in Bonn"): that noun
  heads the subject.
- ``coordinators``: words joining two subjects into one plural ("Jana Roth und Paul Brenner
  sagen"); ``coordinated_determiners``: determiners that may open the second ("… und die
  Ministerin sagen").
- ``object_determiners``: determiners of an accusative or dative noun, never a cue's subject
  ("erklärt den Schaden").
- ``impersonal_subjects``: an impersonal or reflexive subject of an infinitive cue ("man
  möchte sagen", "lässt sich sagen"): no speaker.
- ``plural_articles``: an article before a name that makes it plural ("die Fischers");
  ``polite_pronouns``: the polite address that takes a plural verb for one person ("Herr
  Roth, Sie sagen").
- ``figure_heads``: nouns of figures, polls and tables ("laut Umfragen", "laut den Zahlen"):
  with no owner behind them no speaker (``quotes/germanclauses``); ``owner_links`` open that
  owner ("der", "von").
- ``belief_verbs``: cues that report a belief before a zu-infinitive (``infinitive_particles``,
  ``infinitive_endings``; not with a finite verb of ``subjunctive_finites`` in the span) and a
  meaning after a ``meaning_prepositions`` phrase ("mit X meinte er").
- ``other_verb_particles``: (cue, particle) pairs where the particle closing the cue's clause
  makes another verb ("sagte … ab": cancelled): no statement.
- ``preterite_endings``: endings of a preterite cue ("sagte"), whose comma opens content.
- ``finite_endings``: endings of a finite verb: after "das"/"die" behind a comma it makes a
  demonstrative subject, not a relative pronoun.
- ``passive_helpers``: finite forms of the passive and stative auxiliaries ("werden",
  "sein"): with a cue last in their clause that ends as a participle (``participle_endings``)
  it is one ("wird … bestätigt"), no report (``quotes/verbfinal``); "wird … sagen" stays.
- ``relative_prepositions``, ``relative_extra``: prepositions before a relative pronoun ("von
  denen") and relative pronouns beyond the pack's ``comma_relatives`` ("denen");
  ``free_relatives`` ("was") open a relative clause only after one of
  ``free_relative_heads`` ("das, was", "alles, was").
- ``degree_questions``: question words that before an adjective open an exclamation, which
  asserts ("wies darauf hin, wie ruhig es ist"; ``quotes/clauses.question_start``).
- ``focus_particles``: particles that add a phrase to the cue's object ("warnte vor Hass,
  vor allem im Netz", "auch in Europa"): such content is no clause (``quotes/appendedphrase``).
- ``condition_openers``, ``prediction_modals``, ``modal_adverbs``: a cue in a condition ("if
  X says") or after a modal of prediction ("will say", "may well argue") reports no statement
  (``quotes/unreal``; English); ``scheduled_modals`` with a definite speaker and none of the
  ``likelihood_adverbs`` announce prepared remarks ("the minister will tell MPs that …").
  ``modifier_prepositions``: prepositions of a subject's
  modifier, whose object is no speaker ("a friend of the coach said"; ``quotes/ofmodifier``).
- ``agent_heads``: agent nouns of people in "-er" that no role list holds ("ein Insider", "ein
  Regierungsvertreter"): with the roles, ``source_heads`` and ``person_nouns`` the nouns an
  indefinite source after a closing "so" may have ("…, so ein Insider"; not the exclamation
  "so ein Jammer", whose "-er" is no person ending); ``speaking_noun``.
- ``formula_sources``: capitalised words after a closing "so" that open a set phrase, no
  source ("so Gott will"); the pack's month and time words ("so Ende Mai") count too
  (``quotes/markers``).
- Whether a relative clause after a closing source ("…, so der Experte, der dort forscht.")
  can describe that source (``quotes/markers``): ``relative_agreement``, (the source's
  article, the relative pronouns that agree with its gender and number): "der Experte,
  der/dessen/dem/den …", not "der Minister, die …" (the pronoun then takes up a noun of the
  statement: "Das sind Argumente, so der Minister, die …"); ``feminine_person_endings``:
  endings of a noun after a feminine article that make it one woman ("die Ministerin"), with
  ``feminine_relatives``; any other noun after that article may be plural ("die Händler, die
  …"); ``oblique_relatives``: (article, pronoun) pairs where the pronoun is no subject ("die
  Ministerin, der …": a dative), whose clause needs a subject of its own, a word of
  ``relative_clause_subjects`` right after the pronoun ("…, der man vertraut");
  ``relative_clause_openers``: words that may follow a comma inside the relative clause ("…,
  der glaubt, dass …"); any other word after a comma goes on with the statement ("…, der dort
  forscht, und sie werde schlimmer").
- ``second_person_words``: words that address someone ("you", "vous", "Sie", "Ihnen"): an
  interview's question holds one, an explainer's question heading asks about things
  (``quotes/pronounscope``); a capitalised entry is a polite form, read only inside the
  question ("Haben Sie …?", not "Sie hat …?", whose "Sie" may be "she").
- ``noun_prefixes``: verb particles that, before a whole head, make another noun ("Ein|leitung",
  "Um|welt", "Vor|bild"): no speaking head (``quotes/speakingphrase``).
Written for this project from the grammar, not read off any evaluation set."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dragoman.language.normalize import normalize_for_match


@dataclass(frozen=True, slots=True)
class SpeakerWords:
    source_heads: tuple[str, ...] = ()
    person_endings: re.Pattern[str] | None = None
    document_heads: tuple[str, ...] = ()
    genitive_articles: frozenset[str] = frozenset()
    plural_verb_endings: tuple[str, ...] = ()
    complement_links: frozenset[str] = frozenset()
    person_nouns: tuple[str, ...] = ()
    infinitive_governors: frozenset[str] = frozenset()
    gist_nouns: tuple[str, ...] = ()
    coordinators: tuple[str, ...] = ()
    coordinated_determiners: tuple[str, ...] = ()
    object_determiners: frozenset[str] = frozenset()
    impersonal_subjects: frozenset[str] = frozenset()
    plural_articles: tuple[str, ...] = ()
    polite_pronouns: tuple[str, ...] = ()
    figure_heads: tuple[str, ...] = ()
    owner_links: frozenset[str] = frozenset()
    belief_verbs: frozenset[str] = frozenset()
    infinitive_particles: frozenset[str] = frozenset()
    meaning_prepositions: frozenset[str] = frozenset()
    subjunctive_finites: frozenset[str] = frozenset()
    indirect_mood_finites: frozenset[str] = frozenset()
    indirect_mood_ending: str = ""
    finite_endings: tuple[str, ...] = ()
    infinitive_endings: tuple[str, ...] = ()
    preterite_endings: tuple[str, ...] = ()
    other_verb_particles: frozenset[tuple[str, str]] = frozenset()
    passive_helpers: frozenset[str] = frozenset()
    relative_prepositions: frozenset[str] = frozenset()
    relative_extra: frozenset[str] = frozenset()
    free_relatives: frozenset[str] = frozenset()
    free_relative_heads: frozenset[str] = frozenset()
    degree_questions: frozenset[str] = frozenset()
    participle_endings: tuple[str, ...] = ()
    focus_particles: frozenset[str] = frozenset()
    agent_heads: tuple[str, ...] = ()
    formula_sources: frozenset[str] = frozenset()
    question_determiners: frozenset[str] = frozenset()
    agent_after_participle: bool = False
    evaluative_cues: tuple[str, ...] = ()
    list_announcers: frozenset[str] = frozenset()
    genitive_plural_endings: tuple[str, ...] = ()
    ordinal_openers: frozenset[str] = frozenset()
    circle_nouns: frozenset[str] = frozenset()
    circle_prepositions: frozenset[str] = frozenset()
    object_pronouns: frozenset[str] = frozenset()
    marker_verb_endings: tuple[str, ...] = ()
    relative_agreement: tuple[tuple[str, tuple[str, ...]], ...] = ()
    feminine_person_endings: tuple[str, ...] = ()
    feminine_relatives: tuple[str, ...] = ()
    oblique_relatives: tuple[tuple[str, str], ...] = ()
    relative_clause_subjects: tuple[str, ...] = ()
    relative_clause_openers: tuple[str, ...] = ()
    condition_openers: frozenset[str] = frozenset()
    prediction_modals: frozenset[str] = frozenset()
    modal_adverbs: frozenset[str] = frozenset()
    scheduled_modals: frozenset[str] = frozenset()
    likelihood_adverbs: frozenset[str] = frozenset()
    modifier_prepositions: frozenset[str] = frozenset()
    second_person_words: tuple[str, ...] = ()
    noun_prefixes: tuple[str, ...] = ()


# German finites of indirect speech (Konjunktiv) that both ``subjunctive_finites`` and
# ``indirect_mood_finites`` hold: one list, each adding its own.
_DE_KONJUNKTIV = frozenset({"sei", "seien", "habe", "hätte", "hätten", "werde", "würde",
                            "würden", "könne", "müsse", "solle", "wolle", "dürfe"})

_PACKS: dict[str, SpeakerWords] = {
    "de": SpeakerWords(
        source_heads=(
            # bodies, places that act as bodies, collectives
            "stadt", "rathaus", "gemeinde", "kommune", "landkreis", "kreis", "land", "länder",
            "staat", "staaten", "justiz", "opposition", "koalition", "anklage", "verteidigung",
            "redaktion", "team", "mannschaft", "klub", "club", "band", "branche", "industrie",
            "wirtschaft", "wissenschaft", "forschung", "kirche", "armee", "militär", "bahn",
            "bevölkerung", "mehrheit", "minderheit", "basis", "führung", "leitung", "spitze",
            "vorstand", "aufsicht", "senat", "regierung", "ministerium", "polizei", "feuerwehr",
            "medien", "presse", "tag", "wehr", "linke", "grüne", "grünen",
            # media and documents a statement is attributed to
            "portal", "website", "webseite", "blog", "magazin", "zeitschrift", "nachrichten",
            "agentur", "sender", "kanal", "mitteilung", "pressemitteilung", "erklärung",
            "meldung", "meldungen", "papier", "brief", "schreiben", "artikel", "beitrag",
            "entwurf", "urteil", "analyse", "analysen", "untersuchung", "untersuchungen",
            "prognose", "prognosen", "schätzung", "informationen", "information", "angaben",
            "aussage", "aussagen", "berechnung", "berechnungen", "auswertung", "erhebung",
            "befragung", "recherche", "recherchen", "dokument", "protokoll", "tweet", "post",
            "video", "interview", "buch", "bericht", "berichte", "berichten", "studie",
            "studien", "umfrage", "umfragen", "statistik", "zahlen", "daten", "unterlagen",
            "erkenntnisse", "ermittlungen", "feststellungen", "quellen", "kreise", "kreisen",
            "übersicht", "liste", "tabelle", "grafik", "bilanz", "dossier", "gutachten",
            "beschluss", "antrag", "anfrage", "antwort", "beantwortung", "stellungnahme",
            "aufzeichnung", "aufzeichnungen", "akte", "akten", "einschätzung", "darstellung",
            "zeugenaussage", "zeugenaussagen", "anzeige", "klage", "anklageschrift",
            # groups, offices and media the lists of bodies miss ("die Forschungsgruppe", "die
            # Verbraucherzentrale", "die Bundesanwaltschaft", "der Spiegel", "die Bild", "die
            # Welt", "die Fachwelt")
            "gruppe", "zentrale", "anwaltschaft", "spiegel", "bild", "welt",
            # hospitals speak for their patients ("teilte die Klinik mit, dass …"; issue 16)
            "klinik", "klinikum", "krankenhaus"),
        # not "ver", whose compounds name bodies ("Verbund", "Verband")
        noun_prefixes=("ein", "auf", "aus", "durch", "vor", "um", "nach", "zu", "ab", "an",
                       "ent", "über", "unter", "wider"),
        # agent nouns, nouns of participles and the feminine: "Kommentator", "Aktivisten",
        # "Forschenden", "Befragte", "Anwohnerinnen", "Fachleute", "Kaufmann"
        person_endings=re.compile(
            r"(?:er|ern|in|innen|ist|isten|ent|enten|ant|anten|eur|eure|euren|tor|toren|sor"
            r"|soren|oge|ogen|at|aten|ende|enden|[^aeiouäöü]te|[^aeiouäöü]ten|leute|mann"
            r"|männer|frau|frauen|kind|kinder|ling|linge)$"),
        document_heads=("angaben", "aussagen", "informationen", "information", "berechnungen",
                        "schätzungen", "erkenntnisse", "ermittlungen", "recherchen",
                        "mitteilung", "erklärung", "prognose", "prognosen", "analyse",
                        "auswertung", "erhebung", "untersuchung", "untersuchungen", "meldung",
                        "feststellungen"),
        genitive_articles=frozenset({"der", "des", "eines", "einer"}),
        plural_verb_endings=("en",),
        gist_nouns=("tenor", "fazit", "motto", "devise", "credo", "konsens", "quintessenz",
                    "losung", "parole", "leitsatz",
                    # what a statement aims at or argues, never who makes it ("so das Ziel der
                    # Initiative", "so die Lesart der Richter"; not "Botschaft", an embassy)
                    "ziel", "lesart", "vorwurf", "argument", "argumentation", "begründung",
                    "forderung", "these", "annahme", "logik", "kalkül", "hoffnung",
                    "überlegung", "gedanke", "appell", "vorschlag", "befürchtung", "einwand",
                    "kritikpunkt", "deutung", "interpretation"),
        infinitive_governors=frozenset({"wird", "würde", "werde", "lässt", "ließ", "ließe"}),
        complement_links=frozenset({"um", "von", "vom", "der", "des", "aus", "bei", "beim", "in",
                                    "im", "an", "am"}),
        # nouns of people with no person ending: weak nouns in "-e" and their like, and the
        # peoples written so ("ein Zeuge", "die Kunden", "zwei Franzosen")
        person_nouns=(
            "zeuge", "kunde", "laie", "junge", "erbe", "bote", "gatte", "neffe", "mensch",
            "held", "nachbar", "fan", "fans", "person", "pilot", "athlet", "genosse", "gefährte",
            "gehilfe", "insasse", "jude", "christ", "muslim", "muslime", "sklave", "knabe",
            "riese", "waise", "kollege", "experte", "bürge", "herr", "herren", "dame", "damen",
            "mädchen", "jungs", "leute", "angehörige", "freiwillige", "kranke", "gefangene",
            "russe", "franzose", "grieche", "pole", "türke", "brite", "schwede", "däne",
            "chinese", "kurde", "schotte", "ire", "finne", "tscheche", "slowake", "serbe",
            "kroate", "rumäne", "bulgare", "ungar", "syrer", "afghane", "jemenit", "israeli",
            "palästinenser", "deutsche", "chef", "chefs", "staff", "crew", "duo", "trio"),
        coordinators=("und", "sowie", "oder"),
        coordinated_determiners=("der", "die", "das", "ihr", "ihre", "sein", "seine"),
        object_determiners=frozenset({"den", "dem", "einen", "einem"}),
        impersonal_subjects=frozenset({"man", "sich"}),
        plural_articles=("die",),
        polite_pronouns=("Sie",),
        # lowercase "ihr" is also "her": only the polite capitalised forms
        second_person_words=("du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner",
                             "euch", "euer", "eure", "Sie", "Ihnen", "Ihr", "Ihre", "Ihren",
                             "Ihrem", "Ihrer"),
        # figures, polls and tables: what they show is no statement ("laut Umfragen")
        figure_heads=("statistik", "statistiken", "zahlen", "umfrage", "umfragen", "berechnung",
                      "berechnungen", "tabelle", "tabellen", "grafik", "erhebung",
                      "erhebungen", "auswertung", "auswertungen", "schätzung", "schätzungen",
                      "hochrechnung", "hochrechnungen", "messung", "messungen"),
        owner_links=frozenset({"der", "des", "eines", "einer", "von", "vom"}),
        # "meinen" of a belief ("meint, … zu gewinnen") or a meaning ("mit X meinte er")
        belief_verbs=frozenset({"meint", "meinte", "meinen", "meinten"}),
        infinitive_particles=frozenset({"zu"}),
        infinitive_endings=("en", "ern", "eln"),
        meaning_prepositions=frozenset({"mit"}),
        # a finite verb of indirect speech in a zu-infinitive's sentence: a statement after all
        subjunctive_finites=_DE_KONJUNKTIV | {"ist", "sind", "wird", "werden"},
        # finites only indirect speech uses (Konjunktiv), and the Konjunktiv I ending of a
        # singular finite ("gehe", "bleibe"): a statement, not a saying ("Zeit ist Geld, heißt es")
        indirect_mood_finites=_DE_KONJUNKTIV | {"wäre", "wären", "könnte", "könnten", "müsste",
                                                "müssten", "sollte", "sollten", "dürfte", "gebe",
                                                "gäbe"},
        indirect_mood_ending="e",
        # endings of finite verbs ("stimme", "geht", "gelten", "sei"): after a "das" or "die"
        # behind a comma they make it a demonstrative subject, not a relative pronoun
        finite_endings=("e", "t", "n", "i"),
        # a cue in the preterite ("sagte, die …") opens its content, not a relative clause on
        # an object ("hat eine Ausnahme erklärt, die …")
        preterite_endings=("te", "ten"),
        # a particle closing the cue's clause that makes it another verb: "sagte die Reise ab"
        # (cancelled), "sagte seine Hilfe zu" (promised)
        other_verb_particles=frozenset((verb, particle) for verb in ("sagt", "sagte", "sagten")
                                       for particle in ("ab", "zu")),
        # finite "werden" and "sein": "wird … bestätigt", "ist … bestätigt" (a participle)
        # (not "würde": "würde ich sagen, …" takes an infinitive)
        passive_helpers=frozenset({"wird", "werden", "wurde", "wurden", "worden", "ist", "sind",
                                   "war", "waren", "sei", "seien", "wäre", "wären"}),
        # a weak participle ends so ("bestätigt", "mitgeteilt"); an infinitive never does
        participle_endings=("t",),
        relative_prepositions=frozenset({"von", "vom", "mit", "bei", "nach", "über", "für",
                                         "auf", "aus", "an", "in", "durch", "gegen", "um",
                                         "unter", "vor", "zu", "seit", "wegen"}),
        relative_extra=frozenset({"denen", "welchen"}),
        free_relatives=frozenset({"was"}),
        free_relative_heads=frozenset({"das", "alles", "vieles", "etwas", "nichts", "dem",
                                       "einiges", "manches"}),
        # "wie" before an adjective asks nothing: "wies darauf hin, wie ruhig es ist"
        degree_questions=frozenset({"wie"}),
        # a question determiner opening content after the cue's comma: an indirect question
        # ("erläuterte, welche Schritte folgen"), no statement
        question_determiners=frozenset({"welche", "welcher", "welches", "welchen", "welchem"}),
        # cues that weigh what follows (their word starts): after them a "welche" clause
        # exclaims a statement ("betonte, welche Bedeutung das Projekt habe"), no question
        evaluative_cues=("beton", "hervorheb", "hob hervor", "hoben hervor", "hebt hervor",
                         "heben hervor", "hervorgehoben", "unterstreich", "unterstrich",
                         "kritisier", "beklag", "bemängel", "monier", "räumt ein", "räumte ein",
                         "räumten ein", "eingeräumt", "einräum", "lob", "gelobt"),
        # words of a span ending in a colon that announce a list after it ("es gebe drei
        # Gründe:", "sind folgende Straßen gesperrt:"), besides digits and a capitalised
        # last word; without them the clause before the colon is complete ("sei gut:")
        list_announcers=frozenset({"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht",
                                   "neun", "zehn", "elf", "zwölf", "folgende", "folgenden",
                                   "folgender", "folgendes", "diese", "dieser", "diesen",
                                   "nachstehende", "nachstehenden", "mehrere", "einige"}),
        # the strong genitive plural ending of an adjective right after its noun ("Berichten
        # lokaler Medien", "Angaben beider Seiten"): no finite verb ends so
        genitive_plural_endings=("er",),
        # words before a number whose dot makes it an ordinal inside the phrase ("Der 1. FC",
        # "am 3. Mai"), no sentence's end ("stieg um 3. Die …")
        ordinal_openers=frozenset({"der", "die", "das", "den", "dem", "des", "am", "im", "vom",
                                   "zum", "beim", "zur"}),
        # particles that add to a phrase: "warnte vor Hass, vor allem im Netz"
        focus_particles=frozenset({"auch", "allem", "insbesondere", "besonders", "gerade",
                                   "etwa", "sogar", "nur", "namentlich", "speziell",
                                   "einschließlich", "ausgerechnet", "zumal", "ebenso"}),
        agent_heads=("insider", "vertreter", "beobachter", "kenner", "mitarbeiter", "ermittler",
                     "berater", "unterhändler", "teilnehmer", "verhandler", "beamter", "beamtin",
                     "sprecher", "mitglied", "diplomat", "anwalt", "funktionär"),
        formula_sources=frozenset({"gott"}),
        # an unnamed circle around a named owner ("Quellen aus dem Umfeld von Apple",
        # "Kreise der Regierung"): the source is the circle, not the owner
        circle_nouns=frozenset({"umfeld", "kreise", "kreisen", "dunstkreis"}),
        # prepositions that hold the circle ("aus dem Umfeld", "im Umfeld")
        circle_prepositions=frozenset({"aus", "im", "in"}),
        # the addressee between an inverted cue and its subject ("sagen uns mehrere Anwälte",
        # "erklärte mir die Ministerin"); not "ihr", also a possessive ("sagt ihr Anwalt")
        object_pronouns=frozenset({"uns", "mir", "dir", "ihm", "euch", "mich", "dich"}),
        # endings of a present finite verb right after a fronted marker and its source ("laut
        # ADAC liegt der Preis", "laut Umfrage kosten …"; ``quotes/germanreported``)
        marker_verb_endings=("t", "en"),
        # German grammar (issue 16 review probes, /tmp/review_quotes_de2): nominative, genitive,
        # dative and accusative relatives of each gender; "die" before a noun that is no
        # feminine person may be a plural ("die Händler, die …", "…, denen …").
        relative_agreement=(("der", ("der", "dessen", "dem", "den")),
                            ("das", ("das", "dessen", "dem")),
                            ("ein", ("der", "das", "dessen", "dem", "den")),
                            ("eine", ("die", "deren", "der")),
                            ("die", ("die", "deren", "der", "denen"))),
        feminine_person_endings=("in",),
        feminine_relatives=("die", "deren", "der"),
        oblique_relatives=(("die", "der"), ("eine", "der"), ("der", "dem"), ("der", "den"),
                           ("das", "dem"), ("ein", "dem"), ("ein", "den")),
        relative_clause_subjects=("ich", "du", "er", "sie", "es", "wir", "ihr", "man", "der",
                                  "die", "das", "ein", "eine", "kein", "keine", "niemand",
                                  "jeder", "jede"),
        relative_clause_openers=("dass", "daß", "ob", "wie", "was", "warum", "wann"),
    ),
    # English grammar, written for this project (issue 16): a cue in a condition or after a
    # modal of prediction reports no statement (``quotes/unreal``). Not "would", "could",
    # "can": habitual and reported past ("he would tell us", "she could say only that …").
    "en": SpeakerWords(
        # the passive agent follows its participle ("was closed by the council"): an agent
        # phrase before a speech verb is never its agent ("… by the council and Lee said")
        agent_after_participle=True,
        condition_openers=frozenset({"if", "unless", "whether"}),
        prediction_modals=frozenset({"will", "shall", "may", "might", "'ll"}),
        modal_adverbs=frozenset({"also", "still", "then", "now", "again", "likely", "probably",
                                 "surely", "certainly", "undoubtedly", "well", "just", "soon",
                                 "doubtless", "perhaps"}),
        # future modals that also announce a scheduled statement of a definite speaker ("the
        # minister will tell MPs that …", prepared remarks); a likelihood adverb makes it a
        # guess again ("the bank will likely say")
        scheduled_modals=frozenset({"will", "'ll"}),
        likelihood_adverbs=frozenset({"likely", "probably", "surely", "certainly", "undoubtedly",
                                      "well", "doubtless", "perhaps"}),
        # prepositions of a subject's modifier ("a friend of the coach said": the friend;
        # ``quotes/ofmodifier``); not "for" (a spokeswoman for the bank speaks for it);
        # "from", "to": "a man from the city said", "a source close to the club said" (issue
        # 16, with body nouns as speakers)
        modifier_prepositions=frozenset({"of", "at", "from", "to"}),
        second_person_words=("you", "your", "yours", "yourself", "yourselves"),
    ),
    # address words only (``quotes/pronounscope``); "su", "seu", "sua" are also "his"/"her"
    "fr": SpeakerWords(second_person_words=("vous", "votre", "vos", "tu", "te", "toi", "ton",
                                            "ta", "tes")),
    "es": SpeakerWords(second_person_words=("usted", "ustedes", "tú", "te", "ti", "tu", "tus",
                                            "vosotros", "vosotras", "os", "contigo")),
    "pt": SpeakerWords(second_person_words=("você", "vocês", "tu", "te", "ti", "teu", "tua",
                                            "teus", "tuas", "contigo")),
    "it": SpeakerWords(second_person_words=("tu", "te", "ti", "tuo", "tua", "tuoi", "tue", "voi",
                                            "vi", "vostro", "vostra", "Lei", "Le")),
    "ru": SpeakerWords(second_person_words=("вы", "вас", "вам", "вами", "ваш", "ваша", "ваше",
                                            "ваши", "вашего", "вашей", "ты", "тебя", "тебе",
                                            "тобой", "твой", "твоя", "твоё", "твои")),
}

_NONE = SpeakerWords()


def speaker_words(code: str | None) -> SpeakerWords:
    """The words of the pack of ``code`` (empty for a pack with none)."""
    return _PACKS.get(code or "", _NONE)


@lru_cache(maxsize=256)
def folded(items: frozenset[str] | tuple[str, ...]) -> frozenset[str]:
    """``items`` as the quote rules' word keys read them (``normalize_for_match``: "für" as
    "fur"); cached, as the rules ask for the same pack lists at every word."""
    return frozenset(normalize_for_match(x) for x in items)


@lru_cache(maxsize=64)
def _sorted_heads(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(folded(items)))


def speaking_noun(word: str, sw: SpeakerWords, roles: frozenset[str]) -> bool:
    """``word`` names someone or something that may speak: one of ``roles`` (the pack's
    person roles) or a noun with a head of ``agent_heads``, ``person_nouns`` or
    ``source_heads`` (as ``has_head`` reads it, with the heads folded like the word)."""
    heads = _sorted_heads((*sw.agent_heads, *sw.person_nouns, *sw.source_heads, *roles))
    return normalize_for_match(word) in roles or has_head(word, heads)


def has_head(word: str, heads: tuple[str, ...]) -> bool:
    """``word`` (any case) is one of ``heads`` or a compound ending in one ("Nachrichtenportal"
    of "portal"), also in the genitive or plural ("des Ministeriums", "Kunden"); heads of two
    letters or fewer match whole words only."""
    key = normalize_for_match(word)
    keys = {key, *(key[:-len(e)] for e in ("s", "es", "n", "en") if key.endswith(e))}
    return any(k == h or (len(h) > 2 and k.endswith(h)) for k in keys for h in heads)


__all__ = ["SpeakerWords", "folded", "has_head", "speaker_words", "speaking_noun"]
