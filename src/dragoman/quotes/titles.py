"""Quoted titles next to a speech cue: "In his 2002 book, “Make Your Kid a Millionaire,” Mr. Lee
suggested …", "said in her memoir, “Living History.”".

A short quotation whose long words are all capitalised is the name of a work (a book, a film,
a slogan on a banner), not the words of the cue's speaker; the cue keeps its own content.
"""

from __future__ import annotations

import re

from dragoman.quotes.marks import QuotedSpan

# Most words of a quoted title (titles of books, films and shows in PolNeAR train run to 2-7).
TITLE_MAX_WORDS = 8
# Words shorter than this ("a", "of", "to") are left lower case in a title; a longer word in
# lower case ("not", "new", "eye") makes the quotation a sentence.
TITLE_LONG_WORD = 3
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_INNER_PUNCT = re.compile(r"[,.;:!?]")


def title_shaped(text: str, q: QuotedSpan) -> bool:
    """At least two long words, all capitalised, in a quotation of at most ``TITLE_MAX_WORDS``
    words with no punctuation inside (a comma or full stop may close it): "Doomed to Succeed",
    "Raise Your Child to Be Rich", not "Absolutely,", "It's not new in Ohio," or "What a Big
    Night!". A quotation in capitals throughout ("WE WILL WIN") is shouted, not a title."""
    end = q.end - 1 if q.end > q.start and text[q.end - 1] in ",." else q.end
    if _INNER_PUNCT.search(text, q.start, end):
        return False
    ws = _WORDS.findall(text, q.start, end)
    long = [w for w in ws if len(w) >= TITLE_LONG_WORD]
    if len(long) < 2 or len(ws) > TITLE_MAX_WORDS or not ws[0][:1].isupper():
        return False
    return all(w[:1].isupper() for w in long) and not all(w.isupper() for w in long)
