"""Italian rules: dates and the quotation lexicon."""

from dragoman.language.rules import LanguageRules

_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"]

# The perfect ("ha detto"), the present and the simple past, third person.
_PERFECT = ("detto", "dichiarato", "affermato", "aggiunto", "spiegato", "sottolineato",
            "ribadito", "assicurato", "annunciato", "avvertito", "precisato", "osservato",
            "negato", "ammesso", "promesso", "ricordato", "garantito", "replicato",
            "raccontato", "denunciato", "scritto", "lamentato", "riconosciuto", "confermato",
            "risposto", "rivelato", "comunicato", "informato", "fatto sapere")
# Adverbs that stand between the auxiliary and the participle ("ha poi ammesso").
_ADVERBS = ("poi", "anche", "inoltre", "però", "quindi", "già", "più volte")
_SPEECH = (
    *(f"{aux} {p}" for aux in ("ha", "hanno") for p in _PERFECT),
    *(f"{aux} {adv} {p}" for aux in ("ha", "hanno") for adv in _ADVERBS for p in _PERFECT),
    "dice", "dicono", "afferma", "aggiunge", "spiega", "sottolinea", "ribadisce", "dichiara",
    "assicura", "avverte", "precisa", "osserva", "disse", "affermò", "dichiarò", "aggiunse",
    "spiegò", "sottolineò", "racconta", "raccontò", "denuncia", "denunciò", "scrive",
    "scrisse", "lamenta", "conferma", "confermò", "risponde", "rispose", "ammette", "ammise",
    # passives, a statement only with their agent ("è stato annunciato dal ministero che")
    "è stato annunciato", "è stato detto", "è stato comunicato", "è stato confermato",
    "sono stati avvertiti", "sono stati informati", "sono state avvertite",
    "sono state informate",
)
_OBJECT = (
    *(f"{aux} {adv}{p}" for aux in ("ha", "hanno") for adv in ("", *(f"{a} " for a in _ADVERBS))
      for p in ("negato", "ammesso", "promesso", "annunciato", "ricordato", "raccontato",
                "denunciato", "scritto", "confermato", "rivelato", "riconosciuto")),
    "racconta", "raccontò", "denuncia", "denunciò", "scrive", "scrisse", "conferma",
    "confermò", "ammette", "ammise")

RULES = LanguageRules(
    code="it",
    honorifics=("Signor", "Signora", "Signorina", "Sig"),
    quote_marks=(("«", "»"), ("“", "”"), ('"', '"')),
    months={m: i + 1 for i, m in enumerate(_MONTHS)},
    weekdays=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    relative_days={"oggi": 0, "ieri": -1},
    byline_prefixes=("di",),
    speech_verbs=_SPEECH,
    speech_participles=("aggiungendo", "sottolineando", "spiegando", "affermando", "dicendo",
                        "precisando", "ribadendo"),
    reported_speech_markers=("secondo", "stando a"),
    complementizers=("che",),
    speaker_pronouns=("lui", "lei", "loro"),
    speaker_pronoun_genders=(("lui", "m"), ("lei", "f")),
    speaker_roles=("portavoce", "ministro", "ministra", "presidente", "segretario",
                   "segretaria", "direttore", "direttrice", "sindaco", "sindaca", "governo",
                   "ministero", "fonti", "fonte", "polizia", "esperto", "esperti", "deputato",
                   "deputata", "senatore", "senatrice", "ambasciatore", "procura",
                   "prefettura", "comune", "regione", "azienda", "sindacato", "giudice"),
    speaker_stop_words=("in", "nel", "nella", "durante", "dopo", "ieri", "oggi", "anche",
                        "inoltre", "poi", "e", "ma", "chi", "quando", "con", "da", "per",
                        "su", "senza", "non", "si", "a", "al", "alla"),
    cue_blockers=("non", "mai"),
    object_verbs=_OBJECT,
    content_blockers=("a", "in", "nel", "nella", "con", "da", "per", "su", "durante", "dopo",
                      "senza", "come", "se", "quando", "e", "o", "ma", "al", "alla"),
    clause_subjects=("lui", "lei", "loro", "noi"),
    auxiliaries=("è", "sono", "ha", "hanno", "sarà", "sarebbe", "era", "c'è", "deve", "può",
                 "va"),
    implicit_subject=True,
    passive_auxiliaries=("stato", "stata", "stati", "state"),
    relative_pronouns=("chi",),
    # Group speakers and passive agents (dragoman.quotes.groups; see LanguageRules).
    speaker_quantifiers=("diversi", "diverse", "alcuni", "alcune", "molti", "molte"),
    speaker_group_heads=("famiglia", "familiari", "legali", "legale", "avvocati", "avvocato",
                         "genitori"),
    speaker_group_links=("di", "del", "della", "dei", "da"),
    passive_agents=("da", "dal", "dallo", "dalla", "dai", "dagli", "dalle"),
    role_determiner_genders=(("la", "f"),),
)
