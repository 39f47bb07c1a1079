"""More places a name is written as a product's (issue 14, helper teams-products; read by
``products.product_referent`` as further cues, ``product_cues``' ``more``): a device's part or a
program's copy or manual after the name, with its possessive or without ("the Pixel's battery",
"a Dokku instance", "the Dokku setup page"; ``en_productwords.PART_NOUNS``; not a part a
person has too after a bare possessive, "Saka's display", "Verstappen's setup":
``PERSON_PARTS``, unless "the" opens the name, "the Pixel's battery"), and a launch
before it ("Apple launched Vision", "its new Pixel"; ``LAUNCH_OPENERS``). Like the other cues
they count towards ``products.PRODUCT_CUES_MIN`` places, and only for a referent typed a person
with no person's cue (a title, a speech verb, a gendered pronoun): a person's screen or server is
as often written once ("Smith's screen test"), a product's several times."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from dragoman.language.en_productwords import LAUNCH_OPENERS, PART_NOUNS, PERSON_PARTS

Occurrences = Callable[[str, str], Iterator[int]]
# Characters read before a name for a launch's words ("launched the new " is 17). Set by hand.
LOOKBACK = 24


def product_places(text: str, names: Iterable[str], occurrences: Occurrences) -> set[int]:
    """Where ``text`` writes one of ``names`` with a part noun after it or a launch before it
    (module docstring); each place read in a fixed window."""
    nouns, openers = _patterns()
    out: set[int] = set()
    for name in names:
        if not name.strip():
            continue
        for start in occurrences(text, name):
            end = start + len(name)
            part = nouns.match(text, end)
            # "Saka's display": a person's part after a bare possessive ("the Pixel's" is a thing's)
            if part is not None and part.group(1) and part.group(2).lower() in PERSON_PARTS:
                part = part if _THE_BEFORE.search(text, max(0, start - 4), start) else None
            if part is not None or openers.search(text, max(0, start - LOOKBACK), start):
                out.add(start)
    return out


_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \u00a0]$")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = "|".join(sorted(map(re.escape, PART_NOUNS), key=len, reverse=True))
    openers = "|".join(sorted(map(re.escape, LAUNCH_OPENERS), key=len, reverse=True))
    return (re.compile(rf"(['’]s)?[ \u00a0]((?i:{nouns}))(?![\w-])"),
            re.compile(rf"(?<![\w-])(?i:{openers})[ \u00a0]$"))
