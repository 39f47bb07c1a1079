"""A one-word "person" nothing in the article marks as one founds no person (issue 14, pool A,
59 English pages: 35 of the 45 learned one-word persons outside a list of children's names were
no person: platforms and firms ("Twitter", "Netflix", "Centrelink", "Penguin"), places ("Madeira",
"Bangalore", "Kinglassie"), products and words of a heading ("Excel", "Toolbox", "Develop",
"Magazine", "Master")). NER types a lone capitalised word a person when it knows nothing else
about it; a real person named by one word is nearly always marked: a title or honorific before
it or a speech verb after it (``titles.cued_one_words``), a given name the lists know, or the
first or last word of a full name the article writes ("Marmorato" beside "Kristy Marmorato"), a
personal pronoun later in its sentence ("Sunniva painted the mural with her students"), a role
noun right before it ("singer Pink", ``titles.person_role_before``), or a list it shares with a
one-word person the rule leaves ("Pitt and Jolie"; review of this rule: 8 of its 15 misfires
on 246 review probes were these and "faith in Baker", read as a place).

An entity of the knowledge base, and a learned one the archive knows by a longer name (a
surname alone, reached through its full name), are left alone: only an entity learned from
one-word writings only, in an article that writes it one way only and never marks it, loses
its mentions here (they stay in the text, unlinked: an analyst sees no wrong person). Its cost:
a real person named once by a bare surname or a stage name ("Neymar" in a list of guests) is
not shown either; the audit counts such a person as a missed referent, not a wrong entity."""

from __future__ import annotations

import re

from dragoman.entities.frequentwords import frequent_ranks
from dragoman.entities.kb import name_key
from dragoman.entities.linkdoc import Doc
from dragoman.entities.memory import LEARNED_PREFIX, Memory
from dragoman.entities.nameclass import given_name_keys
from dragoman.entities.titles import person_role_before
from dragoman.language.en_names import LIST_CONJUNCTIONS, PERSONAL_PRONOUNS
from dragoman.language.en_trustwords import TRUST_BEFORE_IN
from dragoman.model import Mention

# Languages whose pages were read for this rule (pool A's English pages); other languages'
# NER marks persons differently (German capitalises every noun) and keep their one-word persons.
LANGUAGES = frozenset({"en"})
# Characters read after a mention for a personal pronoun of its sentence (a sentence's length,
# set by hand: bounded, so the look stays linear in the article).
PRONOUN_WINDOW = 200
_PRONOUN = re.compile(r"\b(?:" + "|".join(sorted(PERSONAL_PRONOUNS)) + r")\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")
# Rank below which a word of the language's frequent-word list is an everyday word ("peace",
# "magazine", "twitter"): the list leaves out every word the training sets write in persons'
# names ("drake", "walker" are not in it). Set by hand, twice ``openingwords.OPENING_RANK_MAX``
# (a noun or a brand, not only a sentence's opening word), not tuned.
EVERYDAY_RANK_MAX = 10000
# Prepositions that put a place right after them ("in Madeira", "near Kinglassie"); a
# possessive after the name ("in Drake's song") makes it a person's again, and so does a word of
# trust or interest before "in" ("faith in Baker": ``TRUST_BEFORE_IN``).
_PLACE_BEFORE = re.compile(r"(?:(\w+)[ \u00a0]+)?\b(?:in|near)[ \u00a0]+$", re.IGNORECASE)
# What stands between two members of one list of names ("Pitt and Jolie", "Hill, Chase and Lamb").
_LIST_GAP = re.compile(r"\s*,\s*(?:(?:" + "|".join(map(re.escape, sorted(LIST_CONJUNCTIONS)))
                       + r")\s+)?|\s+(?:" + "|".join(map(re.escape, sorted(LIST_CONJUNCTIONS)))
                       + r")\s+", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’](?:s\b|(?!\w))")


def unmarked_one_word_people(doc: Doc, memory: Memory) -> Doc:
    """``doc``, each learned one-word person nothing marks as a person unlinked (in place)."""
    if doc.language not in LANGUAGES:
        return doc
    name_words: set[str] = set()  # first and last words of the article's full person names
    for m in doc.mentions:
        if m.label == "PER" and len(words := name_key(m.text).split()) > 1:
            name_words.update((words[0], words[-1]))
    keys: dict[str, set[str]] = {}  # learned person -> the keys the article writes it by
    marked: set[str] = set()
    placed: set[str] = set()  # keys written right after a place's preposition
    for m in doc.mentions:
        entity = m.entity_id
        if entity is None or not entity.startswith(LEARNED_PREFIX):
            continue
        key = name_key(m.text)
        keys.setdefault(entity, set()).add(key)
        if _placed(doc.text, m.start, m.end):
            placed.add(key)
        if (m.label != "PER" or m.role or id(m) in doc.derived or _pronoun_after(doc.text, m.end)
                or person_role_before(doc.text, m.start)):  # "singer Pink", "actor Pitt"
            marked.add(entity)
    given = given_name_keys()
    unmarked: set[str] = set()
    for entity, written in keys.items():
        if entity in marked or len(written) != 1:
            continue
        key = next(iter(written))
        if " " in key or not key or key in doc.cued or key in given or key in name_words:
            continue
        if not (_everyday(key, doc.language) or key in placed):
            continue  # a rare word: a stage name or a surname as likely as anything else
        if name_key(memory.display.get(entity, "")) not in ("", key):
            continue  # the archive knows it by another (a longer) name
        unmarked.add(entity)
    unmarked -= _listed_with_people(doc.text, doc.mentions, unmarked)
    for m in doc.mentions:
        if m.entity_id in unmarked:
            m.entity_id, m.reason = None, ""
    return doc


def _listed_with_people(text: str, mentions: list[Mention], unmarked: set[str]) -> set[str]:
    """The entities of ``unmarked`` listed beside a one-word person this rule leaves ("Pitt and
    Jolie", "Hill, Chase and Lamb"): one list of surnames names one kind of thing. A longer
    name vouches for nothing ("Allows Word, Excel"), nor does a name before a possessive, which
    qualifies the noun after it ("Ikanone and Levels' chef")."""
    out: set[str] = set()
    ordered = sorted((m for m in mentions if m.label == "PER" and " " not in m.text.strip()
                      and not _possessive(text, m.end)), key=lambda m: m.start)
    group: list[Mention] = []
    for m in [*ordered, None]:
        if m is not None and group and _LIST_GAP.fullmatch(text, group[-1].end, m.start):
            group.append(m)
            continue
        if any(g.entity_id not in unmarked for g in group):
            out.update(g.entity_id for g in group if g.entity_id in unmarked)
        group = [m] if m is not None else []
    return out


def _pronoun_after(text: str, end: int) -> bool:
    """Whether a personal pronoun follows ``end`` in its sentence ("… with her students")."""
    window = text[end : end + PRONOUN_WINDOW]
    if (stop := _SENTENCE_END.search(window)) is not None:
        window = window[: stop.start()]
    return _PRONOUN.search(window) is not None


def _everyday(key: str, language: str | None) -> bool:
    """Whether the lower-case word is an everyday word of the language (``EVERYDAY_RANK_MAX``)."""
    rank = frequent_ranks(language or "").get(key)
    return rank is not None and rank < EVERYDAY_RANK_MAX


def _placed(text: str, start: int, end: int) -> bool:
    """Whether a place's preposition stands right before ``start``, after no word of trust
    (``TRUST_BEFORE_IN``), and no possessive follows."""
    found = _PLACE_BEFORE.search(text, max(0, start - 40), start)
    return (found is not None and (found.group(1) or "").casefold() not in TRUST_BEFORE_IN
            and not _possessive(text, end))


def _possessive(text: str, end: int) -> bool:
    """Whether a possessive follows the name ending at ``end`` ("Drake's", "Levels' chef"; a
    bare apostrophe only after an "s", else it closes a quotation)."""
    found = _POSSESSIVE_AFTER.match(text, end)
    return found is not None and (len(found.group(0)) > 1 or text[end - 1 : end] in ("s", "S"))
