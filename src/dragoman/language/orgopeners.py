"""Words that open an organisation's formal name before the name it goes by (read by
``entities/docentities.archive_forms``): kind nouns, legal forms and honorifics of firms,
clubs, banks and publishers ("Grupo Televisa", "Kanzlei Gleiss Lutz", "Royale Union
Saint-Gilloise"). The words after them are the everyday name, which a later page writes
alone for the same body; other words before a part of a name qualify it ("Sky Bundesliga",
"Salzburger Alpen"). Per language, lower case; a German opener also heads a compound
("Staatsbrauerei", "Privatbankhaus")."""

from __future__ import annotations

FORMAL_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset({"royal", "club", "firm", "company"}),
    "de": frozenset({"kanzlei", "sozietät", "bankhaus", "verlag", "reederei", "brauerei",
                     "stiftung", "firma", "konzern", "verein", "klub", "club", "agentur"}),
    "fr": frozenset({"royale", "royal", "groupe", "société", "banque", "club", "cabinet",
                     "éditions", "maison"}),
    "es": frozenset({"grupo", "real", "club", "banco", "editorial", "compañía", "sociedad",
                     "fundación", "deportivo"}),
    "pt": frozenset({"grupo", "real", "clube", "banco", "companhia", "editora", "fundação"}),
    "it": frozenset({"gruppo", "reale", "banca", "società", "casa"}),
    "nl": frozenset({"koninklijke"}),
}
# Openers at least this long also close a compound opener ("Staats|brauerei"); shorter ones
# end too many words ("real" of "Montreal").
COMPOUND_OPENER_MIN = 6
_OPENERS = frozenset(w for words in FORMAL_OPENERS.values() for w in words)


def formal_opener(word: str) -> bool:
    """Whether a lower-case ``word`` is a formal opener of any language, or a compound ending
    in a long one."""
    return word in _OPENERS or any(
        len(o) >= COMPOUND_OPENER_MIN and word.endswith(o) and len(word) > len(o) for o in _OPENERS)
