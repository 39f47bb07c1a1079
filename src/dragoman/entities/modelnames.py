"""Product model names that NER types as people or organisations (issue 14; read by
``products.product_referent``): a name of two words or more built as a product's model is
MISC. Signs of a model name, each counted once:

* a model code, letters and digits in one word ("Galaxy S24", "OnePlus 6T", "M3 Max",
  "Core i7"), in the name or right after it;
* a model word closing it (``en_entities.MODEL_WORDS``: "MacBook Pro", "Apple TV+", "Vision
  Pro"), no given name ("Verstappen Max" in a results list);
* a word with a capital inside after a capital start ("MacBook", "GeForce", "PlayStation");
* a firm the knowledge base types an organisation opening it ("Intel Core", "Apple Car"):
  for a name typed a person, this alone, where no given name follows the firm's;
* a plain model number in it or right after it ("Commodore 64", "Intel Core 2 Duo"), no
  founding year ("VfL Bochum 1848", ``FOUNDING_YEARS``).

A capital inside a club's abbreviation is no sign ("VfL", "SpVgg": no vowel before it); a
code opening an organisation's name is its own ("SWR3 Radio"); and a firm's one-word name
written alone as well as before codes is the firm's ("BioNTech BNT111 … BioNTech said").

A person's name holds none of these but a capital inside ("McDonald", "LeBron") or a surname
that is a firm's ("Ford", "Dell"): two signs are needed (``MODEL_SIGNS_MIN``), or a model
code alone for a name typed a person (no person is so named), or for one of two words or more
typed an organisation, but a code of one capital and digits: a race's, a network's or a
road's ("Sky Sports F1", "A1 Telekom", "Autobahn A10"). A one-word name is a series' where
it stands before model codes (``SERIES_PLACES_MIN``: "Pixel 8a"). Read only where
``products.guarded_referent`` keeps nothing (a KB name, a given name first, a head word:
"Channel 4 News"), and not against person evidence. A name typed a place needs a model
code and a model word ("M3 Max"). And a name written right after a capitalised word and a
model number is the rest of a numbered product's name ("Plantur 39 Color Braun";
``numbered_led_places``), one product cue per place for ``products.product_cues``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys
from dragoman.entities.packwords import every_pack_in_order
from dragoman.language.en_entities import MODEL_WORDS

KbType = Callable[[str, bool], str | None]  # (name, gazetteer towns too) -> KB type, or None

# Signs a name typed a person or an organisation needs to be a model's (see the docstring):
# one is as often a person's or a firm's ("McDonald", "Ford Foundation"); set by hand on pool
# A's product names (MacBook Pro, M3 Max, OnePlus 6T, Intel Core), not tuned.
MODEL_SIGNS_MIN = 2
# Letters and digits in one word: a model code. Not an ordinal ("21st"), a unit after a number
# ("50GB", "4K", "5G", "10km": sizes and networks, no model).
_CODE = re.compile(r"(?:[A-Za-z]+\d+[A-Za-z\d]*|\d+[A-Za-z]+[A-Za-z\d]*)(?:-\d+)?")
_NO_CODE = re.compile(r"\d+(?:st|nd|rd|th|k|K|g|G|gb|GB|tb|TB|mb|MB|km|m|mm|cm|kg|kw|kW|mp|MP)")
# One capital and digits: a race, a group of states, a network, a firm's name or a road as
# often as a model ("F1", "G7", "O2", "A1", "Autobahn A10", "M25"): no model code alone in a
# name typed an organisation.
# The longest model code read ("BNT162b2", "18V-60", "DMC-12" are under ten): set by hand, not
# tuned; a longer run of letters and digits is a hash, an identifier or junk.
_CODE_MAX_CHARS = 20
_SHORT_CODE = re.compile(r"[A-Z]-?\d{1,3}")
# A plain model number ("Pixel 8", "RTX 3080"): one to four digits, no leading zero.
MODEL_NUMBER = re.compile(r"[1-9]\d{0,3}")
# Years a club or a firm writes in or after its name, its founding's ("VfL Bochum 1848", "TSG
# 1899 Hoffenheim"), no model number: set by hand (review probes), not tuned. A product's
# four-digit number is a later year's ("Office 2021") or no year ("RTX 4090").
FOUNDING_YEARS = range(1800, 2000)
_INNER_CAPITAL = re.compile(r"^[A-Z][a-z]+[A-Z]")
# A vowel in the part before the capital inside: without one the word is an abbreviation
# ("VfL", "VfB", "SpVgg": clubs), no product's series ("MacBook", "GeForce", "GoPro").
_VOWEL = re.compile(r"[aeiouyäöüéèàáóòíìúù]", re.IGNORECASE)
# A model code or a plain number right after a name ("Core i5", "Intel Core 2 Duo"), no
# score's, time's or list's number ("6:2", "574, 123", "12.3.").
_AFTER = re.compile(r"[ \u00a0]([A-Za-z\d-]+)(?![\w:/'’%+]|[.,]\d| \d)")


def model_named(name: str, kind: str, text: str, kb_type: KbType | None, ends: list[int]) -> bool:
    """Whether ``name``, typed ``kind``, is a product model's (see the module docstring);
    ``ends``: where ``text`` writes it or another of its referent's names, their ends. A
    place needs a model code and a model word ("M3 Max"): roads, gates and districts take
    codes ("Autobahn A10", "Gate B12")."""
    if len(name.split()) == 1:
        return _series_named(name, kind, text, ends)
    if kind == "PER" and (coded(name) or _firm_opened(name.split(), kb_type)):
        return True
    if kind == "ORG" and any(_code(w) and not _SHORT_CODE.fullmatch(w) for w in name.split()[1:]):
        return True  # "Nothing Phone 2a", "Thermomix TM6"; not "Sky Sports F1", "SWR3 Radio"
    if kind == "LOC":
        return coded(name) and _model_word(name.split())
    return kind in ("PER", "ORG") and model_signs(name, text, kb_type, ends, kind) >= MODEL_SIGNS_MIN


def model_signs(name: str, text: str, kb_type: KbType | None, ends: list[int],
                kind: str = "PER") -> int:
    """How many signs of a model name ``name`` has (see the module docstring); ``ends``: where
    ``text`` writes its referent's names, their ends. A one-digit number counts for a person
    only: a firm's channel is so numbered ("Sky 1")."""
    words = name.split()
    if len(words) < 2:
        return 0
    after = [m.group(1) for e in ends if (m := _AFTER.match(text, e))]
    code = any(_code(w) for w in (*words, *after))
    model_word = _model_word(words)
    camel = any(camel_series(w) for w in words)
    firm = _firm(words[0], kb_type)
    number = any(_model_number(w) and (kind == "PER" or len(w) >= 2) for w in (*words[1:], *after))
    if kind == "ORG" and firm:
        camel = False  # a firm's unit is so named ("Microsoft LinkedIn", "Google DeepMind")
    return sum((code, model_word, camel, firm, number))


def _model_number(word: str) -> bool:
    """A plain model number, no founding year ("Commodore 64"; not "VfL Bochum 1848")."""
    return MODEL_NUMBER.fullmatch(word) is not None and int(word) not in FOUNDING_YEARS


def _firm(word: str, kb_type: KbType | None) -> bool:
    """Whether the knowledge base types ``word`` alone an organisation."""
    return kb_type is not None and word[:1].isupper() and kb_type(word, False) == "ORG"


def _firm_opened(words: list[str], kb_type: KbType | None) -> bool:
    """A person-typed name a firm's name opens, no given name after it ("Facebook Messenger",
    "Amazon Prime"; not "Apple Martin", "Virgin Mary"): a firm names its products so, no
    person is so named (a given name that is a firm's too opens a person's name: "Chase
    Utley", kept by ``products.guarded_referent``)."""
    return (len(words) in (2, 3) and _firm(words[0], kb_type)
            and token_key(words[1]) not in given_name_keys())


def _model_word(words: list[str]) -> bool:
    """A model word closing a name; a given name ("Verstappen Max") only after a model code or
    a word with a capital inside ("M3 Max", "HBO Max")."""
    last = words[-1]
    if not ((last.casefold() in MODEL_WORDS or last.endswith("+")) and len(words) >= 2):
        return False
    before = words[-2]
    return (token_key(last) not in given_name_keys() or _code(before)
            or camel_series(before))


def camel_series(word: str) -> bool:
    """A capital inside a capitalised word that no surname's joined prefix makes ("MacBook",
    "GeForce"; not "McDonald", "DeShawn", "LeBron": the packs' ``joined_surname_prefixes``),
    nor a given name after it ("MacArthur")."""
    inner = _INNER_CAPITAL.match(word)
    if inner is None:
        return False
    prefix, rest = word[: inner.end() - 1], word[inner.end() - 1 :]
    if _VOWEL.search(prefix) is None:
        return False  # "VfL Bochum", "SpVgg Unterhaching": a club's abbreviation
    return prefix.casefold() not in _surname_prefixes() and token_key(rest) not in given_name_keys()


@lru_cache(maxsize=1)
def _surname_prefixes() -> frozenset[str]:
    """The packs' joined surname prefixes but "Mac", a product's word as often ("MacBook"):
    its surnames are told by the given name after it ("MacArthur", "MacKenzie")."""
    prefixes = every_pack_in_order(lambda w: w.joined_surname_prefixes)
    return frozenset(w.casefold() for w in prefixes) - {_MAC}


_MAC = "mac"


def coded(name: str) -> bool:
    """Whether a word of ``name`` is a model code ("S24", "6T", "i7")."""
    return any(_code(w) for w in name.split())


def _code(word: str) -> bool:
    word = word.strip(",.;:()")
    if len(word) > _CODE_MAX_CHARS:
        return False  # no model's; and the pattern backtracks on a long run of digits
    return _CODE.fullmatch(word) is not None and _NO_CODE.fullmatch(word) is None


# A capitalised word and a model number closing the text before a name: the name goes on a
# numbered product's ("Plantur 39 Color Braun", "Windows 10 Pro").
_NUMBERED_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w-]*[ \u00a0]([1-9]\d{0,3})[ \u00a0]$")
_LOOKBACK = 40


Occurrences = Callable[[str, str], Iterable[int]]  # (text, name) -> where it stands as a word


def numbered_led_places(text: str, names: list[str], occurrences: Occurrences) -> set[int]:
    """Where ``text`` writes one of ``names`` right after a capitalised word and a model
    number: the rest of a numbered product's name. Each place is one product cue."""
    places: set[int] = set()
    for name in names:
        if not name.strip():
            continue
        for start in occurrences(text, name):
            before = _NUMBERED_BEFORE.search(text, max(0, start - _LOOKBACK), start)
            if before is not None and _model_number(before.group(1)):  # not "TSG 1899 Hoffenheim"
                places.add(start)
    return places


# Places a one-word name must stand before a model code to be a series' ("Pixel 8a … Pixel
# 8a", "EOS R5"): once is as often a position or a seat ("Verstappen P1", "Kane 9"). Set by
# hand, not tuned.
SERIES_PLACES_MIN = 2
# A model code, or a model number and a model word, right after a series' name ("Pixel 8a",
# "PlayStation 5 Pro").
_MODEL_AFTER = re.compile(r"[ \u00a0]([A-Za-z\d-]+)(?:[ \u00a0]([A-Za-z+]+))?")


def _series_named(name: str, kind: str, text: str, ends: list[int]) -> bool:
    """Whether a one-word name is a product series' written before its model codes in
    ``SERIES_PLACES_MIN`` places ("Pixel 8a", "Xperia 1 VI" no; "PlayStation 5 Pro"): for a
    name typed a person, or an organisation whose name has a capital inside ("GoPro",
    "PlayStation"): a firm's name takes model codes after it ("BMW X5", "Airbus A350"), and
    such a firm's name written alone is the firm's ("BioNTech BNT111 … BioNTech said")."""
    if kind == "ORG" and not camel_series(name):
        return False
    if kind not in ("PER", "ORG"):
        return False
    places = bare = 0
    for end in ends:
        after = _MODEL_AFTER.match(text, end)
        first, second = (after.group(1), after.group(2)) if after else ("", None)
        if _code(first) or (MODEL_NUMBER.fullmatch(first) and second is not None
                            and _model_word([first, second])):
            places += 1
        else:
            bare += 1
    return places >= SERIES_PLACES_MIN and not (kind == "ORG" and bare)
