"""Spanish rules: dates and the quotation lexicon."""

from dragoman.language.rules import LanguageRules

_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"]

# Third-person preterite and present forms, singular and plural, and the perfect.
_SPEECH = (
    "dijo", "dice", "dijeron", "dicen", "afirmó", "afirma", "afirmaron", "declaró", "declara",
    "declararon", "aseguró", "asegura", "aseguraron", "añadió", "añade", "agregó", "agrega",
    "explicó", "explica", "señaló", "señala", "señalaron", "indicó", "indica", "advirtió",
    "advierte", "subrayó", "subraya", "destacó", "destaca", "sostuvo", "sostiene", "insistió",
    "insiste", "anunció", "anuncia", "reconoció", "reconoce", "negó", "niega", "manifestó",
    "precisó", "apuntó", "comentó", "respondió", "responde", "recordó", "recuerda", "admitió",
    "prometió", "reiteró", "denunció", "ha dicho", "ha afirmado", "ha asegurado",
    "ha señalado", "ha declarado", "ha advertido", "ha explicado", "lamentó", "lamenta",
    "defendió", "defiende", "contó", "cuenta", "relató", "relata", "escribió", "aclaró",
    "criticó", "confesó", "replicó", "ha denunciado", "ha reconocido", "ha defendido",
    "ha lamentado", "ha escrito", "informó", "informa", "informaron", "ha informado",
    # passives, a statement only with their agent ("fue anunciado por el ministerio que")
    "fue anunciado", "fue informado", "fue informada", "fueron informados",
    "fueron informadas", "fueron advertidos", "fue confirmado", "ha sido anunciado",
    "han sido informados", "fue comunicado",
)
_OBJECT = ("negó", "niega", "reconoció", "reconoce", "anunció", "anuncia", "recordó",
           "recuerda", "admitió", "prometió", "denunció", "comentó", "respondió", "responde",
           "lamentó", "lamenta", "defendió", "defiende", "contó", "cuenta", "relató", "relata",
           "escribió", "criticó", "confesó", "ha denunciado", "ha reconocido", "ha defendido",
           "ha lamentado", "ha escrito")

RULES = LanguageRules(
    code="es",
    titles=("Señor", "Presidente"),
    honorifics=("Señor", "Señora", "Señorita", "Sr", "Sra", "Srta"),
    ner_model="ner-es",
    quote_marks=(("«", "»"), ("“", "”"), ('"', '"')),
    months={**{m: i + 1 for i, m in enumerate(_MONTHS)}, "setiembre": 9},
    weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    relative_days={"hoy": 0, "ayer": -1},
    byline_prefixes=("por",),
    speech_verbs=_SPEECH,
    speech_participles=("añadiendo", "asegurando", "afirmando", "explicando", "señalando",
                        "subrayando", "advirtiendo", "insistiendo", "indicando", "diciendo"),
    reported_speech_markers=("según", "de acuerdo con"),
    complementizers=("que",),
    # "él" is left out: without its accent it is the article "el".
    speaker_pronouns=("ella", "ellos", "ellas"),
    speaker_pronoun_genders=(("ella", "f"),),
    speaker_roles=("portavoz", "ministro", "ministra", "presidente", "presidenta", "secretario",
                   "secretaria", "director", "directora", "alcalde", "alcaldesa", "gobierno",
                   "ministerio", "fuentes", "fuente", "responsable", "jefe", "jefa", "policía",
                   "experto", "expertos", "diputado", "diputada", "senador", "senadora",
                   "embajador", "embajadora", "consejero", "consejera", "ayuntamiento",
                   "sindicato", "empresa", "fiscal", "fiscalía", "juez", "jueza"),
    speaker_stop_words=("en", "durante", "tras", "ante", "ayer", "hoy", "este", "esta",
                        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
                        "domingo", "también", "además", "luego", "y", "pero", "quien",
                        "cuando", "con", "desde", "por", "para", "sobre", "sin", "no", "se",
                        "a", "al", "este", "esta"),
    cue_blockers=("no", "nunca", "jamás", "tampoco"),
    object_verbs=_OBJECT,
    content_blockers=("a", "en", "con", "por", "para", "sobre", "desde", "durante", "tras",
                      "ante", "sin", "cómo", "qué", "si", "cuando", "y", "o", "pero", "al"),
    clause_subjects=("ella", "ellos", "ellas", "nosotros"),
    auxiliaries=("es", "está", "ha", "han", "será", "sería", "fue", "era", "hay", "debe",
                 "puede", "va"),
    implicit_subject=True,
    passive_auxiliaries=("fue", "fueron", "sido"),
    relative_pronouns=("quien",),
    # Group speakers and passive agents (dragoman.quotes.groups; see LanguageRules).
    speaker_quantifiers=("varios", "varias", "algunos", "algunas", "muchos", "muchas"),
    speaker_group_heads=("familia", "familiares", "abogados", "abogado", "allegados"),
    speaker_group_links=("de", "del"),
    passive_agents=("por",),
    role_determiner_genders=(("la", "f"),),
)
