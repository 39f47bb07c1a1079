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

Names joined by a slash ("Ann Lee/Reuters", a photo credit; "Tom Baxter/Ann Lee", joint
authors): cut at each slash when a side is a name of two words or more; a slash at a span's
edge is dropped ("/Instagram"). Two one-word sides stay whole ("AC/DC"), as does a span with a
web address or a date ("BBC.co.uk/News", "2023/24"). A photo credit run
into its caption ("Ann Lee/Instagram Ann Lee Says She") ends where the caption names the
credited name again, which is kept and the rest of the caption dropped.

The other way round, NER sometimes ends a name at a middle initial and starts the next one
with it ("Judge Ann" | "P. Lee"): two unlinked spans one space apart, the second opening with
an initial and a surname, are one name (``initial_joined``), which the cuts above then read
("U.S. District Court Judge Ann P. Lee" -> the court, the titled person), when the first is
one word or ends with a title and one word (not "Karen Bass" | "J. Doe", two people).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from dragoman.entities.headline import common_acronym
from dragoman.entities.kb import name_key, token_key
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
def conjunction_words() -> frozenset[str]:
    """Every pack's one-word ``list_conjunctions`` ("and", "und", "et")."""
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
    conjunctions = conjunction_words()
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
        # "et de" joins two names, never the words of one ("Seku Traoré et de Mamadi Traoré")
        same_surname = (person or r > k + 1) and keys[len(left) - 1] == keys[-1]
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


def slash_parts(text: str) -> list[tuple[int, int]] | None:
    """``(start, end)`` of each name of a span joined by slashes (see the module docstring);
    None when the span is kept as it is."""
    if "/" not in text or _ADDRESS_SLASH.search(text):
        return None  # "bbc.co.uk/news", "2023/24": a web address or a date, no names
    parts: list[tuple[int, int]] = []
    pos = 0
    for piece in text.split("/"):
        a, b = pos + len(piece) - len(piece.lstrip()), pos + len(piece.rstrip())
        if b > a:
            parts.append((a, b))
        pos += len(piece) + 1
    if not parts or not all(text[a].isupper() for a, _ in parts):
        return None
    if len(parts) > 1 and all(" " not in text[a:b] for a, b in parts):
        return None  # "AC/DC", "Alternative/Rock"
    first = text[parts[0][0] : parts[0][1]]
    if " " not in first:
        return parts
    out = [parts[0]]
    for c, d in parts[1:]:
        again = text.find(" " + first, c, d)
        if again < 0:  # a credit, then a caption that names its subject again
            out.append((c, d))
        else:
            out.extend([(c, again), (again + 1, again + 1 + len(first))])
    return out


# NER typed the names joined by a slash together ("Ann Lee/Getty Images" ORG): each name cut
# out keeps that type with this score at most, half a vote against the type the text gives the
# name elsewhere ("Ann Lee said"), and still enough to found an entity (``linking.
# LEARN_MIN_SCORE``). Set by hand.
SLASH_PART_SCORE = 0.5
_ADDRESS_SLASH = re.compile(r"\w\.\w+/|\d/")
_INITIAL_THEN_NAME = re.compile(r"[A-Z]\. [A-Z]\w+$")


def initial_joined(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (in text order) with each span that ends one space before an unlinked
    span of an initial and a surname ("P. Lee") joined to it (see the module docstring)."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if (last is not None and m.entity_id is None and last.entity_id is None
                and m.start == last.end + 1 and text[last.end] == " "
                and last.text[-1:].isalpha() and _INITIAL_THEN_NAME.match(m.text)
                and _given_before(last.text)):
            label = "PER" if "PER" in (last.label, m.label) else last.label
            out[-1] = Mention(last.start, m.end, text[last.start : m.end], label, None,
                              max(last.score, m.score))
            continue
        given = _given_left_out(text, m, last.end if last is not None else 0)
        out.append(Mention(given, m.end, text[given : m.end], m.label, None, m.score)
                   if given < m.start else m)
    return out


def _given_left_out(text: str, m: Mention, free: int) -> int:
    """Where an unlinked person's span of two words or more starts once a common given name
    NER left out right before it is taken in ("Victor" | "Davis Hanson", "Amy" | "Coney
    Barrett"); ``m.start`` when there is none. Not after another capitalised word, the end of a
    name of its own ("Rosa Parks Amy Lee"), nor into the previous span (``free``: its end)."""
    if m.entity_id is not None or m.label != "PER" or " " not in m.text or text[m.start - 1 : m.start] != " ":
        return m.start
    start = m.start - 1
    while start > free and text[start - 1].isalpha():
        start -= 1
    word = text[start : m.start - 1]
    cased = word[1:].islower() or (word.isupper() and m.text.isupper())  # "VICTOR DAVIS HANSON"
    if not (word[:1].isupper() and cased and name_key(word) in given_name_keys()):
        return m.start
    before = text[max(free, start - 40) : start].rstrip(" ")
    words = before.rsplit(None, 1) if before.strip() else [""]
    previous, opening = words[-1], len(words) < 2 or words[0][-1:] in ".!?:"
    # a capitalised word before may open its sentence ("And Victor" | "Davis Hanson") or be
    # a title ("Senator Amy" | "Coney Barrett")
    named = (previous[:1].isupper() and previous[-1:].isalpha() and not opening
             and token_key(previous) not in title_keys())
    return m.start if named else start


def _given_before(text: str) -> bool:
    """Whether a span may end with the given name of a name cut at its initial: it is that one
    word ("Ann" | "P. Lee"), or that word after a title ("Judge Ann" | "P. Lee"); not a full
    name ("Karen Bass" | "J. Doe" are two people) nor an organisation ("Acme Holdings")."""
    words = text.split()
    return len(words) == 1 or (len(words) >= 2 and token_key(words[-2]) in title_keys())


def split_joined(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each unlinked span naming two people (``coordinated_parts``) or an
    organisation and a titled person (``titled_parts``) replaced by two mentions, and one of
    names joined by slashes (``slash_parts``) by one mention per name; the others as they are."""
    out: list[Mention] = []
    for m in mentions:
        if m.entity_id is not None:
            out.append(m)
            continue
        slashed = slash_parts(m.text)
        if slashed is not None:
            score = min(m.score, SLASH_PART_SCORE)
            out.extend(Mention(m.start + a, m.start + b, m.text[a:b], m.label, None, score)
                       for a, b in slashed)
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


# Fewest capitals of an acronym that closes a name NER cut before it: two-letter ones are as
# often a US state's code after its town ("Austin TX"). Set by hand, not tuned.
CLOSING_ACRONYM_MIN = 3
CLOSING_ACRONYM_MAX = 5


def acronym_joined(text: str, mentions: list[Mention], known: Callable[[str], bool]) -> list[Mention]:
    """``mentions`` (in text order) with a name NER cut before the acronym that closes it made
    one organisation ("Harbour Watch" | "PAC" -> "Harbour Watch PAC"): an unlinked span of
    capitalised words NER did not call a person, then one space, then an acronym NER called
    an organisation that names nothing the knowledge base knows (``known``: "Iowa" | "GOP"
    stay two) and no common noun, title or seat ("Labour" | "MP")."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if (last is not None and m.entity_id is None and last.entity_id is None
                and m.label == "ORG" and last.label != "PER" and m.start == last.end + 1
                and text[last.end] == " " and _closing_acronym(m.text)
                and _capitalised_name(last.text) and not known(m.text)):
            out[-1] = Mention(last.start, m.end, text[last.start : m.end], "ORG", None,
                              max(last.score, m.score))
            continue
        out.append(m)
    return out


def _closing_acronym(word: str) -> bool:
    return (CLOSING_ACRONYM_MIN <= len(word) <= CLOSING_ACRONYM_MAX and word.isalpha()
            and word.isupper() and not common_acronym(word) and token_key(word) not in title_keys())


def _capitalised_name(name: str) -> bool:
    words = name.split()
    return 1 <= len(words) <= TITLED_NAME_MAX and all(w[:1].isupper() for w in words)
