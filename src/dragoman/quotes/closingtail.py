"""An inverted subject with a short phrase after it that ends the sentence: "…, says a report
from the union.", "…, says a report highlighting the “alarming rise of casual labour” in
higher education." (issue 16: pool A's English lead sentences; the subject followed by
anything but a punctuation mark was no subject, and the statement was lost)."""

from __future__ import annotations

import re

from dragoman.quotes.lexicon import Lexicon, Word, iter_words
from dragoman.quotes.relclauses import subordinator

# Most words of the closing phrase after the subject: the longest in pool A's English lead
# sentences is 10 ("highlighting the “alarming rise of mass casualised labour” in higher
# education"); a bound with room, not a fitted value.
INVERTED_TAIL_WORDS = 12
_TAIL_CHARS = 160  # characters read for those words (12 words of news English fit)
_QUOTES_ONLY = re.compile(r"[\s\"“”‘’'»«]*")
_SENTENCE_END = re.compile(r"[\s\"“”‘’'»«]*(?:[.!?]|$)")

# Letters of a participle opening a closing phrase: shorter "-ing"/"-ed" words are mostly no
# participles ("king", "bed", "thing"; set by hand with the closing-tail rule).
MIN_PARTICIPLE_LETTERS = 6


def closing_tail(text: str, after: list[Word], end: int, lex: Lexicon) -> bool:
    """The subject ``after`` (ending at ``end``) holds a role noun or a capitalised word, and
    a phrase opened by a preposition or a participle (no conjunction, relative or
    subordinator) follows it and ends the sentence within ``INVERTED_TAIL_WORDS`` words, with
    no other punctuation, no speech verb, auxiliary, complementizer or clause subject."""
    if not after or not any(w.text[:1].isupper() or lex.strip_clitic(w.key, lex.roles) in lex.roles
                            for w in after):
        return False
    prev = end
    n = 0
    for w in iter_words(text, end, min(len(text), end + _TAIL_CHARS)):
        gap = text[prev:w.start]
        if n and _SENTENCE_END.fullmatch(gap) and not gap.isspace():
            return True  # (quote marks may close a quoted phrase inside)
        if _QUOTES_ONLY.fullmatch(gap) is None or (n == 0 and not gap.isspace()):
            return False
        if n == 0 and not _opens_tail(w, lex):
            return False
        if (n >= INVERTED_TAIL_WORDS or w.key in lex.verbs or w.key in lex.auxiliaries
                or w.key in lex.complementizers or w.key in lex.clause_subjects):
            return False
        prev, n = w.end, n + 1
    return n > 0 and _SENTENCE_END.match(text, prev) is not None


def _opens_tail(w: Word, lex: Lexicon) -> bool:
    """A preposition ("from", "by", "in") or a participle ("highlighting") opens the phrase."""
    key = w.key
    if key in lex.content_blockers:
        return not (key in lex.relatives or key in lex.rules.list_conjunctions
                    or key in lex.complementizers or subordinator(key, lex))
    endings = lex.rules.participle_endings
    return bool(endings) and key.endswith(endings) and len(key) >= MIN_PARTICIPLE_LETTERS and w.text.islower()


def before_participle(after: list[Word], lex: Lexicon) -> list[Word]:
    """The words after a cue up to a lower-case participle that follows a role noun ("a report
    highlighting …" → "a report"): the participle opens the closing phrase, not the
    subject. Not a participle before a role noun, which modifies it ("the former acting
    president", "the chief operating officer"), nor one after a modifier or an owner ("the
    country's leading economist")."""
    for n in range(1, len(after)):
        if _role(after[n - 1], lex) and _opens_tail(after[n], lex) and (
                after[n].key not in lex.content_blockers) and not (
                n + 1 < len(after) and _role(after[n + 1], lex)):
            return after[:n]
    return after


def _role(w: Word, lex: Lexicon) -> bool:
    """A lower-case role noun as written (no possessive ending: "the country's")."""
    return w.text.islower() and w.key in lex.roles


__all__ = ["INVERTED_TAIL_WORDS", "before_participle", "closing_tail"]
