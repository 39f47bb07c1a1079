"""A speaker phrase after a quantifier and "of" keeps them: "One of the nurses said …" is one
nurse, "Some of the residents say …" a part of them, not "the nurses" or "the residents"
(the role phrase the speaker search finds ends before the verb and starts at its determiner).
"""

from __future__ import annotations

import re

from dragoman.language.speakerwords import folded, speaker_words
from dragoman.quotes.groups import GROUP_LINKS, QUANTIFIERS
from dragoman.quotes.lexicon import Lexicon, Word
from dragoman.quotes.mentions import Speaker
from dragoman.quotes.speakers import DETERMINERS

_POSSESSIVE = re.compile(r"['’]")


def _role_head(chunk: list[Word], link_at: int, lex: Lexicon) -> int | None:
    """Where the phrase a modifier's link at ``link_at`` hangs on starts, when it is a
    determiner and a lower-case role noun opening ``chunk`` ("The father of"); else None.
    Only the pack's modifier prepositions ("of", not "for": the body spoken for)."""
    head = link_at - 1
    if head != 1 or chunk[link_at].key not in folded(
            speaker_words(lex.rules.code).modifier_prepositions):
        return None
    noun = chunk[head]
    if chunk[0].key in DETERMINERS and noun.text.islower() and lex.strip_clitic(
            noun.key, lex.roles) in lex.roles:
        return 0
    return None


def with_partitive(text: str, chunk: list[Word], sp: Speaker | None,
                   lex: Lexicon) -> Speaker | None:
    """``sp`` widened to the quantifier and link right before it in ``chunk`` ("One of"), if
    they are there; else ``sp``. A named speaker is left as it is ("one of Ann Lee's aides" is
    read elsewhere); a partitive that is itself the object of a link is widened to a role
    noun phrase opening the chunk ("The father of two of the victims") or left as it is ("the
    head of one of the unions", read elsewhere)."""
    if sp is None or sp.label or sp.entity_id is not None or _POSSESSIVE.match(text, sp.end) or (
            _POSSESSIVE.search(sp.text[-2:])):
        return sp  # "one of the congressman's aides": the aides, not the congressman
    at = next((n for n, w in enumerate(chunk) if w.start == sp.start), None)
    if at is None or at < 2:
        return sp
    quantifier, link = chunk[at - 2], chunk[at - 1]
    if link.key not in GROUP_LINKS or not (quantifier.key in QUANTIFIERS
                                           or quantifier.key.isdigit()):
        return sp
    if at >= 3 and chunk[at - 3].key in GROUP_LINKS:  # "The father of two of the victims"
        start = _role_head(chunk, at - 3, lex)
        return sp if start is None else Speaker(chunk[start].start, sp.end,
                                                text[chunk[start].start:sp.end])
    return Speaker(quantifier.start, sp.end, text[quantifier.start:sp.end])


__all__ = ["with_partitive"]
