"""French rules."""

from dragoman.language.rules import LanguageRules

_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]

RULES = LanguageRules(
    code="fr",
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
)
