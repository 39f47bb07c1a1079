"""German titles of works and campaigns in quotation marks after the noun that names them
(issue 15, second pass): "die Kampagne "Stop Killer Robots"", "der Filter „Escape the
Scan“", "das Online-Tool "Escape the Scan"". The tagger reads the title's capitalised words
as a person or a body; a mention lying wholly inside such a quotation becomes MISC, as
``works.unlink_works`` retypes titles (kept as MISC, its words are not read again as a
knowledge-base name: "Berlin" of the series „Babylon Berlin“). The noun is the word right
before the opening mark, or its last hyphenated part ("Social-Media-Filter"); it must be one of
``de_nouns.TITLE_NOUNS`` or the pack's ``work_kinds``. Bodies that take quoted names ("die
Initiative „Künstler helfen Künstlern“") are not in those lists and keep their names. The
quotation is read by ``works``' helpers (its marks, closing mark, length and capitalisation:
``works._title_like``). It is speech, not a title, after a verb naming or judging the work
("nannte die Studie „Ein Weckruf“": ``de_nouns.NAMING_VERBS``) and where the closing mark is
followed by a comma and a speech verb („Der Bericht „Ein Desaster“, sagte sie“).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from dragoman.entities.works import _TRAILING, _closer, _title_like, quote_pairs
from dragoman.language import de
from dragoman.language.de_nouns import NAMING_VERBS, TITLE_NOUNS
from dragoman.model import Mention

# Words before the work noun searched for a naming verb ("nannte [die neue] Studie"),
# calibrated on /tmp/review_ner_de2 probes (article and one adjective between verb and noun).
NAMING_VERB_WINDOW = 3
_WORD_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+(?:-[^\W\d_]+)*)\s+$")
_COMMA_WORD = re.compile(r"[ \u00a0]*,[ \u00a0]*([^\W\d_]+)")


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return TITLE_NOUNS | frozenset(w.casefold() for w in de.RULES.work_kinds)


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    speech = (v for v in (*de.RULES.speech_verbs, *de.RULES.speech_act_verbs) if " " not in v)
    return NAMING_VERBS | frozenset(v.casefold() for v in speech)


def _named_by_verb(text: str, noun_start: int) -> bool:
    """Whether a naming or judging verb stands just before the work noun."""
    before = text[max(0, noun_start - 80):noun_start].split()[-NAMING_VERB_WINDOW:]
    return any(w.strip(",").casefold() in NAMING_VERBS for w in before)


def _speech_after(text: str, close: int) -> bool:
    """Whether the closing mark is followed by a comma and a lower-case speech verb."""
    match = _COMMA_WORD.match(text, close + 1)
    return match is not None and match.group(1)[0].islower() and match.group(1) in _verbs()


def title_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of titles quoted right after a work or campaign noun in ``text``."""
    pairs = quote_pairs()
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        closers = pairs.get(text[i])
        noun = _WORD_BEFORE.search(text, max(0, i - 80), i) if closers else None
        if closers is None or noun is None or i + 1 >= n or text[i + 1].isspace():
            i += 1
            continue
        close = _closer(text, i + 1, closers)
        if close is None:
            i += 1
            continue
        inner = text[i + 1:close].rstrip(_TRAILING)
        head = noun.group(1).rsplit("-", 1)[-1]
        if (head[:1].isupper() and head.casefold() in _nouns() and inner and _title_like(inner)
                and not _named_by_verb(text, noun.start(1)) and not _speech_after(text, close)):
            spans.append((i + 1, i + 1 + len(inner)))
        i = close + 1
    return spans


def retype_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions``, those lying wholly inside a quoted title of ``title_spans`` as MISC."""
    spans = title_spans(text) if any(c in quote_pairs() for c in text) else []
    if not spans:
        return mentions
    starts = [start for start, _ in spans]  # in text order, never overlapping

    def inside(m: Mention) -> bool:
        i = bisect_right(starts, m.start) - 1
        return i >= 0 and m.end <= spans[i][1]

    return [replace(m, label="MISC", entity_id=None, reason="") if inside(m) else m
            for m in mentions]
