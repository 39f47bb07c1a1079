"""Learned names that NER cut at a known name opening them (issue 14).

Arabic NER tags "واشنطن" of "مجلة واشنطن إكزامنر" (the Washington Examiner) alone, and the
knowledge base links it to the city; the English report taught "Washington Examiner". A
mention linked to a knowledge-base entity becomes the learned entity of another script
whose name opens with a name of that entity ("Washington": the link vouches for the first
words, whose skeletons may differ, SNGTN ~ واشنطن SNTN) and goes on with the words right
after the mention, each spelled alike (``spotrules.spelled_alike``: consonant skeleton, short
words with their vowels), when

* the learned name has more words than the mention (the known name is only its opening);
* no word after the mention carries the article ال (an Arabic word, not a spelled name) or
  stands after a line break, and, outside a person's name, not all of them are everyday Arabic
  words (the known name and prose after it: ``spotrules.everyday_after_known_name``);
* every mention the longer span overlaps lies inside it and is unlinked or linked to the
  knowledge base (a learned entity named there is left alone);
* exactly one learned entity fits, and the article shares as many linked entities with its
  earlier articles as spotting asks (``spotrules.SPOT_CONTEXT_MIN``), the replaced
  mentions' entities not counted: the evidence that finds a learned name NER missed.

Only people, organisations and places are looked for, names of at most ``WIDER_WORDS_MAX``
words, and other mentions only within ``OVERLAP_REACH`` characters, so each mention costs a
bounded look.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from dragoman.entities.crossscript import Word, name_words
from dragoman.entities.kb import name_key
from dragoman.entities.linkdoc import Doc
from dragoman.entities.memory import LEARNED_PREFIX, Memory
from dragoman.entities.spotrules import (
    ARABIC_ARTICLE,
    SPOT_CONTEXT_MIN,
    SPOT_SCORE,
    everyday_after_known_name,
    spelled_alike,
)
from dragoman.entities.transliterate import NAME_SCRIPTS, name_script
from dragoman.model import EntityType, Mention

# Most words of a learned name looked for over a cut mention: longer names are rare, and the
# bound keeps the look per mention constant. Not calibrated.
WIDER_WORDS_MAX = 5
_SCORED = ("PER", "ORG", "LOC")
# Characters either side of a mention within which other mentions are checked for overlap
# with the wider name (longer than any name of WIDER_WORDS_MAX words): bounds the look.
OVERLAP_REACH = 200


def spot_over_cut(memory: Memory, doc: Doc) -> None:
    """Widen each knowledge-base mention that opens a learned name of another script written
    in full in the text (see the module)."""
    if not memory.cross.by_first or not doc.spans:
        return
    linked = {m.entity_id for m in doc.mentions if m.entity_id}
    token_at = {a: i for i, (a, _) in enumerate(doc.spans)}
    ordered = sorted(doc.mentions, key=lambda m: (m.start, m.end))
    starts = [m.start for m in ordered]
    firsts: dict[tuple[str, str], set[str]] = {}  # per article: a name recurs
    wider: list[Mention] = []
    for mention in ordered:
        found = mention.entity_id
        i = token_at.get(mention.start)
        if (found is None or found.startswith(LEARNED_PREFIX) or i is None
                or (wider and mention.start < wider[-1].end)):
            continue
        lo, hi = mention.start - OVERLAP_REACH, mention.start + OVERLAP_REACH
        near = ordered[bisect_left(starts, lo) : bisect_left(starts, hi)]
        hit = _wider_name(memory, doc, i, mention, linked, firsts, near)
        if hit is not None:
            entity_id, start, end = hit
            label: EntityType = memory.types[entity_id]  # type: ignore[assignment]
            wider.append(Mention(start, end, doc.text[start:end], label, entity_id, SPOT_SCORE, "spotted"))
    if not wider:
        return
    wider_starts = [w.start for w in wider]
    doc.mentions[:] = [m for m in doc.mentions if not _overlaps(m, wider, wider_starts)]
    for mention in wider:
        doc.add(mention)


def _overlaps(mention: Mention, wider: list[Mention], starts: list[int]) -> bool:
    """Whether ``mention`` overlaps one of ``wider`` (sorted, apart; ``starts``: theirs)."""
    k = bisect_right(starts, mention.end - 1) - 1
    return k >= 0 and wider[k].end > mention.start


def _wider_name(memory: Memory, doc: Doc, i: int, mention: Mention, linked: set[str],
                firsts: dict[tuple[str, str], set[str]], near: list[Mention]) -> tuple[str, int, int] | None:
    """(learned entity, start, end) of the one learned name of another script that opens with
    a name of ``mention``'s knowledge-base entity (its words from token ``i``) and goes on with
    the words the tokens after the mention spell, longer than ``mention``; None when none or
    several do."""
    cross, kb, found = memory.cross, memory.kb, mention.entity_id
    if kb is None or found is None or found not in kb.entities:
        return None
    here = name_script(doc.keys[i])
    k = i
    while k < len(doc.spans) and doc.spans[k][0] < mention.end:
        k += 1
    if (found, here) not in firsts:
        entity = kb.entities[found]
        firsts[found, here] = _first_skeletons_of(entity.names.values(), entity.aliases, here)
    wanted: dict[str, None] = {}
    for key in firsts[found, here]:
        for script in NAME_SCRIPTS:
            if script != here:
                wanted.update(cross.by_first.get(f"{script}:{key}", {}))
    hits: dict[str, tuple[int, int]] = {}
    for entity_id in wanted:
        if memory.types.get(entity_id) not in _SCORED:
            continue
        for alias in cross.aliases.get(entity_id, ()):
            script, words = name_script(alias), alias.split()
            if script == here or not k - i < len(words) <= WIDER_WORDS_MAX:
                continue
            if found not in kb.by_key.get(name_key(" ".join(words[: k - i])), ()):
                continue  # its opening words are no name of the mention's entity
            rest = name_words(" ".join(words[k - i :]))
            end = _spelled_end(doc, k, rest, (here, script)) if len(rest) == len(words) - (k - i) else None
            # not the known name and Arabic prose after it ("لندن ألف")
            if end is not None and _replaceable(near, mention.start, end) and not everyday_after_known_name(
                    memory, entity_id, doc.text[doc.spans[k][0] : end].split(), opening_known=True):
                hits.setdefault(entity_id, (mention.start, end))
    if len(hits) != 1:
        return None
    entity_id, (start, end) = next(iter(hits.items()))
    shared = cross.context(entity_id) & linked
    shared -= {m.entity_id for m in near if m.entity_id and m.start < end and m.end > start}
    if len(shared) < SPOT_CONTEXT_MIN:
        return None
    return entity_id, start, end


def _first_skeletons_of(names: Iterable[str], aliases: Iterable[str], script: str) -> set[str]:
    """The first word's skeleton of each name of a knowledge-base entity in another script
    than ``script`` (learned names opening with that name are indexed by it)."""
    out = set()
    for name in (*names, *aliases):
        if name_script(name) != script and (words := name_words(name)):
            out.add(words[0][0])
    return out


def _spelled_end(doc: Doc, k: int, words: tuple[Word, ...], scripts: tuple[str, str]) -> int | None:
    """The end of the tokens from ``k`` spelling ``words`` one by one, else None."""
    if not words or k + len(words) > len(doc.spans):
        return None
    for n, word in enumerate(words):
        j = k + n
        if (doc.breaks[j] or doc.text.startswith(ARABIC_ARTICLE, doc.spans[j][0]) or not doc.keys[j]
                or not spelled_alike(doc.keys[j], word, False, scripts)):
            return None
    return doc.spans[k + len(words) - 1][1]


def _replaceable(near: list[Mention], start: int, end: int) -> bool:
    """Whether every mention of ``near`` overlapping ``start:end`` lies inside it, unlinked or
    linked to the knowledge base."""
    return all(m.start >= start and m.end <= end
               and (m.entity_id is None or not m.entity_id.startswith(LEARNED_PREFIX))
               for m in near if m.start < end and m.end > start)
