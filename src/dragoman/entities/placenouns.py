"""A name written after a lower-case noun of a settlement or a piece of land and "of" ("the
rocky island of Tresca", "the town of Ashby", "the village of Ouled"; the packs' ``place_nouns``
and ``place_of_links``) is a place's: English writes a person's or a firm's name so never. Read
by ``referentvote.vote``: such a form settles its referent as a place unless something written
for people only says otherwise (an honorific, an age, a title)."""

from __future__ import annotations

import re
from functools import lru_cache

from dragoman.entities.packwords import alternation, every_pack_in_order
from dragoman.model import Mention

# How far before a name its place noun and link are looked for. Set by hand (the longest
# noun and link, "municipality of the ", fit twice).
LOOKBACK = 48


@lru_cache(maxsize=1)
def _place_of() -> re.Pattern[str]:
    """A lower-case place noun, a link ("of") and maybe "the", closing the text before a name."""
    nouns = alternation(every_pack_in_order(lambda w: w.place_nouns))
    links = alternation(every_pack_in_order(lambda w: w.place_of_links))
    articles = alternation(every_pack_in_order(lambda w: w.name_articles))
    return re.compile(rf"(?<![\w-]){nouns}\s+{links}\s+(?:{articles}\s+)?$")


def place_noun_led(text: str, m: Mention) -> bool:
    """Whether a lower-case place noun and its link stand right before the mention ("the island
    of Tresca"); written in lower case, so a common noun, not a name's own word ("the Isle of
    Man", "University of Kent")."""
    if not text or m.start <= 0:
        return False
    return _place_of().search(text, max(0, m.start - LOOKBACK), m.start) is not None
