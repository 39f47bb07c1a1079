"""Words that tell a reported question from a reported statement, kept out of
``LanguageRules`` (whose module is at its size limit). Read by
``dragoman.quotes.statementcontent``.

- ``question_cues``: verbs whose reported content is a question or a request, never the
  speaker's statement ("asked how the bus will cross", "wondered whether", "fragte, ob").
  Their requests with an infinitive ("asked Congress to act") are speech acts
  (``speechacts``) and stay. Not verbs of doubt ("questioned whether the deal was legal"):
  they state the speaker's doubt, and PolNeAR annotates them as reported speech.
- ``interrogatives``: question words; a question sentence opening with one (or with an
  auxiliary: "Does the plan work?") asks something; one that opens like a statement and ends
  in a question mark ("Clean water saves lives, according to X? Not quite") is rhetorical.
- ``infinitive_markers``: the marker of an infinitive after an impersonal cue ("Für Roth heißt
  es jetzt, Verantwortung zu übernehmen": "it is time to", no one's statement).
- ``manner_possessives``: possessives that, right after "according to", make it a manner
  phrase ("according to your taste"), no source.
- ``plural_pronouns``: subject pronouns of a group ("they"): never one named person.
- ``singular_quantifiers``: quantifiers counting one person ("Another one", "Each one", "One
  other"): a phrase of quantifiers alone holding one is one speaker, not a counted group.
- ``past_endings``: endings of past verb forms ("-ed"): right after "that", a past verb with
  no subject before it makes "that" a relative pronoun ("an interview that published …")
  when a function word follows it (a determiner, an adverb or one of ``prepositions``).
- ``finite_pasts``: irregular past tense forms that are rarely a noun or an adjective
  ("went", "told"): after a short noun phrase following an object verb, like a past form
  with a ``past_endings`` ending, the clause's finite verb ("reported the ferry left late").
- ``non_past_endings``: endings that look like ``past_endings`` on words that are no past
  form ("need", "speed": "-eed").
- ``clause_adverbs``: adverbs that may stand between a clause's subject and its verb ("her
  office never received …"); words with the pack's ``adverb_endings`` count too.
- ``measure_nouns``: nouns of a measure after a number ("three times", "12 miles", "20
  percent"): a past form before such a measure is as often a participle ("a man stabbed
  three times"), so the number is no sign of its object; ``duration_words`` count too.
- ``count_nouns``: nouns and quantity words a number counts ("3 games", "20 Filialen", "50
  jobs", "30 more", "5 minute videos"): after a name, the number is a count, never the model
  number of a series (``entities.modelcounts``); ``measure_nouns`` count too. Not the nouns a
  product's name takes ("iPhone 15 sales", "PlayStation 5 owners", "Galaxy S24 series").
- ``comparison_links``: the link after a comparative ("more than"): a count noun so followed
  is an adverb, no count ("liked the RX 6800 more than the RX 6700").
- ``offer_links``: the link of a multi-buy offer's two numbers ("3 for 2", "3 für 2").
- ``opinion_openers``: the preposition opening a sentence with the person whose view it
  gives ("Pour l'économiste Fabien Gros, « … »"): set off by a comma, a person named there
  speaks for the quotation that follows (``quotes.opinionlead``).
- ``negative_determiners``: determiners of an object that no thing fills ("received no
  warning"): after a past verb, like an article, they open its object.
- ``partitive_links``: the link of a quantity and its whole ("much of the talk"): such a
  phrase followed by an auxiliary is a clause's subject, not the speech verb's object.
- ``relative_pronouns``: right before "according to", a relative pronoun makes the source
  the relative clause's ("a ruling, which according to X is not the last word"), not the
  clause before it.
- ``collective_roles``: role words naming a body of people ("police", "staff"): the body
  speaks, never the one member named with that word earlier ("police spokesman Tom Ray …
  Police said": the police).
- ``group_nouns``: singular nouns of a body that "they" refers to ("The government … They
  said"), besides ``collective_roles``.
- ``plural_person_endings``: endings of plural person nouns that take no regular plural
  ending ("men", "spokeswomen", "townspeople", "schoolchildren"): a phrase headed by one is a
  group, never "he" or "she" ("Both men said … He added").
- ``noun_cue_endings``: endings that make a present speech verb a plural noun as well
  ("notes", "claims"); after a preposition, particle or determiner it is the noun ("read out
  notes the lecturer had left").
- ``document_nouns``: heads of texts whose author speaks through them (also as the end of a
  compound, "Risikobewertung"): "…“, heißt es in der Mitteilung des DOSB" quotes the DOSB.
  Not a file or a record about someone ("Akte", "Zeugnis", "Biografie"), an interview (its
  owner asks), a request ("auf Anfrage des SWR": the one asked answers), a group or an event
  ("im Umfeld von X", "nach dem Tod von X"). ``document_prepositions`` open such a text as
  where something is said ("in", "im"; not "mit Blick auf die Rede von X").
- ``norm_nouns``: heads of a norm or a plan that "according to" follows without a comma when it
  means "in keeping with", not "as said by" ("worked according to the rules", "went according
  to plan", "was held according to the law"): no source, no statement. Set off by a comma or
  opening the sentence, the phrase is still a source ("According to the schedule, …").
- ``feminine_role_endings``: endings that make a person role name a woman where the role
  without them is one too ("Ministerin", "Bürgermeisterin"): a role phrase standing for a
  person quoted before never stands for a man (``quotes.roleanaphor``).
- ``clause_links``: conjunctions after which no statement ends ("… because, according to X,
  …", "… ungenau und laut X anonymisiert"): the marker's source speaks for what follows.
Written for this project from the grammar, not read off any evaluation set."""

from __future__ import annotations

from dataclasses import dataclass

from dragoman.language.en_speakers import BODIES
from dragoman.language.normalize import normalize_for_match


@dataclass(frozen=True, slots=True)
class ContentWords:
    question_cues: frozenset[str] = frozenset()
    interrogatives: frozenset[str] = frozenset()
    infinitive_markers: frozenset[str] = frozenset()
    manner_possessives: frozenset[str] = frozenset()
    plural_pronouns: frozenset[str] = frozenset()
    singular_quantifiers: frozenset[str] = frozenset()
    past_endings: tuple[str, ...] = ()
    finite_pasts: frozenset[str] = frozenset()
    non_past_endings: tuple[str, ...] = ()
    partitive_links: frozenset[str] = frozenset()
    clause_adverbs: frozenset[str] = frozenset()
    negative_determiners: frozenset[str] = frozenset()
    measure_nouns: frozenset[str] = frozenset()
    count_nouns: frozenset[str] = frozenset()
    offer_links: frozenset[str] = frozenset()
    comparison_links: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    noun_cue_endings: tuple[str, ...] = ()
    collective_roles: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    plural_person_endings: tuple[str, ...] = ()
    document_nouns: tuple[str, ...] = ()
    document_prepositions: frozenset[str] = frozenset()
    norm_nouns: frozenset[str] = frozenset()
    feminine_role_endings: tuple[str, ...] = ()
    clause_links: frozenset[str] = frozenset()
    opinion_openers: frozenset[str] = frozenset()


def _keys(*items: str) -> frozenset[str]:
    return frozenset(normalize_for_match(w) for w in items)


_PACKS: dict[str, ContentWords] = {
    "en": ContentWords(
        question_cues=_keys("ask", "asks", "asked", "asking", "wonder", "wonders", "wondered",
                            "wondering", "inquire", "inquires", "inquired", "enquire",
                            "enquires", "enquired"),
        interrogatives=_keys("what", "why", "how", "who", "whom", "whose", "which", "when",
                             "where"),
        manner_possessives=_keys("your"),
        plural_pronouns=_keys("they"),
        singular_quantifiers=_keys("one", "another", "each", "every", "any", "other"),
        past_endings=("ed",),
        non_past_endings=("eed",),
        finite_pasts=_keys("went", "came", "took", "gave", "told", "knew", "saw", "thought",
                           "became", "began", "ran", "met", "paid", "sent", "spent", "kept",
                           "fell", "grew", "left", "won", "brought", "bought", "fought",
                           "sold", "held", "led", "felt", "got", "threw", "drove", "wrote",
                           "spoke", "broke", "chose", "stole", "flew", "sank", "lost",
                           "struck", "swore", "tore", "wore", "hid"),
        partitive_links=_keys("of"),
        negative_determiners=_keys("no"),
        measure_nouns=_keys("times", "percent", "per", "miles", "kilometers", "kilometres",
                            "km", "meters", "metres", "feet", "yards", "inches", "points",
                            "degrees", "pounds", "kilograms", "kg", "tons", "tonnes"),
        count_nouns=_keys("game", "games", "goal", "goals", "point", "wins", "losses", "draws",
                          "matches", "rounds", "holes", "strokes", "shots", "assists",
                          "rebounds", "runs", "wickets", "seats", "votes", "stores", "store",
                          "shops", "branches", "outlets", "jobs", "job", "posts", "people",
                          "persons", "employees", "workers", "staff", "members", "players",
                          "fans", "children", "patients", "cases", "deaths", "doses", "dose",
                          "step", "factor", "second", "seconds", "minute", "minutes", "hour",
                          "hours", "day", "days", "week", "weeks", "month", "months", "year",
                          "years", "more", "fewer", "new", "other", "others", "extra",
                          "additional", "million", "billion", "thousand", "hundred",
                          # a recipe's measures ("Drizzle 2 tbsp of oil")
                          "tbsp", "tsp", "tablespoon", "tablespoons", "teaspoon", "teaspoons",
                          "cup", "cups", "grams", "ml", "oz", "ounces", "lb", "lbs"),
        offer_links=_keys("for"),
        comparison_links=_keys("than"),
        clause_adverbs=_keys("never", "also", "still", "already", "just", "once", "only",
                             "not", "later", "first", "often", "always", "then"),
        relative_pronouns=_keys("which", "who", "whom", "whose"),
        prepositions=_keys("about", "above", "across", "after", "against", "along", "amid",
                           "among", "around", "at", "before", "behind", "below", "beside",
                           "between", "beyond", "by", "despite", "during", "for", "from", "in",
                           "inside", "into", "near", "of", "off", "on", "onto", "out", "over",
                           "past", "since", "through", "throughout", "to", "toward", "towards",
                           "under", "until", "upon", "via", "with", "within", "without"),
        noun_cue_endings=("s",),
        clause_links=_keys("and", "but", "or", "because", "since", "although", "though",
                           "while", "whereas", "that", "if", "unless"),
        collective_roles=_keys("police", "staff", "personnel", "military", "crew", "management",
                               "leadership", "army", "navy"),
        group_nouns=_keys("government", "company", "board", "council", "committee", "family",
                          "team", "administration", "agency", "ministry", "department",
                          "union", "party", "club", "band", "group", "firm", "court",
                          "commission", "authority", "campaign", "organisation",
                          "organization", "association", "federation", "league",
                          # two or three people spoken of as one ("The couple said")
                          "couple", "pair", "duo", "trio", *BODIES),
        plural_person_endings=("men", "people", "children"),
        norm_nouns=_keys("plan", "plans", "rule", "rules", "law", "laws", "standard", "standards",
                         "schedule", "guideline", "guidelines", "regulation", "regulations",
                         "procedure", "procedures", "protocol", "protocols", "tradition",
                         "custom", "principle", "principles", "instructions", "script",
                         "constitution", "contract", "agreement", "terms", "norms"),
    ),
    "de": ContentWords(
        question_cues=_keys("fragt", "fragte", "fragten", "fragen", "gefragt", "erkundigte",
                            "erkundigt", "rätselt", "rätselte"),
        interrogatives=_keys("was", "warum", "wieso", "weshalb", "weswegen", "wie", "wer", "wen",
                             "wem", "wessen", "wann", "wo", "woher", "wohin", "welche", "welcher",
                             "welches", "welchen", "welchem", "wieviel", "wieviele", "inwiefern",
                             "inwieweit", "wozu", "womit", "wofür", "worüber",
                             # pronominal adverbs ("erklärt, worum es geht"; review probes)
                             "worum", "woran", "wovon", "wodurch", "wonach", "worauf",
                             "woraus", "worin", "wogegen"),
        infinitive_markers=_keys("zu"),
        count_nouns=_keys("Spiel", "Spiele", "Spielen", "Tor", "Tore", "Toren", "Punkt", "Punkte",
                          "Punkten", "Siege", "Siegen", "Niederlagen", "Treffer", "Runden",
                          "Schläge", "Sitze", "Sitzen", "Mandate", "Mandaten", "Stimmen",
                          "Filialen", "Märkte", "Märkten", "Geschäfte", "Läden", "Stellen",
                          "Jobs", "Arbeitsplätze", "Mitarbeiter", "Mitarbeitende", "Beschäftigte",
                          "Menschen", "Personen", "Leute", "Fans", "Kinder", "Fälle", "Fällen",
                          "Tote", "Toten", "Dosen", "Staffeln", "Folgen", "Sekunden", "Minuten",
                          "Stunden", "Tage", "Tagen", "Wochen", "Monate", "Monaten", "Jahre",
                          "Jahren", "Prozent", "Mal", "mehr", "weniger", "weitere", "neue", "andere",
                          "Millionen", "Milliarden", "Tausend"),
        offer_links=_keys("für"),
        comparison_links=_keys("als"),
        document_nouns=tuple(_keys(
            "mitteilung", "erklärung", "stellungnahme", "bericht", "studie", "analyse",
            "gutachten", "brief", "schreiben", "papier", "entwurf", "urteil", "beschluss",
            "antrag", "antwort", "rede", "beitrag", "artikel", "kommentar", "post", "tweet",
            "nachricht", "mail", "programm", "konzept", "strategie", "bewertung",
            "einschätzung", "prognose", "umfrage", "untersuchung", "auswertung", "protokoll",
            "dokument", "schrift", "statement", "empfehlung", "bilanz", "aufruf", "appell",
            "begründung", "buch", "video")),
        document_prepositions=_keys("in", "im"),
        feminine_role_endings=("in",),
        clause_links=_keys("und", "oder", "aber", "sondern", "denn", "weil", "da", "obwohl",
                           "dass", "wenn", "falls", "während", "ob"),
    ),
    "fr": ContentWords(
        count_nouns=_keys("match", "matchs", "buts", "points", "victoires", "défaites", "sièges",
                          "voix", "magasins", "boutiques", "emplois", "postes", "salariés",
                          "employés", "personnes", "enfants", "cas", "morts", "doses",
                          "secondes", "minutes", "heures", "jours", "semaines", "mois", "ans",
                          "années", "fois", "autres", "nouveaux", "nouvelles", "millions",
                          "milliards"),
        offer_links=_keys("pour"),
        opinion_openers=_keys("pour"),
    ),
    "es": ContentWords(
        count_nouns=_keys("partidos", "goles", "puntos", "victorias", "derrotas", "escaños",
                          "votos", "tiendas", "empleos", "puestos", "trabajadores", "empleados",
                          "personas", "niños", "casos", "muertos", "dosis", "segundos", "minutos",
                          "horas", "días", "semanas", "meses", "años", "veces", "más", "menos", "otros",
                          "otras", "nuevos", "nuevas", "millones"),
        offer_links=_keys("por"),
        comparison_links=_keys("que"),
    ),
}

_NONE = ContentWords()


def content_words(code: str | None) -> ContentWords:
    """The words of the pack of ``code`` (empty for a pack with none)."""
    return _PACKS.get(code or "", _NONE)


__all__ = ["ContentWords", "content_words"]
