"""Capitalised words of a role's title that NER took for a name (issue 14, French entities):
the French press writes some titles with a capital inside ("le procureur de la République de
Marseille", "le président de la République", "le garde des Sceaux"). NER tags the capitalised
word, alone ("République", "Sceaux": a town of that name) or run into the place the title is
of ("République de Marseille"). The title names no referent: the word is cut off the mention,
and a mention that is nothing else is dropped; what the title is of ("Marseille") stays, a
place: a jurisdiction or a country ("la République de Moldavie" is Moldova). A mention going
on past the word in lower case ("la République française") is
a name of its own and stays whole.

The titles are the packs' ``entity_words.title_phrases``, as written: the lower-case words
before the first capital, then the capitalised words."""

from __future__ import annotations

import re
from functools import lru_cache

from dragoman.entities.packwords import every_pack_in_order
from dragoman.model import Mention

# What joins a title's word to the name of what the title is of ("de Marseille", "d'Évry").
_OF_NAME = re.compile(r"\s+(?:de|du|des|d['’])\s*(?=[^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _titles() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(the title's lower-case words closing a text, its capitalised words) of each title."""
    out = []
    for phrase in every_pack_in_order(lambda w: w.title_phrases):
        first = next((i for i, c in enumerate(phrase) if c.isupper()), None)
        if not first:
            continue
        lead = r"\s+".join(map(re.escape, phrase[:first].split()))
        space = r"\s+" if phrase[first - 1] == " " else ""
        out.append((re.compile(rf"(?<!\w){lead}{space}$", re.IGNORECASE), phrase[first:]))
    return tuple(out)


def without_title_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each title's capitalised words cut off, and dropped where nothing else
    is left (module docstring)."""
    titles = _titles()
    if not titles:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        kept: Mention | None = m
        for lead, word in titles:
            if m.entity_id is None and m.text.startswith(word) and lead.search(
                    text, max(0, m.start - len(word) - 40), m.start):
                kept = _rest(text, m, len(word))
                break
        if kept is not None:
            out.append(kept)
    return out


def _rest(text: str, m: Mention, cut: int) -> Mention | None:
    """The place after the title's word in ``m``; None when there is none, ``m`` when it goes
    on in lower case or straight on (a longer word: "Républicains")."""
    rest = m.text[cut:]
    if not rest.strip():
        return None
    of = _OF_NAME.match(rest)
    if of is None:
        return m
    start = m.start + cut + of.end()
    return Mention(start, m.end, text[start:m.end], "LOC", score=m.score)
