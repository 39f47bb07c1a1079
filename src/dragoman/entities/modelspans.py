"""Product names NER cuts at their model token (issue 14): the tagger ends a span before the
model number or code ("RTX" of "RTX 3080", "PlayStation" of "PlayStation 5 Pro", "Pixel" of
"Pixel 8 Pro") or starts it after the series ("Max" of "M3 Pro Max", "Plus" of "PlayStation
Plus"), and the fragment is then typed a firm, a place or a person. ``model_spans`` widens
such a span over the whole product name and types it MISC, on every backend's mentions.

Right of a span, a model token ("3080", "S24", "8a") and the model words after it
(``en_entities.MODEL_WORDS``: "Pro", "Max") join the span where the series says it is one:

* a model code of letters and digits ("Galaxy S24", "Core i7"; ``modelnames.coded``), on a
  span typed an organisation, a product or a person; one capital and digits ("S24", "X5") is
  also a road's, a seat's or a channel's ("Autobahn A10", "Verstappen P1", "Sky Sports F1"):
  it needs a sign of a series too;
* a plain number ("PlayStation 5", "Windows 10"), no year ("Paris 2024"), no score, time,
  list rank or count joined to more ("2-1", "23'", "06.", "574, 123"), no team's number in a
  score line without a separator ("Celtic 3 Rangers 0"), no count, offer or club's number
  (``modelcounts``: "Lakers 3 games", "Tesco 3 for 2", "TuS Koblenz 1"), no two digits after
  the surname of a person the page names in full ("Rory McIlroy" … "McIlroy 71"), where a sign
  says the span is a series. A month's name before the number makes no score line ("On May 5
  PlayStation 5").

Signs of a series: a word with a capital inside ("PlayStation", "GeForce", "iPhone"), a model
word after the number ("Pixel 8 Pro"), the span's last word written before model tokens in
``SERIES_PLACES_MIN`` places of the page ("RTX 3080 … RTX 3090"), or an acronym before a
model number of four digits ("RTX 4090"). A place or a person needs a capital inside or a
model word (or, a person, a model code that is no seat's): a district's, a shirt's or a list
rank's number follows them ("Dublin 2 … Dublin 4", "Kane 9", "Amy Lee 70."). Left alone: a
name the knowledge base knows as a firm or a place ("Nvidia", "Volvo EX30": the firm's name
inside its product's is the firm's mention, "Dublin"), a name with a head word ("Channel 4",
"Route 66"), a name in a table's or a ranked list's row ("Celtics 110, Bulls 98", "13. Ed
Hale 14."). An owner before a possessive keeps its span ("NASA’s Voyager 1": "NASA").
A span that ends with its model token takes the model words after it ("Galaxy S24" + "Ultra").

Left of a one-word span that is a model word or "One" ("Xbox One", "M3 Pro Max"), the word or
span right before it joins where it is a series: a capital inside or a model code ("M3",
"PlayStation"), no firm's name ("HBO Max", "Apple One": the firm's service, left as found),
no common word ("Formula One", "Air Force One", "Capital One")."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from dragoman.entities.entitled import kb_types
from dragoman.entities.kb import token_key
from dragoman.entities.modelcounts import counted, month_name
from dragoman.entities.modelnames import MODEL_NUMBER, SERIES_PLACES_MIN, camel_series, coded
from dragoman.entities.nameclass import given_name_keys, head_keys
from dragoman.entities.products import YEAR_FIRST, YEAR_LAST, camel_word
from dragoman.language.en_entities import MODEL_WORDS
from dragoman.model import EntityType, Mention

# A model token right after a span and up to two model words after it ("5 Pro", "S24 Ultra",
# "15 Pro Max"); what may not follow: a word going on, a score's, time's, per cent's or
# list's sign, a further number ("2-1", "6:2", "23'", "19%", "06. ", "574, 123").
_MODEL_TAIL = re.compile(r"[ \u00a0](?P<token>[A-Za-z]*\d[A-Za-z\d]*)"
                         r"(?P<words>(?:[ \u00a0][A-Z][a-z]*\+?){0,2})"
                         r"(?![\w\-–—:/'’%+×]|[.,]\d|[ \u00a0]\d|[.,;][ \u00a0]+[A-Z][\w'’-]*[ \u00a0]\d)")
# A number and a separator, then up to three capitalised words, closing the text before a span:
# a table's row ("Celtics 110, Bulls 98") or a ranked list's ("13. Ed Hale 14."), as the row
# after a number is (``_MODEL_TAIL``: "Bulls 102, Lakers 99").
_ROW_BEFORE = re.compile(r"(?<![\w.])(?P<number>\d{1,4})[.,;][ \u00a0]+(?:[A-Z][\w'’-]*[ \u00a0]+){0,3}$")
# Model words right after a span that ends with its model token ("Galaxy S24" + "Ultra").
_WORDS_AFTER = re.compile(r"(?:[ \u00a0][A-Z][a-z]*\+?){1,2}(?![\w'’-])")
_WORD_TAIL = re.compile(r"(?<![\w'’.-])([A-Za-z][\w]*)" + _MODEL_TAIL.pattern)
# A score line's numbers have no separator as often as a comma ("Celtic 3 Rangers 0", "Yankees
# 7 Red Sox 5", "Hearts 2 – Hibs 1"): a number followed by up to three capitalised words that
# are no model words ("Pro", "Max") and a number of up to three digits, or a name right after
# a capitalised word and such a number (review of issue 14; the reviewer's score probes).
_SCORE_AFTER = re.compile(r"[ \u00a0]+(?:[-–—][ \u00a0]+)?"
                          r"(?P<names>[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,2})"
                          r"[ \u00a0]+\d{1,3}(?![\w]|[.,]\d)")
_SCORE_BEFORE = re.compile(r"(?<![\w'’.-])(?P<team>[A-Z][\w'’.-]*)[ \u00a0]+\d{1,3}[ \u00a0]+"
                           r"(?:[-–—][ \u00a0]+)?(?:[A-Z][\w'’.-]*[ \u00a0]+){0,2}$")
# A possessive inside a span, before a capitalised or a lower-case-led name ("NASA’s Voyager",
# "Apple’s iPhone").
_POSSESSIVE = re.compile(r"(?<=\w)['’]s[ \u00a0]+(?=\w)")
# One capital and one to three digits: a road's, a seat's, a channel's code as often as a
# model's ("A10", "P1", "F1", "S24").
_SHORT_CODE = re.compile(r"[A-Z]\d{1,3}")
# The word right before a one-word span, and where it starts.
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Za-z][\w]*)[ \u00a0]$")
_LOOKBACK = 40
# An acronym's series before a model number of four digits that is no year ("RTX 3080",
# "RX 7900"); three digits follow a body's acronym as its service, event or index as
# often ("NHS 111", "UFC 300", "FTSE 100"). Set by hand on the product names and the
# probes, not tuned.
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_ACRONYM_MODEL_DIGITS = 4
# Digits of a plain number after the surname of a person the page names in full that make it
# a golf round's, a player's points or a shirt's number ("McIlroy 71"); one digit or three are
# a product's as often ("Pixel 8", "Xbox 360"). Set by hand on golf and basketball probes.
_PERSON_SCORE_DIGITS = 2
# Model words a fragment left of its series may be ("One" of "Xbox One"): MODEL_WORDS without
# the trademark sign, and "One", joined only after a series' sign.
_LEFT_WORDS = frozenset(w for w in MODEL_WORDS if w.isalpha()) | {"one"}
_PRODUCT: EntityType = "MISC"


def model_spans(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (sorted) with product names cut at their model token widened over them and
    typed MISC (see the module docstring); sorted."""
    tails = {n: t for n, m in enumerate(mentions) if (t := _MODEL_TAIL.match(text, m.end))}
    page = _page(text, mentions) if tails else _Page(Counter(), frozenset(), frozenset())
    out: list[Mention] = []
    for n, m in enumerate(mentions):
        tail = tails.get(n)
        if tail is not None and _joins_right(text, m, tail, page):
            end = tail.end("words") if _model_words(tail.group("words")) else tail.end("token")
            out.extend(_owned_product(text, m, end))
            continue
        out.append(_worded(text, m))
    return _joined_left(text, _uncovered(out))


def _uncovered(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without those inside a widened span before them ("Pro" of "Pixel 8 Pro")."""
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end and out[-1].label == _PRODUCT:
            continue
        out.append(m)
    return out


@dataclass(frozen=True, slots=True)
class _Page:
    """What the whole page says of the names before model tokens."""
    # How many places write each word right before a model token, but for a count's number
    # whose pair the page never writes bare ("Lakers 3 games"; "Switch 2 … Switch 2 games").
    places: Counter[str]
    # The (word, model token) pairs the page writes with no count after them.
    bare: frozenset[tuple[str, str]]
    # The surnames of the people the page names in full ("Rory McIlroy" … "McIlroy 71"): a
    # given name opens a person-typed span of two words or more. A one-word span typed a
    # person is none: NER types a software page's "Linux" or "Desktop" a person as often.
    people: frozenset[str]


def _page(text: str, mentions: list[Mention]) -> _Page:
    """The page's series places and people, in one pass over ``text``."""
    written = [((found.group(1), found.group("token")),
                MODEL_NUMBER.fullmatch(found.group("token")) is not None
                and counted(text, found.end("token")))
               for found in _WORD_TAIL.finditer(text)
               if _model_token(found.group("token"))
               and not _score_line(text, found.start(), found.end("token"))]
    bare = frozenset(pair for pair, count in written if not count)
    return _Page(Counter(pair[0] for pair, _ in written if pair in bare), bare,
                 frozenset(words[-1] for m in mentions if m.label == "PER"
                           and len(words := m.text.split()) > 1
                           and token_key(words[0]) in given_name_keys()))


def _score_line(text: str, start: int, number_end: int) -> bool:
    """Whether the name at ``start`` and the number ending at ``number_end`` are a team's in a
    score line with no separator ("Celtic 3 Rangers 0": "Celtic 3", "Rangers 0")."""
    after = _SCORE_AFTER.match(text, number_end)
    if after is not None and not _model_words(after.group("names")):
        return True
    before = _SCORE_BEFORE.search(text, max(0, start - _LOOKBACK), start)
    return before is not None and not month_name(before.group("team"))  # "On May 5 Xbox 360"


def _model_token(token: str) -> bool:
    """A model code or a plain number that is no year."""
    if MODEL_NUMBER.fullmatch(token):
        return not YEAR_FIRST <= int(token) <= YEAR_LAST
    return coded(token)


def _model_words(words: str) -> bool:
    """Whether the capitalised words after a model token are all model words ("Pro Max")."""
    split = words.split()
    return bool(split) and all(w.casefold().rstrip("+") in MODEL_WORDS for w in split)


def _worded(text: str, m: Mention) -> Mention:
    """``m`` widened over the model words after it where its last word is a model token of a
    series it opens ("Galaxy S24" + "Ultra", "PlayStation 5" + "Pro"), typed MISC."""
    words = m.text.split()
    if len(words) < 2 or not _model_token(words[-1]) or _headed(m.text):
        return m
    after = _WORDS_AFTER.match(text, m.end)
    if after is None or not _model_words(after.group()):
        return m
    return _product(text, m, m.start, after.end())


def _joins_right(text: str, m: Mention, tail: re.Match[str], page: _Page) -> bool:
    """Whether the model token after ``m`` is the rest of its product's name."""
    token = tail.group("token")
    if not _model_token(token) or _firm_or_place(m.text) or _headed(m.text):
        return False
    if _table_row(text, m.start):
        return False  # "Celtics 110, Bulls 98", "13. Ed Hale 14.": a table's or a list's row
    last = m.text.split()[-1]
    worded = _model_words(tail.group("words"))
    if MODEL_NUMBER.fullmatch(token) and (
            _score_line(text, m.start, tail.end("token"))  # "Celtic 3 Rangers 0"
            or (not worded and _count_or_club(text, m, tail, page))):
        return False
    inside = _capital_inside(m.text)
    # two digits after the surname of a person the page names in full are a score's, a
    # round's or a shirt's ("Rory McIlroy" … "McIlroy 71" ORG), as after a person-typed span
    label = "PER" if last in page.people and len(token) == _PERSON_SCORE_DIGITS else m.label
    if label in ("LOC", "PER"):
        # a district's, a shirt's or a list's number follows a place or a person as often
        # ("Dublin 2 … Dublin 4", "Amy Lee 70. … Geddy Lee 14."): a code or a sign in the name
        return inside or worded or (label == "PER" and _long_code(token))
    series = inside or worded or page.places[last] >= SERIES_PLACES_MIN
    if MODEL_NUMBER.fullmatch(token):
        return series or (_ACRONYM.fullmatch(m.text) is not None and len(token) >= _ACRONYM_MODEL_DIGITS)
    if _SHORT_CODE.fullmatch(token):
        return series
    return True  # a model code: "Galaxy S24", "Core i7", "Nothing Phone 2a"


def _table_row(text: str, start: int) -> bool:
    """Whether a table's or a ranked list's row ends right before ``start``; a date's day
    and comma is none ("On May 5, PlayStation 5 …")."""
    row = _ROW_BEFORE.search(text, max(0, start - _LOOKBACK), start)
    if row is None:
        return False
    month = _WORD_BEFORE.search(text, max(0, row.start() - _LOOKBACK), row.start())
    return month is None or not month_name(month.group(1))


def _count_or_club(text: str, m: Mention, tail: re.Match[str], page: _Page) -> bool:
    """Whether the plain number after ``m`` is a count's or a club's: "Lakers 3 games" (unless
    the page writes the pair bare too: "PlayStation 5 … PlayStation 5 games"), "TuS Koblenz 1"
    (a name ending in a place's: a club's or a body's, no product's)."""
    last = m.text.split()[-1]
    if counted(text, tail.end("token"), m.start) and (last, tail.group("token")) not in page.bare:
        return True
    return m.text != last and _place_only(last)


def _place_only(word: str) -> bool:
    """Whether the knowledge base knows ``word`` as a place only ("Koblenz", "Leipzig")."""
    return kb_types(word) == {"LOC"}


def _long_code(token: str) -> bool:
    """A model code that is no seat's, road's or channel's ("S24" yes, "P1" no)."""
    return coded(token) and _SHORT_CODE.fullmatch(token) is None


def _capital_inside(name: str) -> bool:
    return any(camel_series(w) or camel_word(w) for w in name.split())


def _firm_or_place(name: str) -> bool:
    """Whether the knowledge base knows ``name`` as a firm or a place only (no product)."""
    types = kb_types(name)
    return bool(types) and _PRODUCT not in types and bool(types & {"ORG", "LOC"})


def _headed(name: str) -> bool:
    """Whether a word of ``name`` is a head word ("Channel", "Road")."""
    heads = head_keys()
    return any(token_key(w) in heads for w in name.split())


def _owned_product(text: str, m: Mention, end: int) -> list[Mention]:
    """``m`` widened to ``end`` as a product; an owner before a possessive in it keeps its own
    span and type ("NASA’s Voyager" + "1": "NASA", "Voyager 1")."""
    owner = next(reversed(list(_POSSESSIVE.finditer(m.text))), None)  # the last one
    if owner is None:
        return [_product(text, m, m.start, end)]
    owner_end = m.start + owner.start()
    return [replace(m, end=owner_end, text=text[m.start : owner_end]),
            _product(text, m, m.start + owner.end(), end)]


def _product(text: str, m: Mention, start: int, end: int) -> Mention:
    return replace(m, start=start, end=end, text=text[start:end], label=_PRODUCT)


def _joined_left(text: str, mentions: list[Mention]) -> list[Mention]:
    """A one-word model word span joined to the series right before it ("Xbox One", "M3 Pro
    Max"): the span ending right before it, or the word there, when it is a series'."""
    out: list[Mention] = []
    for m in mentions:
        if m.text.casefold() not in _LEFT_WORDS:
            out.append(m)
            continue
        before = out[-1] if out else None
        if (before is not None and text[before.end : m.start] in (" ", "\u00a0")
                and any(_series_word(w) for w in before.text.split())
                and not _firm_or_place(before.text)):
            out[-1] = _product(text, before, before.start, m.end)  # "M3 Pro" + "Max"
            continue
        word = _WORD_BEFORE.search(text, max(0, m.start - _LOOKBACK), m.start)
        if (word is not None and (before is None or before.end <= word.start())
                and _series_word(word.group(1)) and not _firm_or_place(word.group(1))):
            out.append(_product(text, m, word.start(), m.end))
            continue
        out.append(m)
    return out


def _series_word(word: str) -> bool:
    """A series' word: a capital inside ("PlayStation", "iPhone") or a model code ("M3")."""
    return _capital_inside(word) or coded(word)
