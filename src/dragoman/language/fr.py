"""French rules."""

from dragoman.language.rules import LanguageRules

_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]

# Inverted-clitic forms ("a-t-il reconnu"): the subject pronoun between auxiliary and verb.
_INVERTED = tuple(f"a-t-{p} {v}" for p in ("il", "elle") for v in (
    "reconnu", "raconté", "lancé", "répondu", "confié", "admis", "dénoncé", "regretté",
    "indiqué", "rappelé", "insisté", "annoncé", "jugé", "martelé", "répété", "prévenu"))

RULES = LanguageRules(
    code="fr",
    titles=("Monsieur", "Madame", "M", "Mme", "Président"),
    honorifics=("Monsieur", "Madame", "Mademoiselle", "M", "Mme", "Mlle"),
    ner_model="ner-fr",
    quote_marks=(("«", "»"), ("“", "”"), ('"', '"')),
    months={
        **{m: i + 1 for i, m in enumerate(_MONTHS)},
        "fevrier": 2, "aout": 8, "decembre": 12,
        "janv": 1, "févr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12,
    },
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    relative_days={"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1},
    chrome_patterns=(
        r"publicité|pub|annonce",
        r"(directeur de (la )?publication|rédacteur en chef|rédactrice en chef)\b.*",
        r"(partager|imprimer|envoyer)( (cet|l').*)?",
        r"(abonnez-vous|s'abonner|se connecter|connexion)\b.{0,60}",
        r"(suivez-nous)\b.*",
        r"(lire aussi|à lire aussi|voir aussi|sur le même sujet)\b.{0,120}",
        r".*(tous droits réservés).*",
        r"(mots-clés|thèmes?)\s*:.*",
        r"(accueil|menu|rechercher)",
    ),
    byline_prefixes=("par",),
    updated_prefixes=("mis à jour", "modifié"),
    caption_patterns=(r".*\((afp|reuters|ap|photo)\)\s*$", r"(photo|crédit photo)\s*:.*"),
    meridiem={},
    speech_verbs=(
        "a dit", "a déclaré", "a affirmé", "a ajouté", "a souligné", "a estimé", "a expliqué",
        "a averti", "a assuré", "a indiqué", "a précisé", "a rappelé", "a insisté",
        "a annoncé", "a jugé", "a martelé", "a réaffirmé", "a répété", "a nié",
        "dit", "déclare", "affirme", "ajoute", "souligne", "estime", "explique", "avertit",
        "assure", "indique", "précise", "rappelle", "annonce", "juge", "martèle",
        "a-t-il dit", "a-t-elle dit", "a-t-il déclaré", "a-t-elle déclaré", "a-t-il ajouté",
        "a-t-elle ajouté", "a-t-il affirmé", "a-t-elle affirmé", "a-t-il souligné",
        "a-t-elle souligné", "a-t-il expliqué", "a-t-elle expliqué", "a-t-il estimé",
        "a-t-elle estimé", "a-t-il assuré", "a-t-elle assuré", "a-t-il précisé",
        "a-t-elle précisé", "a-t-il averti", "a-t-elle averti",
        *_INVERTED,
        "a reconnu", "a raconté", "a lancé", "a répondu", "a confié", "a admis", "a dénoncé",
        "a regretté", "a écrit", "a prévenu", "raconte", "reconnaît", "confie", "répond",
        "dénonce", "regrette", "lance", "prévient", "admet", "a lâché", "lâche",
        # passives, a statement only with their agent ("a été annoncé par le ministère que")
        "a été annoncé", "a été dit", "a été confirmé", "a été indiqué", "a été informé",
        "a été informée", "ont été informés", "ont été informées", "ont été avertis",
        "ont été prévenus", "a été averti", "a été prévenu",
    ),
    passive_auxiliaries=("été",),
    speech_participles=("affirmant", "ajoutant", "soulignant", "estimant", "expliquant",
                        "précisant", "assurant"),
    addressee_verbs=("a assuré", "a dit", "a déclaré"),
    reported_speech_markers=("selon", "d'après", "d’après"),
    complementizers=("que", "qu'", "qu’"),
    speaker_pronouns=("il", "elle", "ils", "elles"),
    speaker_pronoun_genders=(("il", "m"), ("elle", "f")),
    speaker_roles=("porte-parole", "ministre", "président", "présidente", "secrétaire",
                   "directeur", "directrice", "responsable", "source", "sources",
                   "préfecture", "ministère", "gouvernement", "police", "mairie", "parquet",
                   "gendarmerie", "entreprise", "société", "syndicat"),
    speaker_stop_words=("lors", "dans", "mardi", "lundi", "mercredi", "jeudi",
                        "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "devant"),
    cue_blockers=("pas", "jamais", "ne", "n'", "n’"),
    object_verbs=("a nié", "a annoncé", "a rappelé", "annonce", "rappelle", "a reconnu",
                  "reconnaît", "a admis", "admet", "a dénoncé", "dénonce", "a regretté",
                  "regrette", "a lancé", "lance", "a écrit", "a raconté", "raconte"),
    content_blockers=("à", "au", "aux", "en", "dans", "avec", "pour", "par", "sur", "lors",
                      "comment", "si", "quand", "et", "ou", "mais"),
    clause_subjects=("il", "elle", "ils", "elles", "nous", "on"),
    auxiliaries=("est", "sont", "a", "ont", "sera", "serait", "était", "doit", "peut", "va"),
    relative_pronouns=("qui",),
)
