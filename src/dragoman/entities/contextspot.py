"""Learned names NER missed, found in another script's text when the article's context
agrees (``crossscript``): the Arabic translation of an English report writes "كاني ويست"
untagged, while naming two entities the English report named beside Kanye West.

Only learned entities named before with at least ``SPOT_CONTEXT_MIN`` of the article's
linked entities are looked for (``SPOT_CONTEXT_MIN_SHORT`` for names of fewer than
``crossscript.SHORT_KEY`` consonant classes, ``SPOT_CONTEXT_MIN`` again for a place the text
introduces with a settlement word, "مدينة بالو"), each by the words of one of its names in
another script: every word's consonant skeleton equal; for words of fewer than
``spotrules.SHORT_WORD`` classes the vowels too (Swami ~ سوامي, never سمع), and a one-word name of
fewer than ``spotrules.STRONG_WORD`` classes writes no vowel in Arabic the Latin name lacks (Robin ~
روبن, BST is not بسيطة). An Arabic word with the article ال is no transliterated name
(الإنجليزي, الشرقية). Only people, organisations and places are looked for; names
already linked in the article, or overlapping a linked mention, are left alone; unlinked
mentions of NER inside the name found give it their place.

Organisations and places whose name Arabic translates word by word are looked for as a
whole (``spot_translated``): "Baton Rouge Police Department" is "إدارة شرطة باتون روج", its
translated words (``crossscript.translated_pattern``) in Arabic order, the first perhaps with
a glued proclitic, then each spelled word agreeing with its English one, with the same
context; such a name may hold mentions only inside it ("باتون روج", the city, is then part
of the department's name, as in the English text).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from dragoman.entities.arabicword import everyday_word, settlement_before
from dragoman.entities.crossscript import SHORT_KEY, Translated, Word, name_words
from dragoman.entities.cutspot import spot_over_cut
from dragoman.entities.gluedspot import spot_glued
from dragoman.entities.kb import token_key
from dragoman.entities.linkdoc import Doc
from dragoman.entities.memory import Memory, letter_name, proclitic_variants, vowel_letter_name
from dragoman.entities.spelledrun import EVERYDAY_LETTERS
from dragoman.entities.spotrules import (
    ARABIC_ARTICLE,
    SPOT_CONTEXT_MIN,
    SPOT_CONTEXT_MIN_SHORT,
    SPOT_SCORE,
    everyday_after_known_name,
    spelled_alike,
)
from dragoman.entities.transliterate import NAME_SCRIPTS, name_script, skeleton
from dragoman.entities.wholetranslated import whole_end
from dragoman.language.scripts import ARABIC, LATIN
from dragoman.model import EntityType, Mention

# A one-word name of fewer than crossscript.SHORT_KEY classes is looked for only with this
# many letters in its vowelled skeleton (Swami ``SVMV`` ~ سوامي; not Kim ``KVM``), written
# with the same vowels (``spelled_alike``), and never as an everyday Arabic word.
ONE_WORD_VOWELLED_MIN = 4

# (-words, entity id, words, script, entities of the article its context must share)
Candidate = tuple[int, str, tuple[Word, ...], str, int]


def spot_in_context(memory: Memory, doc: Doc) -> None:
    """Add mentions (reason ``spotted``) of learned entities of the article's context that
    NER missed, written in another script than the entity's known names. First, a KB link
    this stage corrects: a first name taken for a place (``first_names_before_surnames``);
    and KB names inside Arabic words run together (``gluedspot``)."""
    if memory.kb is not None:
        spot_glued(memory.kb, doc)
    first_names_before_surnames(memory, doc)
    linked = {m.entity_id for m in doc.mentions if m.entity_id}
    if not linked:
        return
    spot_over_cut(memory, doc)  # learned names NER cut at a known name ("واشنطن" of إكزامنر)
    linked = {m.entity_id for m in doc.mentions if m.entity_id}
    if memory.cross.translated:
        spot_translated(memory, doc, linked)
    if not memory.cross.by_first:
        return
    forms = _candidate_forms(memory, doc, linked)
    if not forms:
        return
    cross = memory.cross
    for listed in forms.values():
        listed.sort()
    found: set[str] = set()
    for i, (a, b) in enumerate(doc.spans):
        if not doc.keys[i] or doc.occupied[a]:
            continue
        candidates = [f for k in _first_skeletons(doc.text[a:b], doc.keys[i]) for f in forms.get(k, ())]
        if not candidates:
            continue
        here = name_script(doc.keys[i])
        for _, entity_id, words, script, needed in sorted(candidates):
            if entity_id in found or here == script:
                continue
            hit = _match_at(doc, i, words, (here, script))
            if hit is not None and everyday_after_known_name(memory, entity_id,
                                                             doc.text[slice(*hit)].split()[1:]):
                continue  # a known name and Arabic prose after it ("لندن ألف" is no London Life)
            needed = _needed_at(memory, doc, entity_id, hit, len(words), needed)
            # the context last: read from the store for a name the text writes
            if hit is not None and len(cross.context(entity_id) & linked) >= needed:
                start, end = hit
                if doc.covered(start, end):  # NER's unlinked pieces of the name (``_free``)
                    doc.mentions[:] = [m for m in doc.mentions if not (m.start < end and m.end > start)]
                label: EntityType = memory.types[entity_id]  # type: ignore[assignment]
                doc.add(Mention(start, end, doc.text[start:end], label, entity_id, SPOT_SCORE, "spotted"))
                found.add(entity_id)
                break


# More than any article's linked entities: a found name that no context makes a name.
_NEVER = 1 << 30


def _needed_at(memory: Memory, doc: Doc, entity_id: str, hit: tuple[int, int] | None, words: int,
               needed: int) -> int:
    """The linked entities of the context that a name of ``words`` words found at ``hit``
    needs: none makes a one-word name an everyday word of the text (``_everyday_spot``); a
    place the text introduces with a settlement word ("مدينة بالو") needs ``SPOT_CONTEXT_MIN``."""
    if hit is None:
        return needed
    if words == 1 and _everyday_spot(doc.text[slice(*hit)], needed):
        return _NEVER
    if memory.types.get(entity_id) == "LOC" and settlement_before(doc.text, hit[0]):
        return min(needed, SPOT_CONTEXT_MIN)
    return needed


def _everyday_spot(word: str, needed: int) -> bool:
    """Whether a one-word name found as ``word`` is an everyday word of the text (صواريخ,
    missiles, is not Zorica), which no context makes a name."""
    return everyday_word(word)


def _candidate_forms(memory: Memory, doc: Doc, linked: set[str]) -> dict[str, list[Candidate]]:
    """The names, by the skeleton of their first word, of the learned entities not in
    ``linked`` with a name in another script whose first word the article may write, each
    with the entities of ``linked`` its context must share (``SPOT_CONTEXT_MIN``...)."""
    cross = memory.cross
    wanted: dict[str, None] = {}
    for i, (a, b) in enumerate(doc.spans):
        if not doc.keys[i] or doc.occupied[a]:
            continue
        here = name_script(doc.keys[i])
        for k in _first_skeletons(doc.text[a:b], doc.keys[i]):
            for script in NAME_SCRIPTS:
                if script != here:
                    wanted.update(cross.by_first.get(f"{script}:{k}", {}))
    forms: dict[str, list[Candidate]] = {}
    for entity_id in wanted:
        if entity_id in linked or memory.types.get(entity_id) not in ("PER", "ORG", "LOC"):
            continue
        for alias in cross.aliases.get(entity_id, ()):
            words = name_words(alias)
            classes = sum(len(s) for s, _ in words)
            if classes < 2 or (len(words) == 1 and classes < SHORT_KEY
                               and len(words[0][1]) < ONE_WORD_VOWELLED_MIN):
                continue
            needed = SPOT_CONTEXT_MIN_SHORT if classes < SHORT_KEY else SPOT_CONTEXT_MIN
            name = (-len(words), entity_id, words, name_script(alias), needed)
            forms.setdefault(words[0][0], []).append(name)
    return forms


def _first_word_readings(word: str) -> tuple[tuple[int, str], ...]:
    """``proclitic_variants``, and a short word without its و or ف ("وجو": and Joe), which
    those keep whole lest a short name lose its first letter; here the other words of the
    name must agree too."""
    readings = proclitic_variants(word)
    if len(word) >= 3 and word[0] in "وف" and all(s != 1 for s, _ in readings):
        return (*readings, (1, word[1:]))
    return readings


@lru_cache(maxsize=1 << 16)  # per Arabic token: words recur
def _reading_keys(piece: str) -> tuple[tuple[int, str], ...]:
    """``(shift, token_key)`` of each reading of a text word (``_first_word_readings``)."""
    return tuple((shift, token_key(variant)) for shift, variant in _first_word_readings(piece))


@lru_cache(maxsize=1 << 16)  # per token of every article with candidates: words recur
def _first_skeletons(piece: str, key: str) -> frozenset[str]:
    """Skeletons a text word (``key``: its ``token_key``) may open a name with: as written and
    without each proclitic reading."""
    return frozenset(skeleton(token_key(v) if shift else key) for shift, v in _first_word_readings(piece))


def _match_at(doc: Doc, i: int, words: tuple[Word, ...], scripts: tuple[str, str]) -> tuple[int, int] | None:
    """``(start, end)`` of ``words`` spelled by the tokens from ``i`` (the first one perhaps
    with a proclitic: وكاني; a middle initial perhaps written on one side only: ``_initial``),
    when no mention covers them; else None."""
    alone, j = len(words) == 1, i + 1
    for word in words[1:]:
        if j < len(doc.spans) and _initial(doc.keys[j]) and not doc.breaks[j] and (
                len(word[1]) == 1 or not (spelled_alike(doc.keys[j], word, alone, scripts)
                                          or _everyday_consonant(doc, j))):
            # a middle initial ("إيه" of "ديونيسيو إيه ليند"; the name's own "J"); one the
            # name lacks is no everyday word ("كريم إن صالح": Karim said that Saleh ...)
            j += 1
            if len(word[1]) == 1:
                continue
        if (j >= len(doc.spans) or doc.breaks[j]
                or doc.text.startswith(ARABIC_ARTICLE, doc.spans[j][0])
                or not spelled_alike(doc.keys[j], word, alone, scripts)):
            return None
        j += 1
    a, b = doc.spans[i]
    for shift, variant in _first_word_readings(doc.text[a:b]):
        if variant.startswith("ال"):
            continue  # the article: an Arabic word, not a transliterated name
        if spelled_alike(token_key(variant) if shift else doc.keys[i], words[0], alone, scripts):
            start, end = a + shift, doc.spans[j - 1][1]
            return (start, end) if _free(doc, start, end) else None
    return None


def _everyday_consonant(doc: Doc, j: int) -> bool:
    """Whether text word ``j`` names a consonant letter and is an everyday word too (إن
    "that", N): no initial of a name that has none there. A vowel's name ("إيه", A) may
    be, since the name's words never hold its vowel initial (``vowel_letter_name``)."""
    return not vowel_letter_name(doc.keys[j]) and everyday_word(doc.text[slice(*doc.spans[j])])


def _initial(key: str) -> bool:
    """Whether a text word (its ``token_key``) is a Latin initial ("A" of "A.") or the Arabic
    name of a Latin letter ("إيه", "جيه"; not one that is also an everyday word, في "in"),
    which a name may write between its words or not."""
    return (letter_name(key) and key not in EVERYDAY_LETTERS) or (len(key) == 1 and key.isalpha())


def _free(doc: Doc, start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps no mention but NER's unlinked pieces of it: "فو لي" of
    "كاي فو لي" (Kai-Fu Lee), its first word cut off, which the whole name then replaces."""
    if not doc.covered(start, end):
        return True
    return not any(m.entity_id or m.start < start or m.end > end
                   for m in doc.mentions if m.start < end and m.end > start)


def first_name_of_next(memory: Memory, doc: Doc, mention: Mention,
                       person: Callable[[str], str | None],
                       by_start: dict[int, Mention] | None = None) -> str | None:
    """The learned person whose name the one-word ``mention`` opens, NER having cut it off
    the surname written right after it ("كريج" before "هالكيت", Craig Halkett): the next
    mention, one space on, is linked to that person (or its name finds the person:
    ``person``, as a surname alone is looked up later), and one of the person's full names in
    another script opens with a word this one spells, consonants and vowels
    (``_first_name_fits``). Else None. ``by_start``: the article's mentions by start (the
    first of each), for a caller asking of every mention."""
    word = mention.text.strip()
    if " " in word or not word or doc.text[mention.end : mention.end + 1] != " ":
        return None
    here = name_script(word)
    if by_start is not None:
        nxt = by_start.get(mention.end + 1)
    else:
        nxt = next((m for m in doc.mentions if m.start == mention.end + 1), None)
    if nxt is None:
        return None
    after = nxt.entity_id or person(nxt.text)
    if after is None or not after.startswith("x-") or memory.types.get(after) != "PER":
        return None
    for alias in memory.cross.aliases.get(after, ()):
        script = name_script(alias)
        words = name_words(alias)
        if script != here and len(words) >= 2 and _first_name_fits(word, alias.split()[0], words[0],
                                                                  (here, script)):
            return after
    return None


def first_names_before_surnames(memory: Memory, doc: Doc) -> None:
    """A one-word mention linked to a knowledge-base place or organisation right before a
    learned person's surname is that person's first name when it spells one of the person's
    first names in another script (``first_name_of_next``): "أوريول" before "جونكيراس" is
    Oriol Junqueras's first name, not the city Oryol (the KB look-up came first)."""
    by_start: dict[int, Mention] = {}
    for m in doc.mentions:
        by_start.setdefault(m.start, m)
    for mention in doc.mentions:
        if (mention.entity_id is None or mention.entity_id.startswith("x-")
                or mention.label == "PER" or " " in mention.text.strip()):
            continue
        found = first_name_of_next(memory, doc, mention, lambda text: _learned_person(memory, text),
                                   by_start)
        if found is not None:
            mention.entity_id, mention.label, mention.reason = found, "PER", "archive-name"


def _learned_person(memory: Memory, text: str) -> str | None:
    """The one learned person a one-word name is in the archive: by its key (the one person
    with that surname, else the entity of that key), else by its consonant skeleton in
    another script (جونكيراس ~ Junqueras)."""
    word = text.strip()
    key = token_key(word) if word and " " not in word else ""
    if not key:
        return None
    people = memory.surnames.get(key, {})
    if len(people) == 1:
        return next(iter(people))
    if key in memory.by_key:
        return memory.by_key[key]
    here, skel = name_script(word), skeleton(key)
    found = {i for other in NAME_SCRIPTS if other != here
             for i in memory.short.get(f"{other}:{skel}", ()) if memory.types.get(i) == "PER"}
    return found.pop() if len(found) == 1 else None


def _first_name_fits(word: str, other: str, skeleton_of_other: Word, scripts: tuple[str, str]) -> bool:
    """Whether ``word`` spells the first name ``other`` of another script: the same consonant
    skeleton, the vowelled skeletons fit (``spelled_alike``), and the vowel letters Arabic
    writes are among the Latin name's vowels in order (جون is no Jane, كريج is Craig)."""
    if not spelled_alike(token_key(word), skeleton_of_other, False, scripts):
        return False
    arabic, latin = (word, other) if scripts[0] == ARABIC else (other, word)
    return _marks_fit(_vowel_letters(arabic), _latin_vowel_runs(latin))


# Vowel sounds by class: what an Arabic long vowel letter writes, what a Latin vowel letter
# or a run of two writes in English spelling (Dean, Craig: i; Joan, Paul: u or a).
_ARABIC_VOWELS = {"ا": "a", "آ": "a", "أ": "a", "ى": "a", "و": "u", "ي": "i"}
_LATIN_VOWELS = {"a": "a", "e": "i", "i": "i", "y": "i", "o": "u", "u": "u"}
_LATIN_DIGRAPHS = {"ea": "i", "ee": "i", "ie": "i", "ei": "i", "ey": "i", "ai": "i", "ay": "i",
                   "oo": "u", "ou": "u", "oa": "u", "ue": "u", "au": "au", "aw": "au"}  # fmt: skip


def _vowel_letters(arabic: str) -> list[str]:
    """The classes of each run of long vowel letters an Arabic word writes after its first
    letter ("مايكل": ["ai"], the diphthong)."""
    marks: list[str] = []
    last = False
    for c in arabic[1:]:
        mark = _ARABIC_VOWELS.get(c)
        if mark is not None and last:
            marks[-1] += mark
        elif mark is not None:
            marks.append(mark)
        last = mark is not None
    return marks


def _latin_vowel_runs(latin: str) -> list[str]:
    """The classes each run of vowel letters of a Latin word may sound as ("Craig": ["i"],
    "Dan": ["a"])."""
    runs: list[str] = []
    for run in re.findall("[aeiouy]+", latin.casefold()):
        runs.append(_LATIN_DIGRAPHS.get(run, "".join(_LATIN_VOWELS[c] for c in run)))
    return runs


def _marks_fit(marks: list[str], runs: list[str]) -> bool:
    """Whether each vowel the Arabic word writes meets a later Latin vowel run of its class, in
    order (Arabic leaves short vowels out): دان is Dan, not Dean; جون is John, not Jane."""
    i = 0
    for mark in marks:
        while i < len(runs) and not set(mark) & set(runs[i]):
            i += 1
        if i == len(runs):
            return False
        i += 1
    return True


def spot_translated(memory: Memory, doc: Doc, linked: set[str]) -> None:
    """Add mentions (reason ``spotted``) of learned organisations and places of the
    article's context with a name Arabic translates word by word (``CrossScript.translated``)
    that NER missed in an Arabic text."""
    cross = memory.cross
    found: set[str] = set()
    for i, (a, b) in enumerate(doc.spans):
        if not doc.keys[i] or name_script(doc.keys[i]) != ARABIC:
            continue
        for shift, key in _reading_keys(doc.text[a:b]):
            for entity_id, pattern in cross.translated.get(key, {}).items():
                if (entity_id in found or entity_id in linked
                        or memory.types.get(entity_id) not in ("ORG", "LOC")):
                    continue
                start, end = a + shift, _translated_end(doc, i, pattern)
                if end is None or not _holds(doc, start, end):
                    continue
                if len(cross.context(entity_id) & linked) < SPOT_CONTEXT_MIN:
                    continue
                doc.mentions[:] = [m for m in doc.mentions if not (m.start < end and m.end > start)]
                label: EntityType = memory.types[entity_id]  # type: ignore[assignment]
                doc.add(Mention(start, end, doc.text[start:end], label, entity_id, SPOT_SCORE, "spotted"))
                found.add(entity_id)


def _translated_end(doc: Doc, i: int, pattern: Translated) -> int | None:
    """The end of the name ``pattern`` whose first translated word is token ``i`` (already
    matched), or None."""
    heads, rest = pattern
    if not rest:  # a name translated whole (``wholetranslated``)
        return whole_end(doc, i, heads)
    n = len(heads) + len(rest)
    if i + n > len(doc.spans) or any(doc.breaks[k] for k in range(i + 1, i + n)):
        return None
    if any(doc.keys[k] not in keys for k, keys in enumerate(heads[1:], start=i + 1)):
        return None
    # a spelled word after a translated head may take the article, as a common noun in Arabic
    # does there ("وادي السيليكون", Silicon Valley; "ملعب الاتحاد", Etihad Stadium)
    if any(not spelled_alike(doc.keys[k], word, len(rest) == 1, (ARABIC, LATIN))
           for k, word in enumerate(rest, start=i + len(heads))):
        return None
    return doc.spans[i + n - 1][1]


def _holds(doc: Doc, start: int, end: int) -> bool:
    """Whether every mention overlapping ``start:end`` lies inside it."""
    return all(m.start >= start and m.end <= end
               for m in doc.mentions if m.start < end and m.end > start)
