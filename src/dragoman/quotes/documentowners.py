"""The owner of a document that a statement is attributed to, where a preposition or a
possessive names it ("according to a report by the Harlow Institute", "according to the
league's statement", "a statement from the league said"): the owner speaks, the document is
only the channel. The document nouns are the pack's (``invertedcues.document_heads``, texts
that speak for their author, and the rules' ``document_sources``); the German genitive
("Daten der Bundespolizei") is ``sources.owner``'s. A document with no owner named
("a statement said", "the bill states") stays as it is: a reader sees which text it is."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from dragoman.language.invertedcues import inverted_cue_words
from dragoman.language.normalize import normalize_for_match
from dragoman.quotes.lexicon import Lexicon, Word
from dragoman.quotes.speakers import DETERMINERS

# Most lower-case modifiers between a possessive owner and its document ("the league's joint
# written statement"); longer runs are read as a clause, not one noun phrase.
MODIFIER_WORDS = 2
# Most words before a document noun in its phrase: a possessor's name and modifiers ("the
# Northern League's annual statement").
HEAD_WORDS = 5
_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")


@lru_cache(maxsize=32)
def _heads(code: str | None, sources: tuple[str, ...]) -> frozenset[str]:
    words = inverted_cue_words(code)
    found = (*(words.document_heads if words else ()), *sources)
    return frozenset(normalize_for_match(w) for w in found)


def _document(w: Word, heads: frozenset[str]) -> bool:
    """A lower-case document noun, singular or plural ("report", "reports")."""
    if not w.text[:1].islower():
        return False  # "the Autumn Statement" names the document itself
    return w.key in heads or (w.key.endswith("s") and w.key[:-1] in heads)


def document_noun(w: Word, lex: Lexicon) -> bool:
    """``w`` is a lower-case document noun of the pack ("report", "statements")."""
    return _document(w, _heads(lex.rules.code, lex.rules.document_sources))


def _named(owner: list[Word], lex: Lexicon) -> bool:
    """The phrase names someone: a capitalised word or a role noun ("the Harlow Institute",
    "the mayor"), not a pronoun ("a report of his") or a plain thing ("a
    statement of support")."""
    body = [w for w in owner if w.key not in DETERMINERS]
    if not body or body[0].key in lex.pronouns:
        return False
    return any(w.text[:1].isupper() for w in body) or any(
        lex.strip_clitic(w.key, lex.roles) in lex.roles for w in body)


def _possessor(w: Word) -> Word | None:
    """``w`` without its possessive ending ("league" of "league's"), or None."""
    for ending in _POSSESSIVE_ENDINGS:
        if w.text.endswith(ending) and len(w.text) > len(ending):
            cut = len(ending) - (1 if ending[0] == "s" else 0)
            return Word(w.start, w.end - cut, w.text[:-cut], normalize_for_match(w.text[:-cut]))
    return None


def document_owner(chunk: list[Word], lex: Lexicon) -> list[Word] | None:
    """The words naming the owner when ``chunk`` (a source phrase) opens with a document noun
    that names its owner: after it with a preposition ("a report by the Harlow Institute"),
    or before it with a possessive ("the league's statement"); else None."""
    pack = inverted_cue_words(lex.rules.code)
    preps = pack.owner_prepositions if pack else frozenset()
    if not preps or len(chunk) < 2:
        return None
    heads = _heads(lex.rules.code, lex.rules.document_sources)
    k = 0
    while k < len(chunk) - 1 and chunk[k].key in DETERMINERS:
        k += 1
    for n in range(k, min(len(chunk), k + HEAD_WORDS)):
        if not _document(chunk[n], heads):
            continue
        if n + 1 < len(chunk) and chunk[n + 1].key in preps:
            after = chunk[n + 2:]
            return after if _named(after, lex) else None
        return _possessive_owner(chunk[:n], lex)
    return None


def _possessive_owner(before: list[Word], lex: Lexicon) -> list[Word] | None:
    """The owner before a document noun ("the league's" of "the league's statement"), its last
    word a possessive, with lower-case modifiers after it ("the league's official"); else None."""
    n = len(before)
    while n > 0 and before[n - 1].text[:1].islower() and _possessor(before[n - 1]) is None:
        n -= 1
    if n == 0 or n < len(before) - MODIFIER_WORDS:
        return None
    last = _possessor(before[n - 1])
    if last is None or last.key in lex.pronouns or not last.text.isalpha():
        return None
    return [*before[:n - 1], last]  # "the court's ruling": a possessor writes its document


def owner_words_after(text: str, ws: list[Word], end: int, chunk: list[Word], lex: Lexicon,
                      read: Callable[[int], list[Word]]) -> list[Word]:
    """The preposition and owner words after a source phrase ``chunk`` (ending before
    ``ws[end]``) that ends in a document noun, when the phrase reader stopped at the
    preposition ("according to a report | by the Harlow Institute"); ``read(i)`` reads a phrase
    from ``ws[i]``. Only an owner ending in a capitalised word or a role ("by the Federal
    Reserve", "from the mayor"), not a document's object ("an analysis of Census data", "a
    survey of voters"); else []."""
    pack = inverted_cue_words(lex.rules.code)
    if not pack or not pack.owner_prepositions or not chunk or end + 1 >= len(ws):
        return []
    if ws[end].key not in pack.owner_prepositions or text[chunk[-1].end:ws[end].start].strip():
        return []
    if not _document(chunk[-1], _heads(lex.rules.code, lex.rules.document_sources)):
        return []
    after = read(end + 1)
    if not after or not _named(after, lex) or not (after[-1].text[:1].isupper() or (
            lex.strip_clitic(after[-1].key, lex.roles) in lex.roles)):
        return []
    return [ws[end], *after]
