"""A manner adverb the lists do not name, between a cue's subject and its verb ("She
regularly tells", "Ann Lee memorably promised"): it is no part of the subject."""

from __future__ import annotations

from dragoman.quotes.groups import GROUP_HEADS
from dragoman.quotes.lexicon import Lexicon, Word

# Fewest letters of such an adverb: shorter words with the ending are nouns as often
# ("ally", "rally", "reply", "daily"); the listed adverbs (MANNER_ADVERBS) are read anyway.
MIN_ADVERB_CHARS = 6


def unlisted_adverb(chunk: list[Word], lex: Lexicon) -> bool:
    """The last word of ``chunk`` is a lower-case word with the pack's adverb ending, and the
    word before it can close a subject: a pronoun, a capitalised name or a role ("He
    memorably", "Lee privately", "officials repeatedly"); never a role or group noun itself
    ("the family", "the assembly")."""
    endings = lex.rules.adverb_endings
    if len(chunk) < 2 or not endings:
        return False
    w, prev = chunk[-1], chunk[-2]
    if not (w.text.islower() and len(w.text) >= MIN_ADVERB_CHARS and w.key.endswith(endings)):
        return False
    if w.key in lex.roles or w.key in lex.person_roles or w.key in GROUP_HEADS:
        return False
    return (prev.key in lex.pronouns or prev.key in lex.roles
            or (prev.text[:1].isupper() and not prev.text.endswith(("'s", "’s"))))
