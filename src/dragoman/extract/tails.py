"""What trails an article body on a page and is not body: teaser cards, closing link boxes,
contact and sign-up notes. Each rule works on the (kind, text) blocks of the extracted body,
language-independently (shape and punctuation, no word lists), and cuts only at the end.

Calibrated on the dev half of eval/data/extraction_nonen.json (even ids) and checked on the
Fundus set (eval/extraction.py) for no loss of body text.
"""

from __future__ import annotations

import re

from dragoman.extract.pagetype import SENTENCE_FINAL

Part = tuple[str, str]

# A closing run of at least this many (title, <= 1 paragraph) cards is a related-stories
# box, not the end of the article; it is cut only when the article keeps at least
# TEASER_MAX_CUT_SHARE of its text (an article written as heading/paragraph pairs, or a
# live blog of short entry titles over paragraphs, stays).
TEASER_MIN_CARDS = 3
TEASER_MAX_CUT_SHARE = 0.5
# A block of at most this many words without sentence-final punctuation reads as a title
# (a link, a card headline), not as running text; after a closing lead-in ("Read more:")
# a headline may be as long as LINK_MAX_WORDS.
TITLE_MAX_WORDS = 12
LINK_MAX_WORDS = 20
# A closing note of at most this many words that gives an e-mail address is a contact or
# sign-up line ("Write to us at ...", "subscribe ...: name@site"), not body.
CONTACT_MAX_WORDS = 60
_SENTENCE_END = re.compile("[" + re.escape("".join(SENTENCE_FINAL)) + "][\"'”’»)\\]]*$")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


def is_title(part: Part, max_words: int = TITLE_MAX_WORDS) -> bool:
    """A heading, or a short block that does not end like a sentence (nor with ':')."""
    kind, text = part
    if kind == "heading":
        return True
    text = text.rstrip()
    return (len(text.split()) <= max_words and not _SENTENCE_END.search(text)
            and not text.endswith((":", "："))) and bool(text)


def _chars(parts: list[Part]) -> int:
    return sum(len(t) for _, t in parts)


def drop_teaser_tail(parts: list[Part], total: int) -> list[Part]:
    """Cut a closing run of teaser cards (heading, at most one paragraph, heading, ...);
    ``total``: the characters of the whole body before any tail rule. Only real headings
    count here: short untitled blocks over paragraphs are also how live blogs and award
    lists are written (Repubblica on dev, a Telegraph page of the Fundus set)."""
    cut, cards, i = len(parts), 0, len(parts)
    while i > 0:
        j = i
        if parts[j - 1][0] == "paragraph":
            j -= 1
        if j == 0 or parts[j - 1][0] != "heading":
            break
        j -= 1
        while j > 0 and parts[j - 1][0] == "heading":
            j -= 1  # stacked headings: box title over the first card
        cards += 1
        i = j
        if cards >= TEASER_MIN_CARDS:
            cut = i
    if cut in (0, len(parts)):
        return parts
    return parts[:cut] if _chars(parts[:cut]) >= TEASER_MAX_CUT_SHARE * total else parts


def drop_closing_box(parts: list[Part], total: int) -> list[Part]:
    """Cut a closing box: a heading or a lead-in ending with ':' ("Read more:", "Sign up
    free") after running text, followed only by titles to the end of the body."""
    i = len(parts)
    while i > 0 and is_title(parts[i - 1], LINK_MAX_WORDS) and parts[i - 1][0] != "heading":
        i -= 1
    if i == len(parts) or i == 0:
        return parts
    kind, text = parts[i - 1]
    cut = i - 1
    lead_in = kind == "heading" or text.rstrip().endswith((":", "："))
    # The box follows running text; after another title it is the article's own list
    # going on (category headings over names, as in an awards list).
    if (lead_in and cut > 0 and not is_title(parts[cut - 1], LINK_MAX_WORDS)
            and _chars(parts[:cut]) >= TEASER_MAX_CUT_SHARE * total):
        return parts[:cut]
    return parts


def drop_contact_notes(parts: list[Part]) -> list[Part]:
    """Cut closing contact or sign-up notes: short blocks that give an e-mail address."""
    while len(parts) > 1:
        text = parts[-1][1]
        if len(text.split()) > CONTACT_MAX_WORDS or not _EMAIL.search(text):
            break
        parts = parts[:-1]
    return parts


def drop_tails(parts: list[Part]) -> list[Part]:
    """The tail rules in turn; together they keep at least TEASER_MAX_CUT_SHARE of the body
    (contact notes aside)."""
    total = _chars(parts)
    return drop_contact_notes(drop_closing_box(drop_teaser_tail(parts, total), total))
