"""Dialogue dashes: a paragraph opening with a dash is a quotation up to its attribution.

French, Spanish, Portuguese and Russian papers print direct speech as a paragraph opening
with a dash rather than in quotation marks (``— Nous ne céderons pas, a lancé X.``,
``—No vamos a rendirnos —respondió X.``, ``— Мы не уйдём, — сказал X.``). The quotation
runs from after the dash to the comma or dash right before a speech verb; a dashed
paragraph with no speech verb after such a boundary is left alone (a list item, a
signature line), so a dash alone never makes a quotation.
"""

from __future__ import annotations

import bisect
import re

from dragoman.quotes.cues import Cue
from dragoman.quotes.lexicon import Word
from dragoman.quotes.marks import QuotedSpan

# A paragraph that opens with an em or en dash, then the spoken words.
_DASH_OPEN = re.compile(r"(?m)^[ \t]*[—–][ \t\u00a0]*(?=\w|[¿¡])")
# Where the spoken words stop and the attribution starts: a comma (and a dash after it), or a
# dash after a space ("… —respondió").
_BOUNDARY = re.compile(r",[ \t\u00a0]*(?:[—–][ \t\u00a0]*)?|[ \t\u00a0]+[—–][ \t\u00a0]*")
# Family number of dash quotations (no quotation mark family has it).
DASH_FAMILY = -1


def dash_spans(text: str, ws: list[Word], cues: list[Cue],
               quoted: list[QuotedSpan]) -> list[QuotedSpan]:
    """Quotations opened by a dialogue dash and closed by the attribution after them."""
    verb_at = {c.start: c for c in cues if c.kind == "verb"}
    starts = [w.start for w in ws]
    out: list[QuotedSpan] = []
    for m in _DASH_OPEN.finditer(text):
        para_end = text.find("\n", m.end())
        para_end = len(text) if para_end < 0 else para_end
        if any(q.start < para_end and q.end > m.end() for q in quoted):
            continue  # quotation marks inside: the marks decide
        for b in _BOUNDARY.finditer(text, m.end(), para_end):
            k = bisect.bisect_left(starts, b.end())
            if k < len(ws) and ws[k].start == b.end() and ws[k].start in verb_at:
                if b.start() > m.end():
                    out.append(QuotedSpan(m.end(), b.start(), DASH_FAMILY))
                break
    return out


__all__ = ["DASH_FAMILY", "dash_spans"]
