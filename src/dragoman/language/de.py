"""German rules: dates and the quotation lexicon."""

from dragoman.language.rules import LanguageRules

_MONTHS = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
           "september", "oktober", "november", "dezember"]

# Third-person past and present forms; separable verbs ("fügte hinzu") are matched as their
# finite part only when it is a speech verb on its own.
_SPEECH = (
    "sagte", "sagt", "sagten", "sagen", "erklärte", "erklärt", "erklärten", "betonte",
    "betont", "warnte", "warnt", "meinte", "meint", "versicherte", "versichert",
    "bekräftigte", "unterstrich", "kritisierte", "forderte", "fordert", "verkündete",
    "bestätigte", "bestätigt", "ergänzte", "ergänzt", "antwortete", "schrieb", "mahnte",
    "räumte ein", "fügte hinzu", "teilte mit", "hat gesagt", "hat erklärt",
    "kündigte an", "kündigt an", "räumt ein", "fügt hinzu", "teilt mit", "gab an", "gibt an",
    "gab zu", "gibt zu", "berichtete", "berichtet", "erzählte", "erzählt", "beklagte",
    "beklagt", "hat angekündigt", "hat betont", "hat gewarnt", "hat bestätigt",
    "teilten mit", "erklärten", "betonten", "warnten", "fügten hinzu", "kündigten an",
    # participles: the perfect ("hat am Montag mitgeteilt") and, with an agent, the passive
    # ("wurde von den Ingenieuren mitgeteilt, dass …")
    "mitgeteilt", "angekündigt", "gewarnt", "bekanntgegeben", "versichert",
)
_OBJECT = ("kritisierte", "forderte", "fordert", "verkündete", "bestätigte", "bestätigt",
           "antwortete", "schrieb", "berichtete", "berichtet", "erzählte", "erzählt",
           "beklagte", "beklagt", "hat bestätigt")

RULES = LanguageRules(
    code="de",
    honorifics=("Herr", "Frau"),
    ner_model="ner-de",
    quote_marks=(("„", "“"), ("»", "«"), ('"', '"')),
    months={**{m: i + 1 for i, m in enumerate(_MONTHS)}, "maerz": 3, "jänner": 1, "feber": 2,
            # abbreviations German datelines print ("12. Okt. 2023"); jan, feb, apr, jun, jul,
            # aug, sep, sept, nov are the English pack's too
            "mär": 3, "mrz": 3, "okt": 10, "dez": 12},
    weekdays=("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
              "sonntag"),
    relative_days={"heute": 0, "gestern": -1},
    byline_prefixes=("von",),
    speech_verbs=_SPEECH,
    reported_speech_markers=("laut", "nach angaben von", "nach angaben des",
                             "nach angaben der"),
    complementizers=("dass", "daß"),
    speaker_pronouns=("er", "sie"),
    speaker_pronoun_genders=(("er", "m"),),
    speaker_roles=("sprecher", "sprecherin", "minister", "ministerin", "präsident",
                   "präsidentin", "kanzler", "kanzlerin", "bürgermeister", "bürgermeisterin",
                   "regierung", "ministerium", "polizei", "experte", "experten", "expertin",
                   "abgeordnete", "abgeordneter", "botschafter", "botschafterin", "chef",
                   "chefin", "vorsitzende", "vorsitzender", "staatsanwaltschaft",
                   "gewerkschaft", "unternehmen", "richter", "richterin", "behörde"),
    speaker_stop_words=("am", "im", "in", "nach", "bei", "vor", "gestern", "heute", "auch",
                        "und", "aber", "wer", "als", "wenn", "mit", "seit", "für", "über",
                        "ohne", "nicht", "sich", "zu", "zum", "zur", "vom"),
    cue_blockers=("nicht", "nie", "niemals", "kein", "keine", "zu"),
    object_verbs=_OBJECT,
    content_blockers=("zu", "in", "im", "mit", "von", "für", "über", "nach", "bei", "ohne",
                      "wie", "ob", "wann", "und", "oder", "aber", "am"),
    clause_subjects=("er", "sie", "es", "wir", "man"),
    auxiliaries=("ist", "sind", "hat", "haben", "wird", "werden", "sei", "seien", "habe",
                 "müsse", "könne", "werde", "war"),
    comma_before_content=True,
    passive_auxiliaries=("wurde", "wurden", "worden"),
    relative_pronouns=("der", "die"),
)
