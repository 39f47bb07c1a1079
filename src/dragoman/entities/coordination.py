"""Spans NER ran over two entities, cut in two before linking (issue 14).

Two people joined by a conjunction: "Elena Varga et Paul Varga", "Lina Osei and Daniel Brandt",
"Jan Kroll und Eva Sander". A span is cut in two at a list conjunction of any language pack
(``LanguageRules.list_conjunctions``) when each side is a full name of capitalised words and
the right side is a person's: it opens with a known given name, or NER called the span a person
and both sides end with the same surname (relatives: "Foo Bar et de Baz Bar"); neither side holds
an organisation's or place's head word ("Harbour Trust and Daniel Okafor Foundation"). Names of
organisations and places that hold a conjunction ("Bosnia and Herzegovina", "Department of
Housing and Urban Development", "Marks and Spencer") have a one-word side, a lower-case word or
no given name after the conjunction, and stay whole.

An organisation or place of two words or more, a title, then a person ("Harlow County Sheriff
Tom Baxter", "Red Cross spokesman Daniel Brandt", "U.S. District Court Judge Ann Lee"): cut
before the title, which stays with the person (``referents`` keeps it as the person's role).
The title is the first title word of any pack (``nameclass.title_keys``), no honorific ("Dr."),
after at least two words that are none ("Former President Ann Lee" stays whole; one word before
a title is the role's: "Trade Adviser"); two or three capitalised words without an
organisation's or place's head word follow it ("UN General Assembly" is no person).
"""

from __future__ import annotations

from functools import lru_cache

from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys, head_keys, title_keys
from dragoman.entities.spanshape import NAME_PARTICLES
from dragoman.entities.tokenize import tokenize
from dragoman.language.rules import all_rules
from dragoman.model import EntityType, Mention

# Lower-case words that may follow the conjunction before the second name ("et de", "and of").
_LINKING_WORDS = frozenset({"de", "d'", "of", "von", "van"})
# Fewest words of each side: a given name and a surname.
SIDE_WORDS_MIN = 2
# Most words of a person's name after a title (given names, surname), and of each side of a
# coordination.
TITLED_NAME_MAX = 3
# Fewest words before a title for them to name an organisation or place: one word before a
# title belongs to the title ("Trade Adviser", "Texas Governor": ``referents`` keeps it in the
# person's role).
ORGANISATION_WORDS_MIN = 2
# Score of the part before a title: under ``linking.LEARN_MIN_SCORE``, so that it founds no
# new entity (the linker imports this module, so the value is kept here).
DOUBTFUL_SCORE = 0.45


@lru_cache(maxsize=1)
def _office_keys() -> frozenset[str]:
    """Token keys of every pack's titles and role words that are no honorific: an honorific
    ("Dr.") after a word says nothing of it ("Nationalparkleiter Dr. Ann Lee")."""
    honorifics = {token_key(w) for rules in all_rules() for w in rules.honorifics}
    return frozenset(k for k in title_keys() if k not in honorifics)


@lru_cache(maxsize=1)
def _conjunctions() -> frozenset[str]:
    return frozenset(w for rules in all_rules() for w in rules.list_conjunctions if " " not in w)


def coordinated_parts(text: str, person: bool = False) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``((start, end), (start, end))`` of the two names in a span that joins two people with a
    conjunction (see the module docstring); None when it is not such a span. ``person``: NER
    tagged the span as a person, the only case where a shared last word is evidence enough
    (of places and clubs it is a head: "North Dakota and South Dakota", "Real Madrid and
    Atletico Madrid")."""
    if text.count(" ") < 2 * SIDE_WORDS_MIN:
        return None  # too few words (a quick test: most spans are one or two words)
    spans = tokenize(text)
    if len(spans) < 2 * SIDE_WORDS_MIN + 1:
        return None
    words = [text[a:b] for a, b in spans]
    conjunctions = _conjunctions()
    for k, word in enumerate(words):
        if word not in conjunctions:
            continue
        r = k + 1
        while r < len(words) and words[r] in _LINKING_WORDS:
            r += 1
        left, right = words[:k], words[r:]
        if not (SIDE_WORDS_MIN <= len(left) <= TITLED_NAME_MAX
                and SIDE_WORDS_MIN <= len(right) <= TITLED_NAME_MAX):
            return None
        keys = [token_key(w) for w in (*left, *right)]
        if not all(w[:1].isupper() for w in (*left, *right)) or any(k in head_keys() for k in keys):
            return None
        same_surname = person and keys[len(left) - 1] == keys[-1]
        if not same_surname and keys[len(left)] not in given_name_keys():
            return None
        return (0, spans[k - 1][1]), (spans[r][0], len(text))
    return None


def titled_parts(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``((start, end), (start, end))`` of the organisation or place and of the titled person
    in a span that runs them together (see the module docstring); None when it does not."""
    least = ORGANISATION_WORDS_MIN + 1 + SIDE_WORDS_MIN
    if text.count(" ") < least - 1:
        return None
    spans = tokenize(text)
    if len(spans) < least:
        return None
    words = [text[a:b] for a, b in spans]
    keys = [token_key(w) for w in words]
    titles, offices = title_keys(), _office_keys()
    first = next((k for k, key in enumerate(keys) if key in titles), None)
    if first is not None and keys[first] not in offices:
        return None
    if first is None or first < ORGANISATION_WORDS_MIN or not words[0][:1].isupper():
        return None
    if not words[first - 1][:1].isupper() or not all(
            w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words[:first]):
        return None
    end = first
    while end < len(words) and keys[end] in titles:
        end += 1
    name = words[end:]
    if not SIDE_WORDS_MIN <= len(name) <= TITLED_NAME_MAX or not (
            name[0][:1].isupper() and name[-1][:1].isupper()
            and all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in name)):
        return None
    if any(key in head_keys() for key in keys[end:]):
        return None
    return (0, spans[first - 1][1]), (spans[first][0], len(text))


def split_joined(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each unlinked span naming two people (``coordinated_parts``) or an
    organisation and a titled person (``titled_parts``) replaced by two mentions; the others as
    they are."""
    out: list[Mention] = []
    for m in mentions:
        if m.entity_id is not None:
            out.append(m)
            continue
        parts = coordinated_parts(m.text, m.label == "PER")
        labels: tuple[EntityType, EntityType] = ("PER", "PER")
        scores = (m.score, m.score)
        if parts is None:
            parts = titled_parts(m.text)
            labels = ("ORG" if m.label == "PER" else m.label, "PER")
            # what stands before a title may be a descriptor ("Hochschulseelsorger
            # Monsignore"): it may name a known entity, never found a new one
            scores = (min(m.score, DOUBTFUL_SCORE), m.score)
        if parts is None:
            out.append(m)
            continue
        for (a, b), label, score in zip(parts, labels, scores, strict=True):
            out.append(Mention(m.start + a, m.start + b, m.text[a:b], label, None, score))
    return out
