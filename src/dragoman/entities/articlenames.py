"""One-word person names read against the full names of their own article (``linking``'s step
4): a word of a full name linked earlier in the article is that person before it is anyone the
archive learned from another article.

* ``name_words``: the words of the article's linked full person names, by key and skeleton
  (its surnames and later words: "Stoltenberg" of "Jens Stoltenberg");
* ``surnames_alone``: such a surname written alone where NER missed it ("وانضمت إلى
  ستولتنبرج");
* ``join_article_names`` (issue 14, NTREX): a one-word person mention that a look-up, a cut or
  a new name linked to a learned entity, though it is a word of the one full name of this
  article holding it that was written before it ("كيم" after "كيم جونج أون", whose family name
  comes first; "Kim" after "Kim Jong Un"), takes that person: in-article evidence beats a name
  the archive learned elsewhere, in any script.
"""

from __future__ import annotations

import re

from dragoman.entities.docentities import trim_start
from dragoman.entities.kb import name_key, name_skeleton, token_key
from dragoman.entities.linkdoc import Doc
from dragoman.entities.memory import ARABIC, LEARNED_PREFIX, SKELETON_NEAR_MIN, proclitic_variants
from dragoman.entities.textscan import DETECTED_SCORE
from dragoman.entities.titles import article_noun
from dragoman.entities.transliterate import skeleton
from dragoman.model import Mention

# Shortest surname (letters) looked for alone in the text once its full name has appeared.
SURNAME_MIN = 4
_LATIN_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")
# A Latin word in lower case inside a name: a conjunction or particle ("Kim and Trump").
_LOWER_WORD = re.compile(r"(?<!\S)[a-zß-ÿ]+(?!\S)")
# Reasons of a one-word link that an article's own full name overrides: a learned name found
# by look-up, by a cut of two names, or founded here (never a KB link or a referent's).
_LEARNED_REASONS = frozenset({"archive-name", "archive-surname", "split", "new"})

Words = dict[str, set[str]]


def name_words(doc: Doc) -> tuple[Words, Words]:
    """(word key -> entity ids, skeleton -> entity ids) of the words after the first of the
    article's linked full person names (not derived mentions)."""
    words: Words = {}
    skeletons: Words = {}
    for m in doc.mentions:
        if m.label == "PER" and m.entity_id and id(m) not in doc.derived:
            for key in name_key(m.text).split()[1:] or ():
                words.setdefault(key, set()).add(m.entity_id)
                skel = name_skeleton(key)
                if len(skel) >= SKELETON_NEAR_MIN:
                    skeletons.setdefault(skel, set()).add(m.entity_id)
    return words, skeletons


def surnames_alone(doc: Doc, words: Words, skeletons: Words) -> None:
    """Add a mention for each capitalised (or Arabic) word of ``SURNAME_MIN`` letters or more
    that NER missed and that is a surname of exactly one person of the article."""
    for i, (a, b) in enumerate(doc.spans if words else ()):
        if len(doc.keys[i]) < SURNAME_MIN or doc.covered(a, b):
            continue
        piece = doc.text[a:b]
        # "die Personen": a German noun behind its article is no surname
        if not (ARABIC.match(piece) or _LATIN_UPPER.match(piece)) or article_noun(
                doc.text, a, doc.language):
            continue
        for shift, variant in proclitic_variants(piece):
            key = token_key(variant)
            ids = words.get(key) or skeletons.get(skeleton(key))
            if ids and len(ids) == 1:
                doc.add(Mention(a + shift, b, piece[shift:], "PER", next(iter(ids)), DETECTED_SCORE,
                                "article-surname"))
                break


FullNames = dict[str, tuple[int, set[str]]]


def full_name_words(doc: Doc) -> FullNames:
    """Word key -> (start of its first full name, entity ids) over every word of the article's
    linked full person names (not derived mentions; none holding a Latin word in lower case)."""
    first: FullNames = {}
    for m in doc.mentions:
        if not (entity := m.entity_id):
            continue
        for key in full_person_words(doc, m):
            start, ids = first.get(key, (m.start, set()))
            first[key] = (min(start, m.start), ids | {entity})
    return first


def full_person_words(doc: Doc, m: Mention) -> list[str]:
    """The word keys of ``m`` when it is a person's full name NER tagged (linked or not yet);
    [] when it is not one."""
    words = name_key(m.text).split()
    if m.label != "PER" or len(words) < 2 or id(m) in doc.derived or _LOWER_WORD.search(m.text):
        return []  # "Kim and Trump", two names NER ran together, is no one's full name
    return words


def article_person(first: FullNames, m: Mention) -> str | None:
    """The one person of ``first`` whose full name, written before ``m``, holds the one word of
    ``m`` (a proclitic tried off: "بكيم"); ``m`` is trimmed to that word."""
    for shift, variant in proclitic_variants(m.text):
        key = name_key(variant)
        start, ids = first.get(key, (m.start, set())) if " " not in key else (m.start, set())
        if len(ids) == 1 and start < m.start:
            trim_start(m, shift)
            return next(iter(ids))
    return None


def join_article_names(doc: Doc) -> None:
    """Relink one-word person mentions linked to a learned entity to the article's one earlier
    full name holding the word (module docstring)."""
    first = full_name_words(doc)
    for m in doc.mentions if first else ():
        if (m.label != "PER" or not (m.entity_id or "").startswith(LEARNED_PREFIX)
                or m.reason not in _LEARNED_REASONS or id(m) in doc.derived):
            continue
        found = article_person(first, m)
        if found is not None and found != m.entity_id:
            m.entity_id, m.reason = found, "referent"
