"""English span shaping of the CoNLL-trained NER model's mentions on modern news (issue 15).

The model learned from Reuters 1996 text; on today's pages it glues a sentence's opener or an
article to a name ("These Kartographer", "the Strip"), types a person after a role noun as an
organisation ("councillor Donal Lyons"), glues a given name to the place before it ("Attorney
for Massachusetts Joshua Levy"), misses or mistypes small places that a locality noun marks
("the Coalpool area of Walsall"), a home after a person's age ("Duffy, 50, of Dumpton Park
Drive"), a firm it also writes as a web address ("Amazon" beside "Amazon.com") and a party's
acronym before a role noun ("a DUP councillor"), and tags the acronyms of common nouns ("DNA",
"UFO (Unidentified Flying Object)"). ``shape_english`` mends those, on the mentions of a language
pack that writes title-case headlines (English), before linking. Calibrated on the English
news dev pages and the English dev pool of eval/ner_news.py (``--split dev``, ``pooldev``),
checked on the CoNLL-2003 dev half and on probe sentences written for this project. After an
adversarial review each rule leaves alone what it misread: a newsroom's desk after an acronym
("ABC News reporter"), a country or a person beside its web address ("India.com"), a person or
a hyphenated adjective before a locality noun ("the Michael Jackson estate", "the Tory-held
suburb"), a named body spelled out before its acronym ("Air India (AI)"), a firm after a
person's age ("Mark Hill, 52, of Microsoft") and a title-case headline's quoted word.
Second pass: a role title opening a body's span is cut off (``entitled``: "Chairwoman of
Ukraine’s Central Bank") and a place before a lower-case council noun is retyped LOC on the
page's evidence (``encouncils``: "Pendle council leader"). Third pass (``enbodies``): organisations'
spans: a body joining two places ("Kent and Essex Serious Crime Directorate"), one its head word
opens ("Department for Education"), head-word typing, no possessive, article or bracket in a span.
Fourth pass (``enclauses``, first of all): spans cut at a clause's dash or ellipsis, split at a
comma between two names, and without a participle adjective in front ("Eton-educated").
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

from dragoman.entities.enbodies import bodies_shaped
from dragoman.entities.enclauses import clause_parts
from dragoman.entities.encouncils import council_places
from dragoman.entities.enedges import headline_line
from dragoman.entities.enlists import CAPITAL_WORD, listed_alike
from dragoman.entities.entitled import kb_types, title_opened_bodies
from dragoman.entities.headline import common_acronym
from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys, head_type, occupation_keys, title_keys
from dragoman.language.en_entities import ENTITY_WORDS
from dragoman.language.en_names import (
    DESK_WORDS,
    HOME_PREPOSITIONS,
    LOCALITY_ARTICLE,
    LOCALITY_CONJUNCTION,
    LOCALITY_NOUNS,
    OPENER_DETERMINERS,
    PERSONAL_PRONOUNS,
    PLACE_ACRONYMS,
    PROPERTY_NOUNS,
    SEAT_ROLES,
)
from dragoman.language.normalize import normalize_for_match
from dragoman.language.rules import LanguageRules
from dragoman.model import Mention

# Characters before a span searched for the role noun that announces a person; set by hand
# (a role noun's length and a space), checked on the English dev splits (``dev``, ``pooldev``).
ROLE_LOOKBACK = 40
# Most words of a person's name that a role noun announces ("councillor Ann Marie Lee"); set
# by hand, checked on the English dev splits.
ROLE_PERSON_MAX_WORDS = 3
# The lower-case word right before a span (the role noun that may announce a person).
_ROLE_BEFORE = re.compile(r"(?<![\w-])([a-z]+) $")
_LOCALITY = "|".join(sorted(LOCALITY_NOUNS, key=len, reverse=True))
# "the Coalpool area", "the Coalpool and Goscote area": capitalised words between a lower-case
# "the" and a lower-case locality noun.
_AREA = re.compile(rf"(?<![\w’']){LOCALITY_ARTICLE}\s+((?:[A-Z][\w’'-]*\s+)*?[A-Z][\w’'-]*"
                   rf"(?:\s+{LOCALITY_CONJUNCTION}\s+(?:[A-Z][\w’'-]*\s+)*?[A-Z][\w’'-]*)?)\s+(?:"
                   + _LOCALITY + r")\b")
# A party's or body's acronym before a lower-case role noun ("a DUP councillor", "SDLP Balmoral
# councillor"): 2-6 capitals, then maybe the capitalised words of a ward or town.
_ROLE_ACRONYM = re.compile(r"(?<![\w'’.-])([A-Z]{2,6})((?:\s+[A-Z][a-z][\w'’-]*){0,2})\s+([a-z]+)\b")
# A person's age and home in a court or police report: "Tebin Kadir, 44, of St Mildred's Road,
# Margate"; the names after it, joined by commas, are places.
_AGED_OF = re.compile(r", \d{1,3}, (?:" + "|".join(HOME_PREPOSITIONS) + r") $")
# Characters before a span searched for a person's age and "of": set to hold ", 123, from "
# (``_AGED_OF``'s longest match).
ADDRESS_LOOKBACK = 12
# A firm's web address written as its name ("Amazon.com", "Booking.com").
_DOMAIN = re.compile(r"(?<![\w.@/-])([A-Z][\w-]*)\.(?:com|co\.uk|net|io)(?![\w.-])")
_NICKNAME = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+\s+[\"“][A-Z][\w'’-]*[\"”]\s+$")
# Characters before a person's span searched for a given name and a quoted nickname; set by
# hand (a long given name and nickname), checked on the probe sentences of the English review.
NICKNAME_LOOKBACK = 60
# Characters after a person's span searched for a personal pronoun of its sentence; set by
# hand (a news sentence's clause after its subject), checked on the review's web-address probes.
PRONOUN_LOOKAHEAD = 80
# Longest mention, in characters, that the bisect of ``_overlapping`` walks back over; set by
# hand, far above a name's length (a longer span is only missed as an overlap, never wrong).
MAX_SPAN_CHARS = 200
# A hyphenated adjective of control before a locality noun ("the Tory-held suburb").
_HYPHEN_ADJECTIVE = re.compile(r"-[a-z]")
Gazetteer = frozenset[str] | None


def shapes_pack(pack: LanguageRules) -> bool:
    """Whether ``shape_english`` fits ``pack``: it reads the pack's own entity words (English)."""
    return pack.entity_words is ENTITY_WORDS


def shape_english(text: str, mentions: list[Mention], sentences: list[tuple[int, int]] | None = None,
                  gazetteer: Gazetteer = None) -> list[Mention]:
    """The mentions with the English shaping of the module docstring applied, sorted; a mention
    the rules add lies inside ``sentences`` (the spans NER read; all the text when None);
    ``gazetteer``: the model's known place names (normalized), if any."""
    shaped = [m for m in (_lead_cut(text, m) for m in mentions) if m is not None]
    shaped = [part for m in shaped for part in clause_parts(text, m)]
    shaped = bodies_shaped(text, sorted(shaped, key=lambda m: (m.start, m.end)), gazetteer)
    shaped = _common_acronym_spans(text, shaped, gazetteer)
    shaped = title_opened_bodies(text, shaped, gazetteer)
    shaped = _glued_given_names(text, shaped)
    shaped = [_role_person(text, m) for m in shaped]
    shaped = _acronyms_before_roles(text, shaped, gazetteer)
    shaped = _nicknamed(text, shaped)
    shaped = [_compass_place(text, m) for m in shaped]
    shaped = _domain_bodies(text, shaped)
    shaped = _locality_places(text, shaped, gazetteer)
    shaped = council_places(text, shaped, gazetteer)
    shaped = listed_alike(text, sorted(shaped, key=lambda m: (m.start, m.end)))
    shaped = _addresses(text, shaped, gazetteer)
    if sentences is not None:
        ordered = sorted(sentences)
        shaped = [m for m in shaped if _inside(m, ordered)]
    return shaped


def _inside(m: Mention, sentences: list[tuple[int, int]]) -> bool:
    """Whether ``m`` lies inside one of ``sentences`` (sorted spans)."""
    n = bisect_right(sentences, (m.start, sys.maxsize)) - 1
    return n >= 0 and sentences[n][0] <= m.start and m.end <= sentences[n][1]


@lru_cache(maxsize=1)
def _role_keys() -> frozenset[str]:
    """Lower-case titles and occupations ("councillor", "journalist")."""
    return title_keys() | occupation_keys()


def _cut(text: str, m: Mention, start: int, end: int, label: str | None = None) -> Mention:
    return replace(m, start=start, end=end, text=text[start:end],
                   label=label or m.label)  # type: ignore[arg-type]


def _lead_cut(text: str, m: Mention) -> Mention | None:
    """``m`` without an opening lower-case article or demonstrative opener ("the Strip",
    "These Kartographer"); None when nothing of a name is left."""
    first, _, rest = m.text.partition(" ")
    lower = first in ENTITY_WORDS.name_articles
    if not rest or not (lower or first in OPENER_DETERMINERS) or not rest[:1].isupper():
        return m
    return _cut(text, m, m.end - len(rest), m.end)


def _known(name: str, gazetteer: Gazetteer) -> bool:
    """A place the gazetteer knows by ``name`` or one of its words ("Air India")."""
    return gazetteer is not None and any(
        normalize_for_match(w) in gazetteer for w in (name, *name.split()))


def _common_acronym_spans(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """``mentions`` without a common noun's acronym ("DNA") or its spelled-out form beside it in
    brackets ("UFO (Unidentified Flying Object)", "Unidentified Flying Object (UFO)"); not a
    spelled-out name with a head word or a known place among its words ("Air India (AI)",
    "Amnesty International (AI)"), nor the bracketed acronym beside such a kept name."""
    spelled = {n for n, m in enumerate(mentions) if _spelled_out(text, m)}
    named = {n for n in spelled if head_type(mentions[n].text) is not None
             or _known(mentions[n].text, gazetteer) or kb_types(mentions[n].text)}
    partners = {m.end for n, m in enumerate(mentions) if n in named}
    return [m for n, m in enumerate(mentions)
            if m.label == "MISC" or n in named or not (n in spelled or _lone_acronym(text, m, partners))]


def _lone_acronym(text: str, m: Mention, partners: set[int]) -> bool:
    """A common noun's acronym ("DNA"), not one bracketed after a kept name that spells it out
    (``partners``: where such names end; "Amnesty International (AI)")."""
    return (common_acronym(m.text, m.label) and m.text.isupper()
            and not (text[m.start - 2 : m.start] == " (" and m.start - 2 in partners))


def _spelled_out(text: str, m: Mention) -> bool:
    """A span whose initials are a common acronym written beside it in brackets."""
    if m.label == "MISC":
        return False
    initials = "".join(w[0] for w in m.text.split() if w[:1].isalpha()).upper()
    if len(initials) < 2 or not common_acronym(initials):
        return False
    before = text[max(0, m.start - len(initials) - 2) : m.start]
    after = text[m.end : m.end + len(initials) + 3]
    return before == f"{initials} (" or after.startswith(f" ({initials})")


def _glued_given_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A listed given name closing a place or organisation span that a person's span follows
    ("Massachusetts Joshua" + "Levy") moves to the person."""
    out = list(mentions)
    given = given_name_keys()
    for i in range(len(out) - 1):
        m, person = out[i], out[i + 1]
        words = m.text.split()
        if (m.label == "PER" or person.label != "PER" or len(words) < 2
                or text[m.end : person.start] != " " or token_key(words[-1]) not in given):
            continue
        cut = m.end - len(words[-1])
        if text[cut - 1] != " ":
            continue
        out[i] = _cut(text, m, m.start, cut - 1)
        out[i + 1] = _cut(text, person, cut, person.end)
    return out


def _role_person(text: str, m: Mention) -> Mention:
    """An organisation or place span of capitalised words with no head word, written right
    after a lower-case role noun ("councillor Donal Lyons", "journalist Ann Lee"): a person."""
    if m.label not in ("ORG", "LOC"):
        return m
    words = m.text.split()
    if not 2 <= len(words) <= ROLE_PERSON_MAX_WORDS or not all(CAPITAL_WORD.fullmatch(w) for w in words):
        return m
    if any(w.isupper() and len(w) > 1 for w in words) or head_type(m.text) is not None:
        return m
    before = text[max(0, m.start - ROLE_LOOKBACK) : m.start]
    role = _ROLE_BEFORE.search(before)
    if role is None or role.group(1) not in _role_keys():
        return m
    return _cut(text, m, m.start, m.end, "PER")


def _nicknamed(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's name with a quoted nickname ("Han “Hana” Lee"): a person's span after a
    capitalised word and the nickname, which the model may tag apart, becomes one span."""
    out: list[Mention] = []
    for m in mentions:
        found = _NICKNAME.search(text[max(0, m.start - NICKNAME_LOOKBACK) : m.start])
        if m.label != "PER" or found is None or headline_line(text, m.start):
            out.append(m)
            continue
        start = m.start - len(found.group(0))
        out = [k for k in out if not start <= k.start < m.start]
        out.append(_cut(text, m, start, m.end))
    return out


def _overlapping(mentions: list[Mention], starts: list[int], start: int, end: int) -> list[int]:
    """Indexes of ``mentions`` (sorted by start; ``starts`` their starts) overlapping
    ``start``-``end``: found by bisect, not by a scan of all mentions."""
    n = bisect_left(starts, end)
    found = []
    for k in range(n - 1, -1, -1):  # spans are short: walk back while one may reach ``start``
        if mentions[k].end > start:
            found.append(k)
        elif starts[k] < start - MAX_SPAN_CHARS:
            break
    return sorted(found)


def _locality_places(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Names between "the" and a locality noun ("the Coalpool area of Walsall") are places:
    spans there are typed LOC (a missed one the gazetteer knows is added, not "the Arrivals
    area"), and other spans of the same words in the text are retyped LOC too. Not a name
    inside a person's full name ("the Michael Jackson estate"), a hyphenated adjective ("the
    Tory-held suburb"), nor, before "estate", a name not tagged or tagged a person ("the
    Prince estate")."""
    places: set[str] = set()
    out = sorted(mentions, key=lambda m: (m.start, m.end))
    starts = [m.start for m in out]
    added: list[Mention] = []
    for found in _AREA.finditer(text):
        inner = found.group(1)
        base = found.start(1)
        noun = text[found.end(1) : found.end()].split()[-1]
        for part in re.finditer(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", inner):
            start, end = base + part.start(), base + part.end()
            name = text[start:end]
            if (name.split()[0] in OPENER_DETERMINERS or head_type(name) == "ORG"
                    or _HYPHEN_ADJECTIVE.search(name)):
                continue
            overlapping = [out[n] for n in _overlapping(out, starts, start, end)]
            people = [m for m in overlapping if m.label == "PER"]
            if any(m.text != name or len(m.text.split()) > 1 for m in people):
                continue
            if noun in PROPERTY_NOUNS and (people or not overlapping):
                continue  # "the Prince estate": maybe an owner's
            places.add(name)
            if not overlapping and _known(name, gazetteer):
                added.append(Mention(start, end, name, "LOC"))
    return [m if m.text not in places or m.label == "LOC" else _cut(text, m, m.start, m.end, "LOC")
            for m in out + added]


def _compass_place(text: str, m: Mention) -> Mention:
    """A person's span opened by a compass or extent word ("Greater Boston", "North Devon"): a place."""
    first, _, rest = m.text.partition(" ")
    if m.label != "PER" or not rest or first.casefold() not in ENTITY_WORDS.compass_words:
        return m
    return _cut(text, m, m.start, m.end, "LOC")


def _domain_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """A one-word place or person span whose name the text also writes as a web address
    ("Amazon" beside "Amazon.com", "Reddit" typed a person beside "Reddit.com"): the firm; not a
    place the knowledge base knows ("India" beside "India.com"), nor a person a personal
    pronoun follows in its sentence ("Jones said he bought Jones.com")."""
    firms = {found.group(1) for found in _DOMAIN.finditer(text)}
    if not firms:
        return mentions
    firms -= {name for name in firms if "LOC" in kb_types(name)}
    return [_cut(text, m, m.start, m.end, "ORG") if m.text in firms and (
        m.label == "LOC" or (m.label == "PER" and not _pronoun_follows(text, m.end))) else m
            for m in mentions]


def _pronoun_follows(text: str, end: int) -> bool:
    """Whether a personal pronoun follows ``end`` before its sentence's full stop."""
    sentence = re.split(r"[.!?](?:\s|$)", text[end : end + PRONOUN_LOOKAHEAD], maxsplit=1)[0]
    return any(w in PERSONAL_PRONOUNS for w in re.findall(r"[a-z]+", sentence))


def _acronyms_before_roles(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A body's acronym before a lower-case role noun is an organisation ("a DUP councillor"),
    added when untagged; a span of it and the capitalised words after it before an elected
    seat's role noun ("SDLP Balmoral" before "councillor") is split into the body and the place
    it serves, unless the whole has a head word ("ABC News") or the words are a desk's that the
    gazetteer does not know as a place ("CNN Business")."""
    roles = _role_keys()
    out = sorted(mentions, key=lambda m: (m.start, m.end))
    starts = [m.start for m in out]
    added: list[Mention] = []
    for found in _ROLE_ACRONYM.finditer(text):
        acronym, place, role = found.group(1), found.group(2).strip(), found.group(3)
        if (role not in roles or acronym in PLACE_ACRONYMS or common_acronym(acronym)
                or token_key(acronym) in roles):
            continue
        start, end = found.start(1), found.end(2)
        inside = _overlapping(out, starts, start, end)
        split = bool(place) and _seat_place(acronym, place, role, gazetteer)
        if not inside:
            added.append(Mention(start, found.end(1), acronym, "ORG"))
            if split:
                added.append(Mention(end - len(place), end, place, "LOC"))
        elif split and len(inside) == 1 and (out[inside[0]].start, out[inside[0]].end) == (start, end):
            whole = out[inside[0]]
            out[inside[0]] = _cut(text, whole, start, found.end(1), "ORG")
            added.append(_cut(text, whole, end - len(place), end, "LOC"))
    return sorted(out + added, key=lambda m: (m.start, m.end))


def _known_body(name: str, gazetteer: Gazetteer) -> bool:
    """A name the knowledge base knows as an organisation and the gazetteer not as a place
    ("Google")."""
    return "ORG" in kb_types(name) and not _known(name, gazetteer)


def _seat_place(acronym: str, place: str, role: str, gazetteer: Gazetteer) -> bool:
    """Whether ``place`` after a body's ``acronym`` is the place an elected ``role`` serves."""
    if role not in SEAT_ROLES or head_type(f"{acronym} {place}") is not None:
        return False
    return not any(token_key(w) in DESK_WORDS for w in place.split()) or _known(place, gazetteer)


def _addresses(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The names right after a person's age and "of" ("Duffy, 50, of Dumpton Park Drive, Ramsgate,
    was ..."), joined by commas, are the person's home: places (not a span with an organisation's
    head word or an acronym: an employer). An organisation's span is retyped only with a place's
    head word, a gazetteer town's name, or before another name after a comma (a street, then its
    town): "Mark Hill, 52, of Microsoft, said" keeps its employer; nor one the knowledge base
    knows as an organisation ("Google")."""
    out = list(mentions)
    home = False
    for n, m in enumerate(out):
        before = text[max(0, m.start - ADDRESS_LOOKBACK) : m.start]
        home = bool(_AGED_OF.search(before)) or (home and text[out[n - 1].end : m.start] == ", ")
        if not home or m.label not in ("ORG", "PER") or head_type(m.text) == "ORG" or any(
                w.isupper() and len(w) > 1 for w in m.text.split()):  # "of BBC Sport": an employer
            continue
        street = n + 1 < len(out) and text[m.end : out[n + 1].start] == ", "
        placed = street or head_type(m.text) == "LOC" or _known(m.text, gazetteer)
        if (m.label == "PER" or placed) and not _known_body(m.text, gazetteer):
            out[n] = _cut(text, m, m.start, m.end, "LOC")
    return out
