"""A site, a blog, a paper or a platform that NER types as a person (issue 14, the analyst
pool): a one-word name that the article writes after a noun of a medium's texts and its
preposition in ``MEDIUM_CUES_MIN`` places or more ("an article in Healthline", "a post on
Verfassungsblog"; the packs' ``medium_phrases``) and never as a person's is an organisation
(the entity audit's convention: media and platforms are ORG). Read by ``referentvote.vote``
once it has a referent's type.

Only such phrases count: a bare preposition takes people too ("confidence in Ruiz", "a foul on
Ruiz", "a story on Ruiz"), and a possessive after the name is no cue ("an article in Ruiz's
book"). Kept as they are: a referent written with a name of
two words or more (a person's full name: "Lena Ruiz … in Ruiz"), a given name alone ("in
Kim"), a name the knowledge base knows or that a head word types (``products.guarded_referent``), and
one with person evidence: an honorific, a title, an age, or a gendered pronoun later in a
form's sentence ("on Ruiz, as she …"). A speech verb is none: media report ("Healthline
reported").

Typed a place or a person, also a medium (``media_named``, the pool A audit: "Wales Online",
"Wikipedia" and "Spokesman-Review" typed places): a name of two words or more closing with a
publication's or a broadcaster's word of the article's language (its pack's
``medium_name_heads``: "Harbour Post", "Ulster TV", "Neue Presse"; not "Times Square", nor the
German inn "Alte Post"), or of another pack's after a known place ("Kyiv Independent" in a German
article), that the knowledge base types no place or person ("Czech Republic")
and whose head no guard's word comes before ("Trading Post", "Obere Presse"; a place's head word in front is
none: "Valley Chronicle"); typed a person, not after a given name ("Emily Post") and only after
"the" or a known place ("the Fairbank Sentinel", "Devon Live"; "Zoltan Post" is a person's); a
site's address ("Ticketmaster.ie"); and a one-word place no gazetteer knows written
``MEDIUM_CUES_MIN`` times after a platform's phrase or before its texts' noun
(``MEDIUM_PLACE_CUES_*``: "articles on Wikipedia", "Wikipedia editors"), one at least other
than "access to" (a town's too). "A study in Kenya", "access to Gaza" and "Glenrothes readers"
stay places. Narrowed on review: a two-word name after a place's prefix word ("Lake Mirror",
``MEDIUM_PLACE_PREFIXES``) is none, nor a person's before a family's noun ("the Kwabena Post
estate"); cues a town takes too ("articles on", "X videos", ``MEDIUM_PLACE_WEAK_CUES``) count
only beside a platform's, unless a possessive makes them its own ("Wikipedia's articles")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys, head_type
from dragoman.entities.packwords import every_pack, every_pack_in_order
from dragoman.entities.products import guarded_referent, occurrences, pronoun_after
from dragoman.language import en_entities as en

if TYPE_CHECKING:
    from dragoman.entities.referentvote import Form, KbType
    from dragoman.language.rules import LanguageRules

# Places a one-word name is written after a medium's phrase before it is a medium: one place
# may be a phrase about a person ("a post on Ruiz"). Set by hand, not tuned; the analyst
# pool's "Healthline" and "Verfassungsblog" have 2 such places each.
MEDIUM_CUES_MIN = 2
# Characters before a name searched for a medium's phrase; set by hand, over the longest
# phrase of the packs' ``medium_phrases`` and its spaces.
_LOOKBACK = 40
# A citation after the name ("in Lindqvist (2004)", "in Brockhurst (ed.)"): an author, no medium.
_CITATION = re.compile(r"\s*\((?:\d{4}|eds?\.)")
# Characters that join the name to a longer one on either side ("O'Brien", "Al-Healthline").
_NAME_JOINERS = "'’-"
_NAME_GOES_ON = re.compile(r"[\w'’-]")


@lru_cache(maxsize=1)
def _phrase_before() -> re.Pattern[str]:
    phrases = every_pack_in_order(lambda w: w.medium_phrases)
    words = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases) or "(?!)"
    return re.compile(rf"(?<!\w)(?i:{words})\s+$")


def medium_referent(forms: list[Form], text: str, kind: str, kb_type: KbType | None,
                    pack: LanguageRules | None = None) -> bool:
    """Whether a referent typed PER, or by its names one typed LOC, is a medium all the same
    (module docstring); ``pack``: the article's language pack, whose medium heads count."""
    if kind in ("PER", "LOC") and forms and media_named(forms, kind, text, kb_type, pack):
        return True
    if kind != "PER" or not forms or not text:
        return False
    if any(len(f.words) != 1 for f in forms):
        return False
    head = forms[0]
    if guarded_referent(head, kb_type) or head.words[0] in given_name_keys():
        return False
    if any(f.honorific or f.aged or f.titled or pronoun_after(text, f.mention.end) for f in forms):
        return False
    names = {f.mention.text for f in forms}
    return sum(_medium_cues(text, name) for name in names) >= MEDIUM_CUES_MIN


def _medium_cues(text: str, name: str) -> int:
    """How many times ``name`` stands alone after a medium's phrase, with no possessive after it."""
    count = 0
    for start in occurrences(text, name):  # no word character before (bounded, no pattern per name)
        end = start + len(name)
        if (start and text[start - 1] in _NAME_JOINERS) or _NAME_GOES_ON.match(text, end):
            continue
        opened = _phrase_before().search(text[max(0, start - _LOOKBACK) : start]) is not None
        count += opened and not _CITATION.match(text, end)
    return count


# Words of a name, a hyphen splitting them too ("Spokesman-Review"); a possessive cut off.
_NAME_WORDS = re.compile(r"[^\s\-‐–]+")
_POSSESSIVE = re.compile(r"['’]s?$")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_SITE_ADDRESS = re.compile(r"[A-Za-z0-9][\w-]*(?:\.[a-z]{2,}){1,2}")


def media_named(forms: list[Form], kind: str, text: str, kb_type: KbType | None,
                pack: LanguageRules | None = None) -> bool:
    """Whether a referent typed a place or a person is a medium by its names or, a place, by
    the platform's phrases around them (module docstring); a name by the medium heads of the
    article's ``pack`` (``medium_heads``)."""
    heads = medium_heads(pack)
    if any(f.honorific or f.aged or f.titled for f in forms):
        return False
    if all(_site_address(f.mention.text) for f in forms):
        return True
    if all(_publication_name(f.mention.text, kind, kb_type, heads) for f in forms):
        return kind != "PER" or any(_article_before(text, f.mention.start)
                                    and not _person_noun_after(text, f.mention.end) for f in forms) or (
            kb_type is not None and kb_type(_NAME_WORDS.findall(forms[0].mention.text)[0], True) == "LOC")
    return kind == "LOC" and bool(text) and _platform_place(forms, text, kb_type)


def _site_address(name: str) -> bool:
    """A site written by its address ("Ticketmaster.ie", "Foodnest.org")."""
    if not _SITE_ADDRESS.fullmatch(name) or not name[:1].isupper():
        return False
    return name.rsplit(".", 1)[1] in en.SITE_DOMAIN_ENDINGS


def medium_heads(pack: LanguageRules | None) -> frozenset[str]:
    """The last words of a medium's name in the article's language: its pack's
    ``medium_name_heads`` ("Post" in English, not in German: "Alte Post" is an inn); every
    pack's where the language has no pack or is unknown (another pack's after a known place
    too: ``_medium_head``)."""
    return pack.entity_words.medium_name_heads if pack is not None else _every_medium_head()


@lru_cache(maxsize=1)
def _every_medium_head() -> frozenset[str]:
    return every_pack(lambda w: w.medium_name_heads)


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Words before a head that make a place's or an inn's name ("Trading Post", "Obere Presse")."""
    return en.MEDIUM_HEAD_NOT_AFTER | every_pack(lambda w: w.medium_place_words)


def _medium_head(words: list[str], heads: frozenset[str], kb_type: KbType | None) -> bool:
    """Whether the name's last word closes a medium's name: one of the article's ``heads``, or
    another pack's after a known place ("Laut Kyiv Independent", "le Jerusalem Post": papers
    of other countries are cited by their own names; "Obere Post", "Monte Mail" are no place's
    paper). Narrowed on review."""
    head = words[-1].casefold()
    if head in heads:
        return True
    return (head in _every_medium_head() and kb_type is not None
            and kb_type(words[0], True) == "LOC")


def _publication_name(name: str, kind: str, kb_type: KbType | None, heads: frozenset[str]) -> bool:
    """A publication's or broadcaster's name of two words or more (module docstring)."""
    words = [_POSSESSIVE.sub("", w) for w in _NAME_WORDS.findall(name)]
    if len(words) < 2 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    if not _medium_head(words, heads, kb_type) or words[-2].casefold() in _place_words():
        return False
    if len(words) == 2 and words[0].casefold() in en.MEDIUM_PLACE_PREFIXES:
        return False
    if kind == "PER" and token_key(words[0]) in given_name_keys():
        return False
    return kb_type is None or kb_type(name, True) not in ("LOC", "PER")


def _article_before(text: str, start: int) -> bool:
    """Whether a definite article stands right before ``start`` ("the Fairbank Sentinel")."""
    before = text[max(0, start - _LOOKBACK) : start]
    words = before.split()
    return before[-1:].isspace() and bool(words) and words[-1].casefold() in en.MEDIUM_NAME_ARTICLES


def _person_noun_after(text: str, end: int) -> bool:
    """Whether a noun making the name a person's modifier follows it ("the Kwabena Post estate")."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1) in en.MEDIUM_PERSON_NOUNS_AFTER


@lru_cache(maxsize=1)
def _place_cue_before() -> re.Pattern[str]:
    cues = sorted(en.MEDIUM_PLACE_CUES_BEFORE)
    words = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in cues)
    return re.compile(rf"(?<!\w)(?i:{words})\s+$")


@lru_cache(maxsize=1)
def _place_cue_after() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(en.MEDIUM_PLACE_CUES_AFTER))
    return re.compile(rf"(['’]s)?\s+({words})\b")


def _platform_place(forms: list[Form], text: str, kb_type: KbType | None) -> bool:
    """Whether a one-word place no gazetteer knows is written as a platform's (module docstring)."""
    if any(len(f.mention.text.split()) != 1 for f in forms) or kb_type is None:
        return False
    names = {_POSSESSIVE.sub("", f.mention.text) for f in forms}
    if any(kb_type(n, True) is not None or head_type(n) is not None for n in names):
        return False
    cues = weak = 0
    for name in names:
        for start in occurrences(text, name):
            end = start + len(name)
            if (start and text[start - 1] in _NAME_JOINERS) or (
                    _NAME_GOES_ON.match(text, end) and not _POSSESSIVE_AFTER.match(text, end)):
                continue
            before = _place_cue_before().search(text[max(0, start - _LOOKBACK) : start])
            after = _place_cue_after().match(text, end)
            cue = (" ".join(before.group().split()) if before is not None
                   else after.group(2) if after is not None else None)
            owned = after is not None and after.group(1) is not None and cue in en.MEDIUM_PLACE_OWN_TEXTS
            if cue is not None and cue.casefold() in _weak_cues() and not owned:
                weak += 1
            else:
                cues += cue is not None
    return cues >= 1 and cues + weak >= MEDIUM_CUES_MIN


@lru_cache(maxsize=1)
def _weak_cues() -> frozenset[str]:
    return frozenset(c.casefold() for c in en.MEDIUM_PLACE_WEAK_CUES)
