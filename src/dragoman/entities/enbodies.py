"""Organisations' spans in English news (issue 15, the ORG pass), applied by ``enspans``.

The CoNLL model learned from Reuters 1996 text. On today's pages it splits a body whose name
joins two places ("Kent" | "Essex Serious Crime Directorate", "Avon" | "Somerset
Constabulary"), misses a body named by its head word before "of"/"for" ("Department for
Education", "Committee" | "Public Life"), types a body with a head word MISC or LOC
("Environment Agency", "Sky News"), keeps an owner's possessive ("Politico’s newsletter") or a
sentence's "The" ("The Food and Drug Administration") in the span, and runs a name into its
bracketed acronym ("National Health Service (NHS"; those edges: ``enedges``). The annotation
guidelines of eval/data/ner_news.json (and CoNLL's) give a name without article or possessive.
``bodies_shaped`` mends those on evidence a reader uses: the organisation's head word
(``nameclass.head_type``, with ``en_names.BODY_HEADS_EXTRA`` in this pass only), the places
that the knowledge base or the model's gazetteer knows, and English grammar (what follows a
possessive). It also gives a body's one-word short form the body's type ("Wikimedia" beside
"Wikimedia Foundation"), and a town the model typed a club its place's type after "in" ("shown
in Toronto").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from dragoman.entities.enedges import NEXT_WORD, POSSESSIVE, cut_span, headline_line, name_edges
from dragoman.entities.entitled import kb_types
from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys, head_keys, head_type, title_keys
from dragoman.language.en import RULES as EN_RULES
from dragoman.language.en_entities import ENTITY_WORDS
from dragoman.language.en_names import (
    ARTICLES,
    BODY_HEADS_EXTRA,
    BODY_LINKS,
    BODY_OPENERS,
    BODY_OPENERS_UNTYPED,
    JOINT_HEADS,
    LOCATED_PREPOSITIONS,
    OPENER_DETERMINERS,
    PLACE_LINKS,
    PLACE_NAMING_HEADS,
    RETYPE_HEADS,
)
from dragoman.language.normalize import normalize_for_match
from dragoman.model import Mention

Gazetteer = frozenset[str] | None

# A capitalised word of a body's name ("Serious", "O'Neill", "Hove").
_CAPITAL = re.compile(r"[A-Z][\w'’.-]*")
# Words of text: a word, or one character of punctuation.
_TOKEN = re.compile(r"[\w'’-]+|\S")
# A capitalised word right after a space ("Police" of "Kent Police").
_FOLLOWING_WORD = re.compile(r"[ \t]+([A-Z][\w'’-]*)")
# Capitalised words and ordinals that end right before a body's head word.
_LEADING = re.compile(r"(?:(?:\d+(?:st|nd|rd|th)|[A-Z][\w'’-]*)[ \t])+$")
# The lower-case word right before a span, a space between ("in" of "in Ferndale").
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+) $")
# Weekdays and months, which follow "on" after a body's head word ("the Council on Monday").
_DATE_WORDS = frozenset({*EN_RULES.weekdays, *EN_RULES.months})
# Nouns of a natural feature after a place's name ("Amazon rainforest"; ``_read_as_place``).
_FEATURE_NOUNS = frozenset(token_key(n) for n in ENTITY_WORDS.feature_nouns)
# Head words whose span is an organisation whatever the model typed it (``en_names``).
_RETYPE_HEADS = (BODY_OPENERS - BODY_OPENERS_UNTYPED) | RETYPE_HEADS
# Head words of the text after a body's name that extend it ("Kent Police", "Essex Serious
# Crime" + "Directorate"): ``_RETYPE_HEADS`` and the plural "services".
_TRAILING_HEADS = _RETYPE_HEADS | {"services"}
# Most capitalised words after a span that a trailing head word closes ("Serious Crime
# Directorate"); set by hand (a body's descriptor), checked on the probe sentences.
TRAILING_MAX_WORDS = 4
# English body heads the packs lack ("Directorate", "Service", "Team"): read by this pass only, not
# added to ``nameclass.head_keys``, which every language's typing reads (a person "Tom Service",
# German "Claudia Team" or "Old School" would become bodies).
_EXTRA_HEADS = frozenset(token_key(w) for w in BODY_HEADS_EXTRA)
# Most places joined by commas and "and" before a body's span ("the Bedfordshire,
# Cambridgeshire and Hertfordshire Major Crime Unit": 2); a longer run is a list of places, not
# a body's name (set by hand, one above the longest joint body of the review's probes).
MAX_JOINED_PLACES = 3
# A head word that may open a body, then "of"/"for"/"on".
_OPENED = re.compile(r"\b([A-Z][a-z]+)[ \t]+(?:of|for|on)[ \t]")
# Characters around a body's opener searched for the model's spans that touch it; set by hand
# above the longest body (``OPENED_MAX_WORDS`` words) and the words glued before it.
MAX_BODY_CHARS = 200
# Most words of a body's name after its opening head word ("Committee on Standards in Public
# Life": 5); set by hand, checked on the probe sentences of this pass.
OPENED_MAX_WORDS = 8


def bodies_shaped(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """``mentions`` (sorted) with the shaping of the module docstring; sorted."""
    out = [_head_retyped(text, m) for m in name_edges(text, mentions)]
    out = _trailing_heads(text, out)
    out = _coordinated(text, out, gazetteer)
    out = _opened_bodies(text, out, gazetteer)
    out = _located_places(text, _known_bodies(text, out, gazetteer), gazetteer)
    return _short_forms(text, out, gazetteer)


def _head(name: str) -> str | None:
    """``nameclass.head_type`` with ``_EXTRA_HEADS`` as organisations' heads: the first or the
    last word of a name of two words or more, or its plural ("Constabularies")."""
    found = head_type(name)
    words = name.split()
    if found is not None or len(words) < 2:
        return found
    keys = {token_key(words[0]), token_key(words[-1])}
    return "ORG" if any(k in _EXTRA_HEADS or k.removesuffix("s") in _EXTRA_HEADS
                        or k.removesuffix("ies") + "y" in _EXTRA_HEADS for k in keys) else None


def _last_key(name: str) -> str:
    return token_key(name.split()[-1]) if name.split() else ""


def _head_key(name: str, heads: frozenset[str]) -> str:
    """``name``'s last word's key, singular when its plural is one of ``heads`` ("Public
    Schools", "Outer Banks")."""
    key = _last_key(name)
    return key[:-1] if key not in heads and key.endswith("s") and key[:-1] in heads else key


def _head_retyped(text: str, m: Mention) -> Mention:
    """A span of two words or more whose last word is an institution's or a firm's head word
    (``_RETYPE_HEADS``, or its plural: "Public Schools") typed MISC, LOC or PER is an
    organisation ("Environment Agency"); not a
    firm's product ("Microsoft Office": a body the knowledge base knows opens it), a person
    whose given name opens it ("Kevin Bank"), nor a place the knowledge base knows or whose
    head word also names places (``en_names.PLACE_NAMING_HEADS``: "West Bank", "Soviet Union")."""
    words = m.text.split()
    if m.label == "ORG" or len(words) < 2 or _head_key(m.text, _RETYPE_HEADS) not in _RETYPE_HEADS \
            or _head(m.text) != "ORG":
        return m
    if m.label == "LOC" and (_head_key(m.text, PLACE_NAMING_HEADS) in PLACE_NAMING_HEADS
                             or "LOC" in kb_types(m.text)):
        return m
    if "ORG" in kb_types(words[0]) or token_key(words[0]) in given_name_keys():
        return m
    return cut_span(text, m, m.start, m.end, "ORG")


def _trailing_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """A span that capitalised words closed by a body's head word follow, untagged ("Kent" +
    "Police", "Essex Serious Crime" + "Directorate"), is extended over them and typed ORG; not a
    person's span, nor on a title-case headline."""
    out = list(mentions)
    for n, m in enumerate(out):
        nxt = out[n + 1].start if n + 1 < len(out) else len(text)
        end = _trailing_end(text, m.end, nxt)
        if end and m.label != "PER" and not headline_line(text, m.start):
            out[n] = cut_span(text, m, m.start, end, "ORG")
    return out


def _trailing_end(text: str, end: int, limit: int) -> int:
    """The end of capitalised words right after ``end`` (before ``limit``) that a head word of
    ``_TRAILING_HEADS`` closes, or 0."""
    last = 0
    for n, found in enumerate(_FOLLOWING_WORD.finditer(text, end, limit)):
        if n >= TRAILING_MAX_WORDS or found.start() != (last or end):
            break
        last = found.end()
        if token_key(found.group(1)) in _TRAILING_HEADS:
            return last
    return 0


def _place(name: str, gazetteer: Gazetteer) -> bool:
    """A place the knowledge base types LOC and never ORG, or the model's gazetteer knows."""
    types = kb_types(name)
    return ("LOC" in types and "ORG" not in types) or (
        gazetteer is not None and normalize_for_match(name) in gazetteer)


def _coordinated(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Places joined by "and" (or "the" and commas) before a body that a head word closes are
    that body's ("Kent and Essex Serious Crime Directorate", "the Bedfordshire, Cambridgeshire
    and Hertfordshire Major Crime Unit"): each joined span is one word that the knowledge base
    does not know as a body, one of them is a place that it or the gazetteer knows, and so is
    the body's first word and its head names a force (``JOINT_HEADS``: "Avon and Somerset
    Police"; not "Scotland and Edinburgh University"), or the body has three words or more (a
    descriptor: "Sussex Major Crime Team"; not "China and Alibaba Group")."""
    out = list(mentions)
    n = 1
    while n < len(out):
        body = out[n]
        words = body.text.split()
        if (text[out[n - 1].end : body.start] not in (" and ", " & ") or len(words) < 2
                or _last_key(body.text) not in _TRAILING_HEADS or _head(body.text) != "ORG"):
            n += 1
            continue
        k = n - 1
        while (k > 0 and n - k < MAX_JOINED_PLACES and text[out[k - 1].end : out[k].start] == ", "
               and _joinable(out[k - 1])):
            k -= 1
        joined = out[k:n]
        first_placed = _place(words[0], gazetteer)
        if (not all(_joinable(m) for m in joined) or (k < n - 1 and not _after_the(text, out[k].start))
                or not (len(words) >= 3 or (first_placed and _last_key(body.text) in JOINT_HEADS))
                or not (first_placed or any(_place(m.text, gazetteer) for m in joined))):
            n += 1
            continue
        out[k : n + 1] = [cut_span(text, body, out[k].start, body.end, "ORG")]
        n = k + 1
    return out


def _joinable(m: Mention) -> bool:
    """A one-word span of the model's, no body the knowledge base knows ("Kent", not "Apple")."""
    return " " not in m.text and _CAPITAL.fullmatch(m.text) is not None and "ORG" not in kb_types(m.text)


def _after_the(text: str, start: int) -> bool:
    return text[max(0, start - 4) : start].lower() == "the "


def _opened_bodies(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A body's name that its head word opens before "of", "for" or "on" and a capitalised
    subject ("Department for Education", "Committee on Standards in Public Life") is one ORG
    span, with a span of the model that runs into it from before ("Reuters Institute" + "for
    the Study of Journalism"); the spans inside it give way, a span running on after it is
    cut to what follows "and" ("University of Kent and Canterbury Cathedral")."""
    out = list(mentions)
    starts = [m.start for m in out]
    for found in _OPENED.finditer(text):
        if token_key(found.group(1)) not in BODY_OPENERS or headline_line(text, found.start()):
            continue
        lo = bisect_left(starts, found.start() - MAX_BODY_CHARS)
        hi = bisect_left(starts, found.end() + MAX_BODY_CHARS, lo)
        near = out[lo:hi]  # the spans that may touch the body (none is longer than the reach)
        tagged = {m.start for m in near} | {m.end for m in near if m.label == "ORG"}
        end = _opened_end(text, found.end(), gazetteer, tagged)
        if end:
            out[lo:hi] = _placed(text, near, found.start(), end)
            starts = [m.start for m in out]
    return out


def _opened_end(text: str, start: int, gazetteer: Gazetteer, tagged: set[int]) -> int:
    """The end of a body's subject from ``start`` (after "of"/"for"/"on"): capitalised words
    and the links between them (``_link``: "Health and Social Care", not "Kent and Canterbury
    Cathedral"; ``tagged``: where the model's spans start and its bodies end); a possessive
    ends it ("Bank of
    England’s"); 0 when no capitalised word opens it or a weekday or month does ("the Council
    on Monday")."""
    words = [(t.start(), t.end(), t.group(0)) for t in _TOKEN.finditer(text, start, start + 200)]
    end, count, k = 0, 0, 0
    while k < len(words) and count < OPENED_MAX_WORDS:
        word = words[k][2]
        if _CAPITAL.fullmatch(word):
            if word.lower() in _DATE_WORDS:
                return end
            owner = POSSESSIVE.search(word)
            if owner is not None:
                return words[k][0] + owner.start()
            end, count, k = words[k][1], count + 1, k + 1
            continue
        if not _link(word, end, words[k + 1 :], text, (gazetteer, tagged)):
            break
        k += 1
    return end


def _link(word: str, end: int, rest: list[tuple[int, int, str]], text: str,
          known: tuple[Gazetteer, set[int]]) -> bool:
    """Whether a lower-case ``word`` inside a body's subject joins it to the capitalised words
    of ``rest`` (``_opened_end``; ``known``: the gazetteer and where the model's spans start):
    one of ``BODY_LINKS`` ("the" also first), "and" only as ``_subject_part`` allows,
    ``PLACE_LINKS`` ("in") only before words that are no place ("Standards in Public Life",
    not "Appeal in London")."""
    if not (word in BODY_LINKS or (end and word in PLACE_LINKS)) or (not end and word != "the"):
        return False
    run = _capital_run(rest, 0)
    tail = text[rest[0][0] : rest[run - 1][1]] if run else ""
    gazetteer, tagged = known
    named = rest[0][0] in tagged or end in tagged  # the model's span starts after or ends before
    if not run or (word == "and" and not _subject_part(tail, run, named, gazetteer)):
        return False
    return word not in PLACE_LINKS or not (_place(tail, gazetteer) or tail.lower() in _DATE_WORDS)


def _subject_part(tail: str, run: int, tagged: bool, gazetteer: Gazetteer) -> bool:
    """Whether capitalised words after "and" (``run`` of them) go on a body's subject ("Social
    Care", "Pensions"), not open another name: no "the", no head word of their own ("Canterbury
    Cathedral"); one word only when the model neither tagged a span there nor closed a body
    before "and" (``tagged``), and it is no known place or body ("Bank of England and
    Barclays", "and Wales")."""
    if tail.startswith("the ") or _head(tail) is not None:
        return False
    return run >= 2 or not (tagged or _place(tail, gazetteer) or kb_types(tail))


def _capital_run(words: list[tuple[int, int, str]], k: int) -> int:
    """How many words from ``words[k]`` are capitalised (after an optional "the"), counting
    the "the"; 0 when none is."""
    n = k + (k < len(words) and words[k][2] == "the")
    run = n
    while run < len(words) and _CAPITAL.fullmatch(words[run][2]):
        run += 1
    return run - k if run > n else 0


def _placed(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """``mentions`` with the body at ``start``-``end`` put in (see ``_opened_bodies``): a span
    of the model right before it (a space between; not a person's) or overlapping its start
    opens it."""
    start = _leading_words(text, start)
    glued = [m for m in mentions if m.end == start - 1 and text[m.end] == " " and m.label != "PER"]
    inside = [m for m in mentions if m.start < end and m.end > start]
    start = min([start, *(m.start for m in (*glued, *inside))])
    kept: list[Mention] = []
    for m in inside:
        if m.end <= end:
            continue
        rest = re.match(r"(?:[ \t]+and|,)[ \t]+", text[end : m.end])
        tail = end + rest.end() if rest is not None else end
        if rest is None or (m.label == "ORG" and _head(text[tail : m.end]) is None):
            return mentions  # the model's body runs on ("Organisation for Security and ...")
        kept.append(cut_span(text, m, tail, m.end, _head(text[tail : m.end]) or m.label))
    dropped = {id(m) for m in (*glued, *inside)}
    body = Mention(start, end, text[start:end], "ORG", None,
                   max((m.score for m in (*glued, *inside)), default=1.0))
    rest_of = [m for m in mentions if id(m) not in dropped]
    return sorted([*rest_of, body, *kept], key=lambda m: (m.start, m.end))


def _leading_words(text: str, start: int) -> int:
    """``start`` moved back over the capitalised words and ordinals right before a body's head
    word ("4th District" of "4th District Court of Appeal"); not over an article or determiner,
    a possessive ("California’s"), a role or its modifier ("Former", "Governor"), a month
    ("the August National Association of Purchasing Management index")."""
    found = _LEADING.search(text, max(0, start - 60), start)
    if found is None:
        return start
    words = found.group(0).split()
    while words and _not_leading(words[0]):
        words.pop(0)
    return start - len(" ".join(words)) - 1 if words else start


def _not_leading(word: str) -> bool:
    return (word in OPENER_DETERMINERS or word in EN_RULES.role_modifiers
            or word.lower() in ARTICLES or word.lower() in _DATE_WORDS
            or POSSESSIVE.search(word) is not None or token_key(word) in title_keys())


def _known_bodies(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A one-word span typed a person or a place whose name the knowledge base knows only as an
    organisation ("Nvidia"): not one the gazetteer knows as a place, a place the text reads as
    one (``_read_as_place``: "Amazon rainforest"), nor the surname of a person the text names
    in full."""
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PER" and " " in m.text}
    return [cut_span(text, m, m.start, m.end, "ORG") if m.label in ("PER", "LOC")
            and " " not in m.text and m.text not in surnames and kb_types(m.text) == {"ORG"}
            and not (m.label == "LOC" and _read_as_place(text, m))
            and not (gazetteer is not None and normalize_for_match(m.text) in gazetteer) else m
            for m in mentions]


def _read_as_place(text: str, m: Mention) -> bool:
    """Whether the text reads ``m`` as a place's name: after an article a place takes and a
    firm does not ("the Amazon"; ``place_articles``), or before a natural feature's noun or a
    place's head word ("Amazon rainforest"; ``feature_nouns``)."""
    before = _WORD_BEFORE.search(text, max(0, m.start - 16), m.start)
    after = NEXT_WORD.match(text, m.end)
    key = token_key(after.group(1)) if after is not None else ""
    return (before is not None and before.group(1) in ENTITY_WORDS.place_articles) or (
        key in _FEATURE_NOUNS or head_keys().get(key) == "LOC")


def _short_forms(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A one-word span typed a person or a place that opens a body's name the text also writes
    in full ("Vexacorp" beside "Vexacorp Holdings", "Wikimedia" beside "Wikimedia Foundation") is
    that body: not a place the knowledge base or gazetteer knows ("Lincoln" beside "Lincoln
    University"), a listed given name, nor the surname of a person the text names in full."""
    firsts = {m.text.split()[0] for m in mentions if m.label == "ORG" and " " in m.text
              and _head(m.text) == "ORG"}
    if not firsts:
        return mentions
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PER" and " " in m.text}
    given = given_name_keys()
    return [cut_span(text, m, m.start, m.end, "ORG") if m.label in ("PER", "LOC") and m.text in firsts
            and m.text not in surnames and token_key(m.text) not in given
            and not _place(m.text, gazetteer) else m
            for m in mentions]


def _located_places(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A one-word span typed ORG that the knowledge base or gazetteer knows as a place, written
    right after a preposition of location (``en_names.LOCATED_PREPOSITIONS``: "in Ferndale"; not
    "to" or "from", which a club's transfer takes: "joined Espanyol from Nantes") or before a
    comma and a place ("Phoenix, Arizona"), is that place: the model learned towns as sports
    clubs from Reuters' results ("Essex 532-8"). Only the mention so placed; a club's name
    elsewhere stays."""
    out = list(mentions)
    for n, m in enumerate(out):
        if m.label != "ORG" or " " in m.text or not _CAPITAL.fullmatch(m.text):
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start - 16), m.start)
        placed = (before is not None and before.group(1) in LOCATED_PREPOSITIONS) or (
            n + 1 < len(out) and out[n + 1].label == "LOC" and text[m.end : out[n + 1].start] == ", ")
        if placed and _place(m.text, gazetteer):
            out[n] = cut_span(text, m, m.start, m.end, "LOC")
    return out
