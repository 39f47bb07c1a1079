"""Clauses after a cue's object that are no content: a relative clause or a purpose clause
("kündigte am Montag neue Hilfen an, die im Mai …", "hielt die Tür fest, damit …", "bromeó con
la prensa, que le preguntó …"), and an object inside a separable cue ("hielt den Mann fest").
Each language says which words do this in its pack (``comma_relatives``, ``subordinators``,
``complementizer_relative``, ``object_determiners``)."""

from __future__ import annotations

import re

from dragoman.language.normalize import normalize_for_match
from dragoman.language.rules import LanguageRules
from dragoman.quotes.lexicon import Lexicon, Word

# An inflected adjective ("die neue …"): after a relative-looking article it opens a noun
# phrase, which may be content ("…, die neue Regel gelte ab Mai").
_ADJECTIVE_FORM = re.compile(r"\w+(?:e|en|er|es|em)")
# "ob" opens reported questions ("fragte, ob …"), which are content.
_QUESTION_WORD = "ob"


_KEYS: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}


def _keys(rules: LanguageRules) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(object determiners, comma relatives, subordinators) of a pack, folded; cached per pack."""
    if rules.code not in _KEYS:
        def fold(words: tuple[str, ...]) -> frozenset[str]:
            return frozenset(normalize_for_match(w) for w in words)

        _KEYS[rules.code] = (fold(rules.object_determiners), fold(rules.comma_relatives),
                             fold(rules.subordinators) - {_QUESTION_WORD})
    return _KEYS[rules.code]


def object_inside(first: Word, lex: Lexicon) -> bool:
    """The first word of what sits inside a separable cue is an object's ("den Mann")."""
    return first.key in _keys(lex.rules)[0]


def relative_after_object(text: str, ws: list[Word], n: int, k: int, gap: bool,
                          lex: Lexicon) -> bool:
    """Content would start at word ``n`` after a comma, ``k`` the first word after the cue,
    ``gap`` whether an object or phrase stands between: a relative or purpose clause instead."""
    if n <= 0 or n >= len(ws):
        return False
    _, relatives, subordinators = _keys(lex.rules)
    comma = "," in text[ws[n - 1].end:ws[n].start]
    key = ws[n].key
    if comma and gap and key in relatives and n + 1 < len(ws) and not (
            ws[n + 1].text[:1].isupper() or _ADJECTIVE_FORM.fullmatch(ws[n + 1].key)):
        return True  # "kündigte neue Hilfen an, die im Mai …"
    if comma and gap and lex.rules.capitalised_nouns and key in subordinators:
        return True  # "hielt die Tür fest, damit …"
    return (lex.rules.complementizer_relative and ws[n - 1].key in lex.complementizers
            and n - 2 >= k and "," in text[ws[n - 2].end:ws[n - 1].start]
            and text[ws[k - 1].end:ws[n - 1].start].count(",") == 1)  # "bromeó con la prensa, que"


def subordinator(key: str, lex: Lexicon) -> bool:
    """``key`` (a folded word) is one of the pack's ``subordinators`` (not "ob"): after a
    parenthetical cue it opens a clause of its own ("…, officials said, though critics …",
    "…, sagte X, obwohl …"; not "and": "…, they say, and the billionaire has not …").
    """
    return key in _keys(lex.rules)[2]
