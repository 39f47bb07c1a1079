"""A verb NER took for a name because a clitic pronoun follows it after a hyphen (issue 14,
French entities): an imperative or an inverted question opening a line or a sentence
("Abonnez-vous pour lire la suite", "Souvenez-vous de l'été 2003", "Pouvez-vous nous
dire …"). NER tags the capitalised verb alone, cut at the hyphen, as a place or a person; it
names nothing. No name is written with such a pronoun after a hyphen, so a mention that ends
right before one (the packs' ``entity_words.verb_clitics``, in lower case or in capitals) is
dropped, whatever its label; a capitalised part ("Kim Sun-Moi") is a name's."""

from __future__ import annotations

import re
from functools import lru_cache

from dragoman.entities.packwords import alternation, every_pack
from dragoman.model import Mention


@lru_cache(maxsize=1)
def _clitic_after() -> re.Pattern[str] | None:
    """A hyphen and a clitic pronoun closing a word, or None when no pack lists one."""
    clitics = every_pack(lambda w: w.verb_clitics)
    if not clitics:
        return None
    # in lower case or in capitals ("ABONNEZ-VOUS"); a capitalised part is a name's
    # ("Kim Sun-Moi", "Entre-Nous")
    written = sorted({*clitics, *(c.upper() for c in clitics)}, key=len, reverse=True)
    return re.compile(rf"[-‑]{alternation(written)}(?![\w-])")


def without_clitic_verbs(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less those a clitic pronoun follows after a hyphen (module docstring)."""
    after = _clitic_after()
    if after is None:
        return mentions
    return [m for m in mentions if m.entity_id is not None or after.match(text, m.end) is None]
