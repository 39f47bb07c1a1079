"""Page-level evidence that a German one-word mention is a common noun (issue 15, third pass).

The WikiANN-trained tagger takes many capitalised German nouns for names with confidence
("die Lunge", "im Keller", "der Konferenz"), and the learned common-word list
(``ner-de.common.txt.gz``) cannot hold every noun of the news. A common noun in the singular
almost always stands behind a determiner, while a name is also written bare ("bei Google",
"Google hat", "Deutsche Telekom"). So a one-word mention behind a determiner is dropped when
no occurrence of the word on the page, inside a sentence, stands bare: each one follows an
article, another determiner, a number or a lower-case inflected adjective ("die russische
Kleptokratie"). Known places ("die Ukraine"), given names and compounds ending in an
institution, place or landmark word ("des Robert-Koch-Instituts") stay: the caller's ``keep``;
so do compounds ending in a natural feature's word ("der Bielersee", "das Mittelmeer") and
names of bodies ("der Europarat", "die Bundeswehr"; ``germanwords.body_name``). A mention
not typed a person is dropped too, wherever it stands, when the page writes its word once at
least behind a determiner no name takes ("eine", "seine", "die neue": ``common_cue``).
Seed-KB names and German territory names (``germanknown``: "der Kreml", "den Niederlanden")
and the rivers and regions of the places list ("die Elbe", "im Allgäu") are kept by ``keep``;
other names a page writes behind their article only ("die Lufthansa") are lost: a list learned
from unlabelled pages (words mostly written bare), WikiANN's one-word names and a proper-noun
shape (no noun suffix, not listed) each kept far more common nouns than names.

Words cut by a soft hyphen ("Groß\\u00adbritannien", the tagger's "Groß") are joined first:
``whole_words``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from dragoman.entities import germanpage, germanwords
from dragoman.entities.germanwords import WORDS
from dragoman.entities.spanshape import FUNCTION_WORDS
from dragoman.language.de_nouns import INFLECTED_ADJECTIVE
from dragoman.language.functionwords import inflected_adjective as inflected_adjective  # read by quote rules
from dragoman.model import Mention

SOFT_HYPHEN = "\u00ad"
_TOKEN = re.compile(r"[^\W\d_]+(?:[-\u00ad][^\W\d_]+)*|\d+|[^\w\s]")
_NOUN_WORD = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜa-zäöüß][a-zäöüß]+)*$")
_ADJECTIVE = INFLECTED_ADJECTIVE
_WORD_PART = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
# Lower-case words looked back over for a determiner ("die neue russische" Politik). Set by hand.
MAX_ADJECTIVES = 2
# Characters read back for the words before a mention.
LOOK_BACK = 60


def whole_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions that end or start at a soft hyphen inside a word grown to the whole word
    ("Groß" of "Groß\\u00adbritannien"); the caller judges the joined word."""
    out = []
    for m in mentions:
        start, end = m.start, m.end
        while end < len(text) and text[end] == SOFT_HYPHEN and (part := _WORD_PART.match(text, end + 1)):
            end = part.end()
        while start > 0 and text[start - 1] == SOFT_HYPHEN and (before := _word_ending(text, start - 1)) >= 0:
            start = before
        out.append(m if (start, end) == (m.start, m.end)
                   else replace(m, start=start, end=end, text=text[start:end]))
    return out


def _word_ending(text: str, end: int) -> int:
    """Where the letters ending ``text[:end]`` start (what ``re.search(r"[^\\W\\d_]+$",
    text[:end])`` finds, a final line break allowed after them), or -1; reads back over that
    word only, so a page of soft hyphens stays linear."""
    stop = end - 1 if end > 0 and text[end - 1] == "\n" else end
    start = stop
    while start > 0 and _LETTER.match(text[start - 1]):
        start -= 1
    return start if start < stop else -1


def plain(word: str) -> str:
    """A word without its soft hyphens."""
    return word.replace(SOFT_HYPHEN, "")


def tokens(text: str) -> list[str]:
    """Words (soft hyphens kept inside), numbers and punctuation marks of ``text``."""
    return _TOKEN.findall(text)


# Pages whose tokens stay read: the entities and quote stages of one article ask for the same
# text, and a worker handles one article at a time.
PAGES_KEPT = 4


@dataclass(frozen=True)
class Page:
    """A page's tokens (``tokens``) and where each word stands among them."""

    words: list[str]
    where: dict[str, list[int]]

    @classmethod
    def of(cls, text: str) -> Page:
        """The page of ``text``, read once: the quote stage asks once per quotation."""
        return _read_page(text)


@lru_cache(maxsize=PAGES_KEPT)
def _read_page(text: str) -> Page:
    words = tokens(text)
    where: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        where.setdefault(word, []).append(i)
    return Page(words, where)


def occurrence_kinds(page: Page, word: str) -> Iterable[str]:
    """How each sentence-internal occurrence of ``word`` on the ``page`` stands (``standing``);
    sentence openers, words after punctuation or a quote, give no evidence."""
    for i in page.where.get(word, []):
        if i > 0 and page.words[i - 1][:1].isalnum():
            yield standing(page.words[max(0, i - MAX_ADJECTIVES - 1):i])


def standing(before: list[str]) -> str:
    """``det`` for a word whose ``before`` tokens end in a determiner, a number or lower-case
    inflected adjectives ("die neue russische" Politik, "mit neuer" Lunge: names take no
    adjective), else ``bare``. Past-tense verbs look like adjectives ("kaufte", "hatten") and
    auxiliaries like one ("haben"): neither is a cue; superlatives are ("der jüngste"). Nor are
    prepositions and adverbs of that shape ("gegen Schalke", "wieder"), nor a verb in "-en"
    right after a capitalised word, the second place of a clause ("Am Samstag spielen Schalke")."""
    for k, previous in enumerate(reversed(before)):
        low = previous.lower()
        if low in germanwords.ARTICLE_CUES or previous.isdigit():
            return "det"
        if (k >= MAX_ADJECTIVES or not previous.islower() or low in FUNCTION_WORDS
                or low in germanwords.VERB_FORMS or low in germanwords.ADJECTIVE_LOOKALIKES
                or (low.endswith(WORDS.past_endings) and not low.endswith(WORDS.superlative_endings))
                or _second_place_verb(before[:len(before) - k])):
            return "bare"
        if _ADJECTIVE.match(previous):
            return "det"
    return "bare"


def _second_place_verb(words: list[str]) -> bool:
    """Whether the last of ``words`` is a verb in "-en" after a capitalised word that is no
    determiner nor adjective ("Samstag spielen"; not "Neue russische", "Die neuen")."""
    if len(words) < 2 or not words[-1].endswith("en"):
        return False
    before = words[-2]
    return (before[:1].isupper() and before.lower() not in germanwords.ARTICLE_CUES
            and not _ADJECTIVE.match(before.lower()))


def prepared(text: str, mentions: list[Mention], keep: Callable[[str], bool],
             common: Callable[[str], bool]) -> list[Mention]:
    """The tagger's ``mentions`` with soft-hyphen cuts joined, noun phrases (``germannouns``)
    shaped, then article-only nouns dropped (also those a cut left: "Der Ratgeber im
    Überblick"), before the rest of ``germanspans``."""
    from dragoman.entities.germannouns import noun_phrases

    return determined_nouns(text, noun_phrases(text, whole_words(text, mentions), common, keep), keep)


def _feature_name(word: str) -> bool:
    """A compound ending in a natural feature word ("Bielersee"; "See" alone is a noun)."""
    return (germanwords.has_head(word, WORDS.feature_heads)
            and word.lower() not in WORDS.feature_heads)


def determined_nouns(text: str, mentions: list[Mention],
                     keep: Callable[[str], bool]) -> list[Mention]:
    """``mentions`` without the one-word ones whose word stands behind a determiner wherever
    it occurs on the page (this mention behind one too), nor those not typed a person whose word
    the page writes once at least behind a determiner no name takes (``common_cue``: "eine",
    "seine", "die neue"), the module docstring."""
    page: Page | None = None
    out = []
    for m in mentions:
        word = m.text
        if (_NOUN_WORD.match(plain(word)) and text[m.start - 1:m.start].isspace()
                and not _feature_name(word) and not germanwords.body_name(word)
                and not keep(word)):
            page = page if page is not None else Page.of(text)
            before = tokens(text[max(0, m.start - LOOK_BACK):m.start])[-MAX_ADJECTIVES - 1:]
            own = bool(before) and before[-1][:1].isalpha() and standing(before) == "det"
            if own and not _page_answer(text, page, word, "bare"):
                continue
            if m.label != "PER" and _page_answer(text, page, word, "cue"):
                continue
        out.append(m)
    return out


def _page_answer(text: str, page: Page, word: str, question: str) -> bool:
    """Whether the page writes ``word`` once at least bare (``question`` "bare") or behind a
    ``common_cue`` ("cue"): read off the page once per word, not once per mention of it."""
    memo, key = germanpage.page_memo(text), ("germanarticle", question, word)
    if key not in memo:
        memo[key] = ("bare" in occurrence_kinds(page, word) if question == "bare"
                     else common_cue(page, word))
    return memo[key]


def common_cue(page: Page, word: str) -> bool:
    """Whether ``word`` stands once at least behind a determiner names do not take: an
    indefinite, possessive or quantifying one ("eine Lunge", "seine Ärzte"), or an article
    and an inflected adjective ("die neue Lunge"; "die Ukraine" alone is no such cue)."""
    words = page.words
    for i in page.where.get(word, []):
        if i < 2:
            continue
        previous = words[i - 1].lower()
        if previous in germanwords.NAMELESS_CUES:
            return True
        if (_ADJECTIVE.match(words[i - 1]) and previous not in FUNCTION_WORDS
                and words[i - 2].lower() in germanwords.ARTICLE_CUES):
            return True
    return False
