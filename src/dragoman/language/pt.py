"""Portuguese rules: dates and the quotation lexicon."""

from dragoman.language.rules import LanguageRules

_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"]

# Third-person preterite and present forms, singular and plural.
_SPEECH = (
    "disse", "diz", "disseram", "dizem", "afirmou", "afirma", "afirmaram", "declarou",
    "declara", "garantiu", "garante", "acrescentou", "acrescenta", "explicou", "explica",
    "destacou", "destaca", "salientou", "sublinhou", "ressaltou", "ressalta", "alertou",
    "alerta", "advertiu", "observou", "reiterou", "negou", "nega", "admitiu", "reconheceu",
    "anunciou", "prometeu", "frisou", "defendeu", "defende", "criticou", "tem dito",
    "assegurou", "assegura", "avisou", "comentou", "respondeu", "lembrou", "contou", "conta",
    "relatou", "relata", "lamentou", "lamenta", "escreveu", "denunciou", "confessou",
    "esclareceu", "ponderou", "revelou", "informou", "informa", "informaram",
    # passives, a statement only with their agent ("foi anunciado pelo ministério que")
    "foi anunciado", "foi informado", "foi informada", "foram informados", "foram avisados",
    "foram alertados", "foi confirmado", "foi dito", "foi comunicado", "tem afirmado",
    "têm afirmado", "tem alertado", "tem avisado", "tem defendido", "tem garantido",
    "tem sublinhado", "tem reiterado",
)
_OBJECT = ("negou", "nega", "admitiu", "reconheceu", "anunciou", "prometeu", "defendeu",
           "defende", "criticou", "comentou", "respondeu", "lembrou", "contou", "conta",
           "relatou", "relata", "lamentou", "lamenta", "escreveu", "denunciou", "confessou",
           "revelou")

RULES = LanguageRules(
    code="pt",
    honorifics=("Senhor", "Senhora", "Sr", "Sra"),
    ner_model="ner-pt",
    quote_marks=(("“", "”"), ("«", "»"), ('"', '"')),
    months={**{m: i + 1 for i, m in enumerate(_MONTHS)}, "marco": 3},
    weekdays=("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
              "sábado", "domingo"),
    relative_days={"hoje": 0, "ontem": -1},
    byline_prefixes=("por",),
    speech_verbs=_SPEECH,
    speech_participles=("acrescentando", "afirmando", "dizendo", "destacando", "explicando",
                        "ressaltando", "alertando", "sublinhando"),
    reported_speech_markers=("segundo", "de acordo com", "conforme"),
    complementizers=("que",),
    speaker_pronouns=("ele", "ela", "eles", "elas"),
    speaker_pronoun_genders=(("ele", "m"), ("ela", "f")),
    speaker_roles=("porta-voz", "ministro", "ministra", "presidente", "presidenta",
                   "secretário", "secretária", "diretor", "diretora", "prefeito", "prefeita",
                   "governo", "ministério", "fonte", "fontes", "polícia", "especialista",
                   "especialistas", "deputado", "deputada", "senador", "senadora",
                   "embaixador", "embaixadora", "governador", "governadora", "chefe",
                   "assessoria", "empresa", "prefeitura", "câmara", "sindicato", "juiz", "juíza"),
    speaker_stop_words=("em", "no", "na", "durante", "após", "ontem", "hoje", "nesta",
                        "neste", "também", "além", "depois", "e", "mas", "quem", "quando",
                        "com", "desde", "por", "para", "sobre", "sem", "não", "se", "ao"),
    cue_blockers=("não", "nunca", "jamais"),
    object_verbs=_OBJECT,
    content_blockers=("a", "em", "no", "na", "com", "por", "para", "sobre", "desde", "durante",
                      "após", "sem", "como", "se", "quando", "e", "ou", "mas", "ao"),
    clause_subjects=("ele", "ela", "eles", "elas", "nós"),
    auxiliaries=("é", "está", "foi", "era", "será", "seria", "tem", "têm", "há", "deve",
                 "pode", "vai"),
    implicit_subject=True,
    passive_auxiliaries=("foi", "foram", "sido"),
    relative_pronouns=("quem",),
    # Group speakers and passive agents (dragoman.quotes.groups; see LanguageRules).
    speaker_quantifiers=("vários", "várias", "alguns", "algumas", "muitos", "muitas"),
    speaker_group_heads=("família", "advogados", "advogado"),
    speaker_group_links=("de", "da", "do", "dos", "das"),
    passive_agents=("por", "pelo", "pela", "pelos", "pelas"),
)
