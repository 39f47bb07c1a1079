"""Where an "according to" marker's content lies when the marker stands inside a clause of
its own, for languages whose verb comes second in a main clause and last in a subordinate one
(German, ``capitalised_nouns``); read by ``markers.marker_spans``:

- right after a colon ("Die Bilanz: Laut Polizei wurden …"): the clause the colon opens;
- inside a subordinate clause opened after a comma ("…, weil laut dem Verband die Nachfrage
  wächst"): that clause, up to its end (the next comma, dash, colon or semicolon: not "…,
  sagte X" after it), past a relative clause or a dash's aside set off on the source ("laut
  dem Bericht, der …, die Kosten steigen", "laut Umfrage – wie im Vorjahr – die Preise …").

Written from the grammar with original sentences (``tests/quotes/test_german_subclause.py``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dragoman.language.speakerwords import folded
from dragoman.quotes.lexicon import Word, words

if TYPE_CHECKING:
    from dragoman.quotes.cues import Cue
    from dragoman.quotes.detect import _Context

# A subordinate clause's end: its verb comes last, before one of these.
_CLAUSE_MARK = re.compile(r"[,;:–—]")
_DASH = re.compile(r"[–—]")


def colon_clause(ctx: _Context, cue: Cue, s_start: int) -> int:
    """Right after a colon just before the marker ("Die Bilanz: Laut Polizei wurden …"), where
    the verb comes second (``capitalised_nouns``), the marker opens a main clause of its own;
    else ``s_start``."""
    at = ctx.words[cue.wi].start
    colon = ctx.text.rfind(":", s_start, at)
    keep = not ctx.lex.rules.capitalised_nouns or colon < 0 or ctx.text[colon + 1:at].strip()
    return s_start if keep else colon + 1


def subordinate_clause(ctx: _Context, between: list[Word], after: int | None, k: int,
                        s_end: int) -> tuple[int, int] | None:
    """A marker inside a subordinate clause opened after the sentence's last comma before it
    (``between``: the words from that comma to the marker) by a subordinator or a
    complementizer ("Die Preise steigen, weil laut dem Verband die Nachfrage wächst", "…,
    zumal unter den Fällen laut der Übersicht 80 Prozent mild verlaufen"), where the verb of a
    subordinate clause comes last (``capitalised_nouns``): the marker sources that clause, not
    the main clause before the comma. The clause past its subordinator, or past the source
    when the marker follows the subordinator right away, up to the clause's end (its verb
    last: not "…, sagte X" after it); None for any other shape."""
    lex = ctx.lex
    if not lex.rules.capitalised_nouns or not between or (
            between[0].key not in folded(lex.rules.subordinators)
            and between[0].key not in lex.complementizers):
        return None
    start = ctx.words[k].start if k < len(ctx.words) else s_end
    end = _clause_end(ctx.text, start, s_end)
    if len(between) > 1:
        return between[1].start, end
    first = words(ctx.text, start, end)[:1]
    dash = 0 < k <= len(ctx.words) and _DASH.search(ctx.text, ctx.words[k - 1].end, start)
    if end < s_end and (dash or (after == start and first
                                 and first[0].text in lex.rules.comma_relatives)):
        # past a relative clause or a dash's aside on the source: "laut dem Bericht, der …,
        # die Kosten …", "laut Umfrage – wie im Vorjahr – die Preise …"
        rest = words(ctx.text, end + 1, s_end)[:1]
        start = rest[0].start if rest else s_end
        end = _clause_end(ctx.text, start, s_end)
    return (start, end) if start < end else None


def _clause_end(text: str, start: int, s_end: int) -> int:
    return m.start() if (m := _CLAUSE_MARK.search(text, start, s_end)) else s_end


__all__ = ["colon_clause", "subordinate_clause"]
