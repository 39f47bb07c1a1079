"""Organisation names Arabic translates word by word, every word (issue 14).

A learned English organisation whose words are all common words ("World Health
Organization", "Ministry of Defence", "Select Committee on Artificial Intelligence") is
written in an Arabic translation with no spelled word at all: "منظمة الصحة العالمية",
"وزارة الدفاع", "لجنة محددة للذكاء الاصطناعي". ``crossscript.translated_pattern`` needs a
spelled rest, so such names met no Arabic mention and became two unrelated entities.

``whole_translation`` gives such a name the same kind of pattern (``crossscript.Translated``)
with no spelled words: the Arabic words of its head noun (``ar_orgwords.BODY_HEADS``: the last
English word, or the one before "of"/"for"/"on"), which Arabic writes first, then one set of
Arabic stems per other word (``ar_orgwords.NAME_WORDS``), in any order, since Arabic puts
genitives before adjectives and reverses adjective chains. ``whole_end`` reads such a name in
an Arabic text from its head: each following word must be a different one of those words
(read without glued ل/ب/و and the article, and without a final ة and nisba ي: الدفاعية ~
دفاع), with at most ``LINKS_MAX`` prepositions between; the name ends when every word is
read, its last word carries the article (else it is in construct with the next word: "وزارة
صحة الحيوان"), and a further word of the table that is no nationality ("وزارة الدفاع الوطني"
holds one more word than "Ministry of Defence"), an adjective with the article, "العام"
("general", unless "the year": "العام الماضي"), or a وال…/لل… word makes it another, longer
name ("جهاز الأمن العام", "المجلس الأعلى للقضاء"). Every English word must be
in the table, and there must be at least ``WORDS_MIN`` of them: "Ministry of Health" and
"Ministry of Defence", "National Bank" and "National Guard" stay apart because every word
counts. The spotting itself (``contextspot.spot_translated``) asks the article's context as for
other translated names.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from dragoman.entities.kb import token_key
from dragoman.language import ar, ar_orgwords

if TYPE_CHECKING:
    from dragoman.entities.linkdoc import Doc

# Fewest English words (besides "of", "the" ...) of a name read this way: one translated word
# alone ("البرلمان", "الشرطة") is a common noun, not a name. A bound, not calibrated.
WORDS_MIN = 2
# Most prepositions a translation writes between the words of one name ("لجنة الأمن الوطني
# حول الذكاء الاصطناعي"). A bound, not calibrated.
LINKS_MAX = 2

Slots = tuple[frozenset[str], ...]


def stem(key: str) -> str:
    """A folded Arabic word (``token_key``) without a final ة (folded ه) and nisba ي, so that
    the noun, the adjective and its feminine meet: دفاع, دفاعي, الدفاعية; a ي only where four
    letters are left (وطني stays, as its feminine الوطنية does)."""
    if len(key) > 2 and key.endswith("ه"):
        key = key[:-1]
    if len(key) > 4 and key.endswith("ي"):  # not ولاي(ة) "state" to ولا "nor"
        key = key[:-1]
    return key


# Stems of table words that also name a time ("العام الماضي", last year), so no longer name.
_ALSO_TIME = frozenset(token_key(w) for w in ar_orgwords.ALSO_TIME_WORDS)

@lru_cache(maxsize=1 << 14)  # per Arabic token read after a head: words recur
def word_stems(piece: str) -> frozenset[str]:
    """The stems of a text word, as written and without each glued proclitic."""
    from dragoman.entities.memory import proclitic_variants  # memory imports crossscript, which imports this

    return frozenset(stem(token_key(variant)) for _, variant in proclitic_variants(piece))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], frozenset[str], frozenset[str]]:
    """(head word -> its Arabic ``token_key``s, word -> its Arabic stems (heads too), every
    stem of the table, the stems of nationality adjectives)."""
    heads = {w: frozenset(token_key(a) for a in forms) for w, forms in ar_orgwords.BODY_HEADS.items()}
    words = {w: frozenset(" ".join(stem(token_key(p)) for p in a.split()) for a in forms)
             for table in (ar_orgwords.BODY_HEADS, ar_orgwords.NAME_WORDS) for w, forms in table.items()}
    every = frozenset(s for stems in words.values() for s in stems if " " not in s)
    nations = frozenset(stem(token_key(w)) for w in (*ar.DEMONYMS, *ar.DEMONYM_PLURALS) if " " not in w)
    return heads, words, every, nations


def _english(word: str) -> str:
    """An English word of a name, lower case, without a possessive and in the singular when
    the table has the singular ("Projects", "Magistrates'")."""
    word = word.casefold().strip(".,\"“”()")
    for ending in ("'s", "’s", "'", "’"):
        if word.endswith(ending):
            word = word[: -len(ending)]
    words = _tables()[1]
    if word not in words and len(word) > 3 and word.endswith("s"):
        for singular in (word[:-3] + "y" if word.endswith("ies") else "", word[:-1]):
            if singular in words:
                return singular
    return word


@lru_cache(maxsize=1 << 14)
def whole_translation(name: str) -> tuple[Slots, tuple[()]] | None:
    """The pattern of a Latin name whose every word Arabic translates (see the module): the
    head's Arabic keys first, then one set of stems per other word; no spelled words. None
    when a word is not in the table, the head is no body noun, or the name is too short."""
    words = [_english(w) for w in name.split()]
    content = [(k, w) for k, w in enumerate(words) if w not in ar_orgwords.ENGLISH_LINKS]
    if len(content) < WORDS_MIN:
        return None
    heads, table, _, _ = _tables()
    cut = next((k for k, w in enumerate(words) if w in ar_orgwords.ENGLISH_HEAD_ENDS and k > 0), len(words))
    before = [c for c in content if c[0] < cut]
    if not before or any(w not in table for _, w in content):
        return None
    head = before[-1]
    if head[1] not in heads:
        return None
    return (heads[head[1]], *(table[w] for c, w in content if c != head[0])), ()


def _read(doc: Doc, j: int, slot: frozenset[str]) -> int:
    """How many tokens from ``j`` spell one form of ``slot`` (stems, a two-word form's joined by
    a space; the longest first), or 0."""
    for form in sorted(slot, key=lambda f: -f.count(" ")):
        parts = form.split()
        k = j + len(parts)
        if k <= len(doc.spans) and not any(doc.breaks[j + 1 : k]) and all(
                part in word_stems(doc.text[doc.spans[t][0] : doc.spans[t][1]])
                for t, part in enumerate(parts, start=j)):
            return len(parts)
    return 0


def whole_end(doc: Doc, i: int, slots: Slots) -> int | None:
    """The end of a name whose head is token ``i`` (already matched) and whose other words
    are ``slots`` (``whole_translation``), read as the module says; else None."""
    left = list(slots[1:])  # slots[0]: the head, token i
    links, j = 0, i + 1
    while left:
        if j >= len(doc.spans) or doc.breaks[j]:
            return None
        hit = next(((k, n) for k, slot in enumerate(left) if (n := _read(doc, j, slot))), None)
        if hit is not None:
            del left[hit[0]]
            j += hit[1]
        elif doc.text[doc.spans[j][0] : doc.spans[j][1]] in ar_orgwords.ARABIC_LINKS and links < LINKS_MAX:
            links, j = links + 1, j + 1
        else:
            return None
    if not _token(doc, j - 1).startswith(ar_orgwords.DEFINITE_OPENINGS) or not _closes(doc, j):
        return None
    return doc.spans[j - 1][1]


def _token(doc: Doc, j: int) -> str:
    return doc.text[doc.spans[j][0] : doc.spans[j][1]]


def _closes(doc: Doc, j: int) -> bool:
    """Whether a name read up to token ``j`` (excluded) ends there: token ``j`` makes no longer
    name of it (see the module; ``ar_orgwords`` says why each word does)."""
    if j >= len(doc.spans) or doc.breaks[j]:
        return True
    _, _, every, nations = _tables()
    word = _token(doc, j)
    if word.startswith((ar_orgwords.COORDINATED_OPENING, ar_orgwords.COMPLEMENT_OPENING)):
        return False
    if word == ar_orgwords.YEAR_WORD:
        return j + 1 < len(doc.spans) and _token(doc, j + 1) in ar_orgwords.YEAR_QUALIFIERS
    after = word_stems(word)
    adjective = word.startswith(ar.RULES.definite_article) and word.endswith(ar_orgwords.ADJECTIVE_ENDINGS)
    return not (adjective or after & every) or bool(after & nations) or token_key(word) in _ALSO_TIME
