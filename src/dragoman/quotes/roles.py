"""A role phrase as speaker ("the Secretary General", "der Virologe"): the person the article
names next to that role."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from weakref import WeakKeyDictionary

from dragoman.model import Mention
from dragoman.quotes.lexicon import Lexicon
from dragoman.quotes.speakers import _DETERMINERS, Mentions, Speaker

# How far after an earlier role phrase a name may stand to identify it ("the
# Secretary General, Jens Stoltenberg"), in characters.
ROLE_NAME_DISTANCE = 60


@lru_cache(maxsize=32)
def _appositive(determiners: tuple[str, ...]) -> re.Pattern[str]:
    """What stands between a name and its role in an appositive: ", the", ", NATO's" (the
    language's ``appositive_determiners``), then at most three words."""
    alternatives = "".join(re.escape(d) + "|" for d in determiners)
    return re.compile(r",\s+(?:" + alternatives + r"[\w.-]+['’]s)?\s*(?:[\w-]+\s+){0,3}")


def resolve_role(text: str, speaker: Speaker, lex: Lexicon, mentions: Mentions) -> Speaker:
    """A role phrase ("the Secretary General") -> the person named next to it earlier."""
    keys = [k for k in re.findall(r"\w+", speaker.text.casefold()) if k not in _DETERMINERS]
    if not keys or not any(k in lex.roles for k in keys) or not mentions.items:
        return speaker
    before = [x for x in mentions.within(max(0, speaker.start - ROLE_NAME_DISTANCE),
                                         speaker.start) if x.label == "PER"][-1:]
    if before and re.fullmatch(r",\s*", text[before[0].end:speaker.start]):
        return mentions.speaker(before[0])  # "Charlotte Houpline, fondatrice WARA affirme"
    ends, named = _role_names(text, tuple(keys), mentions,
                              _appositive(lex.rules.appositive_determiners))
    i = bisect.bisect_right(ends, speaker.start) - 1  # the latest phrase ending before it
    best = named[i] if i >= 0 else None
    return mentions.speaker(best) if best else speaker


# Per article (its Mentions) and role phrase: where the phrase occurs, and the person named
# next to it there or at an earlier occurrence. Computed once, so resolving a role is not a
# scan of the whole text for every quotation (10,000 quotations of "the mayor" on one page).
_ROLE_NAMES: WeakKeyDictionary[Mentions, dict[tuple[str, ...], tuple[list[int], list[Mention | None]]]] = (
    WeakKeyDictionary())


def _role_names(text: str, keys: tuple[str, ...], mentions: Mentions,
                appositive: re.Pattern[str]) -> tuple[list[int], list[Mention | None]]:
    """Ends of the occurrences of the role phrase ``keys``, in order, and for each the person
    named next to the latest occurrence up to it that has one."""
    cache = _ROLE_NAMES.setdefault(mentions, {})
    if keys in cache:
        return cache[keys]
    needle = re.compile(r"\b" + r"\W+".join(map(re.escape, keys)) + r"\b", re.IGNORECASE)
    ends: list[int] = []
    named: list[Mention | None] = []
    best: Mention | None = None
    for m in needle.finditer(text):
        near = [x for x in mentions.within(m.end(), m.end() + ROLE_NAME_DISTANCE)
                if x.label == "PER"]
        # or an appositive: "Lena Ortiz, the mayor of Riverside"
        near += [x for x in mentions.within(max(0, m.start() - ROLE_NAME_DISTANCE), m.start())
                 if x.label == "PER" and appositive.fullmatch(text, x.end, m.start())][-1:]
        if near:
            best = near[0]
        ends.append(m.end())
        named.append(best)
    cache[keys] = (ends, named)
    return ends, named
