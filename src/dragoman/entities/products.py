"""Products and services that NER types as people, organisations or places (issue 14): a
referent the article writes with a version or model number right after its name is a product
("Python 3.6", "Mojave 10.14", "RTX 3080 … RTX 3090", "Office 365"), and its type is MISC,
unless something in the article says it is a person, a place or a firm.

Read by ``referentvote.vote`` once it has a referent's type. Two kinds of numbers:

* a dotted version ("3.6", "10.14.x", "v2.0"), written after software, never after a person's,
  a place's or a firm's name: it turns a referent of any type;
* model numbers ("3080", "10" and "11"): two different ones after the same name, or one of three
  or four digits that is no year. A firm's name takes them too ("Boeing 737", "Fiat 126") and a
  place's (a district, a hall: "Dublin 2", "Halle 4"), so they turn a referent typed PER only.

Without a number, the words around a name say it too: a product noun right after it ("Rust
code", "the Firefox browser", "Android devices", "RTX 3080 cards"; ``product_nouns``,
``model_nouns``) or an opener right before it ("written in Rust", "install Parallels Desktop";
``product_openers``), in ``PRODUCT_CUES_MIN`` places or more (``product_cues``). That turns a
referent typed PER, and one typed ORG that has model numbers as well: a firm's name takes such
nouns ("Apple devices"), a place's is left alone. Nouns of software no place or firm takes
("Python script", "Boot Camp partition"; ``softwarecues``) turn a place or a firm too. Read
too: the first word of a longer name (one-word forms join it after the vote: "Rust" of "Rust
Latam") and a name NER ran a noun into ("Ostrel GPUs", a German compound: "AdBlue-Tank"); a
gendered pronoun after such a word keeps a person, as does the same person evidence as for
numbers. No "Smith app" (``service_nouns``' "app"), no possessive ("van Rossum's code"), no
verb ("Cruz phones her fans", "code-named").

A firm's name the knowledge base knows written right before a name, or opening it ("Nvidia
GeForce Now", "Amazon Luna"), is a product cue too, and a trademark sign after a name
("Boot Camp®") turns a person or a place whatever its head word (``brandcues``); where only a
speech verb says "person", such a firm-led name is the firm's unit or service, ORG
(``firm_unit_referent``: "Google DeepMind said").

A name built as a product's model ("MacBook Pro", "Galaxy S24 Ultra", "Pixel 8a … Pixel 8a",
"Facebook Messenger" typed a person) is MISC too (``modelnames``), and a name right after a
brand and its number ("Plantur 39 Color Braun") takes a product cue.

A "person" whose name opens in lower case with a capital inside ("macOS", "iPhone", "eBay") is a
product or a site too, where nothing says it is a person's (``camel_word``).

A number read as a score, a time, a date, a page or a count is none of these: one joined to more
("6-4", "2:1", "23'", "12.3.", "574, 123", "30 12 5"), and one in a row of other names' numbers
("Verstappen 25, Norris 18": points, ratings, votes). Kept as they are: a referent with person
evidence (an honorific, an age, a speech verb, a gendered pronoun later in a form's sentence, a
title before a form written without a number, a given name opening a name of two words or
more), one the knowledge base knows (a town's name too: "Paris 2024"), and one with an
organisation's or place's head word ("Channel 4", "Highway 61")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from dragoman.entities.brandcues import firm_led_places, trademarked
from dragoman.entities.enstreets import designated_thing
from dragoman.entities.kb import token_key
from dragoman.entities.modelnames import model_named, numbered_led_places
from dragoman.entities.nameclass import given_name_keys, head_keys, head_type
from dragoman.entities.openers import CLOSED_OPENERS
from dragoman.entities.packwords import alternation, every_pack_in_order
from dragoman.entities.productcues import product_places
from dragoman.entities.softwarecues import software_cues
from dragoman.language.rules import all_rules

if TYPE_CHECKING:
    from dragoman.entities.referentvote import Form, KbType

# Model numbers of three or four digits that are no year: years (1000 to 2099) follow names of
# events and places ("Paris 2024", "Euro 2016"). Set by hand, not tuned.
YEAR_FIRST, YEAR_LAST = 1000, 2099
# Different model numbers after one name that make it a product when none has three digits
# ("Windows 7", "Windows 10"): one alone is as often a shirt number, a minute or a channel
# ("Kane 9", "Channel 4"). Set by hand, not tuned.
MODELS_MIN = 2
# Places an article writes a name as a product's ("Rust code", "written in Rust";
# ``product_cues``) that make a person's or a numbered firm's name a product's: one alone is as
# often a person's thing named for them ("the Morse code"). Set by hand on the analyst pool's
# products (Rust, Parallels Desktop, RTX, Android), not tuned.
PRODUCT_CUES_MIN = 2
# Letters a word closing with a full stop before a name may have and be an abbreviation a
# name goes on after ("St.", "Jr.", "Inc."); a longer one closes a sentence ("Jahren.").
# Set by hand, not tuned.
ABBREVIATION_MAX = 3
# How far into the text a name's numbers are looked for: a whole article of pages (a manual's
# FAQ) bounds the cost, not the evidence. Set by hand, not tuned.
SCAN_CHARS = 200_000

# A dotted version: one or two dots, parts of one or two digits ("3.6", "10.14", "3.6.0"), an
# "x" for a series ("10.13.x"), a range ("2.6.29–5.1"). A model number: one to four digits, no
# zero in front (a list's rank: "06."), a plural or a small suffix in lower case ("3080s",
# "3080ti"). What may not follow either: a word character, a score's or a time's sign, a quote
# (minutes: "23'"), a per cent, a further number ("6-4", "574, 123", "30 12 5").
_DOTTED = r"v?\d{1,2}(?:\.\d{1,2}){1,2}(?:\.x)?(?:[-–]\d{1,2}(?:\.\d{1,2}){1,2})?"
_MODEL = r"[1-9]\d{0,3}(?:s|ti)?"
_AFTER = r"(?![\w\-–—:/'’%+]|[.,]\d| \d)"
# A capitalised word and a space closing the text before a name: the name ends a longer one.
_LONGER = re.compile(r"(?<!\w)[A-Z][\w.&-]*[ \u00a0]$")
_LOOKBACK = 40
# A lower-case letter, then a capital: the first inner capital of a word (not an acronym's).
_INNER_CAPITAL = re.compile(r"[a-zß-ÿ](?=[A-ZÀ-Þ])")
# How far after a form a gendered pronoun of its sentence is looked for. Set by hand, not tuned.
PRONOUN_CHARS = 200
_SENTENCE_END = re.compile(r"[.!?\n]")
# Another capitalised name and its number right after a name's number, or right before the
# name: a table's row ("Verstappen 25, Norris 18").
_ROW_AFTER = re.compile(r"[,;] ([A-Z][\w'’-]*) \d")
_ROW_BEFORE = re.compile(r"([A-Z][\w'’-]*) \d{1,4}[,;] $")
_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
# What may not follow a name or its product noun: a word going on, a possessive's apostrophe.
_END_BLOCK = re.compile(r"[\w'’]")


@lru_cache(maxsize=1)
def _version_words() -> str:
    """The packs' ``version_words`` ("version": "Python version 3.7"), as a group to skip."""
    return alternation(every_pack_in_order(lambda w: w.version_words))


def numbers_after(text: str, name: str) -> tuple[bool, frozenset[str]]:
    """Whether ``text`` writes ``name`` with a dotted version right after it, and the model
    numbers it writes right after it (no year, no score; see the module docstring). No model
    number after a one-word name a capitalised word comes before: the name is then part of a
    longer one, another referent's ("Geddy Lee 14." for "Lee")."""
    if not name.strip():
        return False, frozenset()
    dotted, models = False, set()
    one_word = len(name.split()) == 1
    for start in occurrences(text, name):
        found = _number_after().match(text, start + len(name))
        if found is None:
            continue
        version, model = found.group(1), found.group(2)
        if model is not None and one_word and _LONGER.search(text, max(0, start - _LOOKBACK), start):
            continue
        if model is not None and _table_row(text, start, found.end(), name):
            continue
        if version is not None:
            # "12.3." closing a sentence is a German date as often as a version: two parts and
            # a full stop after them count for nothing
            closed = version.count(".") == 1 and text[found.end() : found.end() + 1] == "."
            dotted = dotted or not closed
        elif model is not None:
            models.add(model.rstrip("sti"))
    return dotted, frozenset(models)


def occurrences(text: str, name: str) -> Iterator[int]:
    """Where ``text`` (its first ``SCAN_CHARS``) writes ``name`` not inside a longer word
    before it: found by plain search, so no pattern is compiled per name."""
    limit = min(len(text), SCAN_CHARS)
    start = text.find(name, 0, limit)
    while start >= 0:
        if not (start and _WORD_CHAR.match(text, start - 1)):
            yield start
        start = text.find(name, start + 1, limit)


@lru_cache(maxsize=1)
def _number_after() -> re.Pattern[str]:
    """A dotted version or a model number right after a name (the packs' ``version_words``
    may stand between)."""
    return re.compile(rf"[ \u00a0](?:{_version_words()} )?(?:({_DOTTED})|({_MODEL})){_AFTER}")


def product_cues(text: str, names: Iterable[str], more: Iterable[int] = ()) -> int:
    """Places ``text`` writes one of ``names`` as a product's: a product noun right after it,
    maybe after a model number ("Rust code", "RTX 3080 cards"; ``product_nouns``), or an
    opener right before it ("written in Rust", "install Parallels Desktop";
    ``product_openers``). Not a one-word name a capitalised word other than a closed-class
    one comes before: the name is then part of a longer one ("Guido Rust code"). ``more``:
    further places read as cues (``brandcues``: "Nvidia GeForce Now"), each counted once."""
    places: set[int] = set(more)
    for name in names:
        if name.strip():
            places.update(_cue_places(text, name))
    return len(places)


def _cue_places(text: str, name: str) -> Iterator[int]:
    """Where ``name`` stands as a word with a product noun after it or an opener before it."""
    openers = _cue_patterns()[1]
    for start, after in _standing(text, name):
        opened = openers.search(text, max(0, start - _LOOKBACK), start) is not None
        if not opened and not (after is not None and _noun_cue(after)):
            continue
        if not opened and len(name.split()) == 1 and _in_longer(text, start):
            continue
        yield start


def _standing(text: str, name: str) -> Iterator[tuple[int, re.Match[str] | None]]:
    """Where ``name`` stands as a word, with the product noun after it when one is there."""
    nouns = _cue_patterns()[0]
    for start in occurrences(text, name):
        end = start + len(name)
        after = nouns.match(text, end)
        if after is not None and _END_BLOCK.match(text, after.end()):
            after = None  # the noun runs on ("Rust codes'"): only the name is read
        if after is not None or not _END_BLOCK.match(text, end):
            yield start, after


def _in_longer(text: str, start: int) -> bool:
    """Whether a capitalised word that is no closed-class word ("The", "In") and closes no
    sentence stands right before ``start``: the name there ends a longer one."""
    longer = _LONGER.search(text, max(0, start - _LOOKBACK), start)
    if longer is None:
        return False
    word = longer.group().strip()
    if word.endswith(".") and len(word) > ABBREVIATION_MAX + 1:
        return False  # a sentence's last word ("Jahren."; German capitalises every noun)
    return word.casefold() not in CLOSED_OPENERS


def _noun_cue(found: re.Match[str]) -> bool:
    """Whether a product noun follows the name: one of ``model_nouns`` after a model number
    that is no year only ("RTX 3080 cards", not "Ohtani cards" nor "Topps 2023 cards")."""
    noun, model = found.group("noun"), found.group("model")
    if noun is None:
        return False
    if noun.casefold() not in _model_nouns():
        return True
    return model is not None and _model_named(frozenset({model.rstrip("sti")}))


@lru_cache(maxsize=1)
def _model_nouns() -> frozenset[str]:
    return frozenset(w.casefold() for w in every_pack_in_order(lambda w: w.model_nouns))


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A product noun right after a name (a model number or a hyphen between: "RTX 3080
    cards", "AdBlue-Tank") and an opener closing the text before it, in any case."""
    nouns = alternation(every_pack_in_order(lambda w: (*w.product_nouns, *w.model_nouns)))
    openers = alternation(every_pack_in_order(lambda w: w.product_openers))
    return (re.compile(rf"(?:[ \u00a0](?P<model>{_MODEL}))?[ \u00a0-](?P<noun>(?i:{nouns}))(?![\w-])"),
            re.compile(rf"(?<!\w)(?i:{openers})[ \u00a0]$"))


def _table_row(text: str, start: int, end: int, name: str) -> bool:
    """Whether a name and its number stand in a list of other names' numbers, a table of
    points, ratings or votes ("Verstappen 25, Norris 18"), no product's models ("Windows 7,
    Windows 8": one name)."""
    after = _ROW_AFTER.match(text, end)
    if after is not None and after.group(1) != name:
        return True
    before = _ROW_BEFORE.search(text, max(0, start - _LOOKBACK), start)
    return before is not None and before.group(1) != name


def _model_named(models: frozenset[str]) -> bool:
    """Whether the model numbers after a name make it a product's (see the constants): years
    are none ("Ann Lee 2016 und 2017")."""
    numbers = [m for m in models if not (len(m) == 4 and YEAR_FIRST <= int(m) <= YEAR_LAST)]
    return any(len(m) >= 3 for m in numbers) or len(numbers) >= MODELS_MIN


def product_referent(forms: list[Form], text: str, kind: str, kb_type: KbType | None) -> bool:
    """Whether a referent typed ``kind`` is a product all the same (see the module docstring):
    a dotted version after one of its names, or for a person, model numbers, or for a person
    or a numbered firm, product nouns and openers around its names."""
    if kind not in ("PER", "ORG", "LOC") or not forms or not text:
        return False
    head = max(forms, key=lambda f: len(f.words))
    names = dict.fromkeys(f.mention.text for f in forms)
    if kind != "ORG" and trademarked(text, names, occurrences) and not _known(head, kb_type):
        # a brand whatever its head word says ("Boot Camp®")
        return not any(_person_cued(f, set(), text) for f in forms)
    if kind == "LOC" and designated_thing(names, head.mention.text, text, kb_type, occurrences):
        return not any(_person_cued(f, set(), text) for f in forms)  # "Google Drive"
    if guarded_referent(head, kb_type):
        return False
    if kind == "PER" and any(camel_word(w) for w in head.mention.text.split()):
        return not any(_person_cued(f, set(), text) for f in forms)
    ends = [start + len(n) for n in names for start in occurrences(text, n)]
    if model_named(head.mention.text, kind, text, kb_type, ends) and not any(
            _person_cued(f, set(), text) for f in forms):
        return True  # "MacBook Pro", "M3 Max", "Pixel 8a"; else the numbers are read below
    dotted, models = False, frozenset[str]()
    numbered: set[str] = set()  # names written with a number after them
    for name in names:
        d, m = numbers_after(text, name)
        if d or m:
            numbered.add(name)
        dotted, models = dotted or d, models | m
    last = _last_word(head)
    if not dotted and last is not None and last not in names:
        dotted = numbers_after(text, last)[0]
    if dotted or (kind == "PER" and _model_named(models)):
        return not any(_person_cued(f, numbered, text) for f in forms)
    if kind in ("LOC", "ORG") and _software(text, head, names):
        return not any(_person_cued(f, set(), text) for f in forms)  # "Python script"
    # a firm's name takes product nouns too ("Apple devices"): an organisation needs its
    # model numbers as well ("RTX 3080 … RTX 3090 cards")
    if kind == "LOC" or (kind == "ORG" and not _model_named(models)):
        return False
    # one-word forms join a longer name's referent after the vote ("Rust" of "Rust Latam"),
    # and NER runs a noun into a name ("Ostrel GPUs", German "AdBlue-Tank"): both are read too
    more = [w for w in (_first_word(head), *(_noun_cut(n) for n in names)) if w and w not in names]
    firm_led = firm_led_places(text, names, kb_type, occurrences)  # "Nvidia GeForce Now"
    firm_led |= numbered_led_places(text, [*names, *more], occurrences)  # "Plantur 39 Color Braun"
    firm_led |= product_places(text, [*names, *more], occurrences)  # "a Dokku instance" (productcues)
    if product_cues(text, [*names, *more], firm_led) < PRODUCT_CUES_MIN:
        return False
    if any(pronoun_after(text, start + len(w)) for w in more for start, _ in _standing(text, w)):
        return False  # "Brisk code … Brisk said that he": a person's surname
    return not any(_person_cued(f, set(), text) for f in forms)


def firm_unit_referent(forms: list[Form], text: str, kind: str, kb_type: KbType | None) -> bool:
    """Whether a referent typed a person that ``product_referent`` kept for a speech verb
    only is a firm's unit or service all the same: a firm's name stands before or opens its
    names in ``PRODUCT_CUES_MIN`` places or more ("Google DeepMind said", ``brandcues``), and
    nothing else says it is a person's (firms speak too)."""
    if kind != "PER" or not forms or not text:
        return False
    head = max(forms, key=lambda f: len(f.words))
    if guarded_referent(head, kb_type):
        return False
    names = dict.fromkeys(f.mention.text for f in forms)
    if len(firm_led_places(text, names, kb_type, occurrences)) < PRODUCT_CUES_MIN:
        return False
    return not any(f.honorific or f.aged or f.titled or pronoun_after(text, f.mention.end) for f in forms)


def _software(text: str, head: Form, names: Iterable[str]) -> bool:
    """Whether software nouns follow the referent's names, or the first or last word of its
    longest one (one-word forms join it after the vote: "Tarsk" of "Every Tarsk"), in
    ``PRODUCT_CUES_MIN`` places or more (``softwarecues``)."""
    words = [w for w in (_first_word(head), _last_word(head)) if w]
    return software_cues(text, [*names, *words], _in_longer) >= PRODUCT_CUES_MIN


def _first_word(head: Form) -> str | None:
    """The first word of a longest name of two words or more, no given name (``guarded_referent``
    keeps those): one-word forms of the product join the longer name of a thing named for it
    after the vote ("Rust" of "Rust Latam", "Rust Belt Rust")."""
    words = head.mention.text.split()
    if len(words) >= 2 and words[0][:1].isupper() and words[0].isalpha():
        return words[0]
    return None


def _noun_cut(name: str) -> str | None:
    """A name of two words or more without the product noun closing it ("Ostrel" of "Ostrel
    GPUs"), or a compound's name without the noun joined to it ("AdBlue-Tank"), or None."""
    words = name.split()
    if len(words) >= 2 and words[-1].casefold() in _product_nouns():
        return " ".join(words[:-1])
    front, hyphen, noun = name.rpartition("-")
    if hyphen and front and noun.casefold() in _product_nouns():
        return front  # a German compound: "AdBlue" of "AdBlue-Tank"
    return None


@lru_cache(maxsize=1)
def _product_nouns() -> frozenset[str]:
    return frozenset(w.casefold() for w in every_pack_in_order(lambda w: w.product_nouns))


def camel_word(word: str) -> bool:
    """Whether a word is written as a product's or a site's, never as a person's: a lower-case
    start and a capital inside it ("macOS", "iPhone"), unless the start is a surname's joined
    prefix before a capitalised surname (``joined_surname_prefixes``: "deGrom"; not "macOS"),
    or a given name follows the inner capital (a word glued to a name by the page's markup).
    A capital start is no evidence: stage names and given names are so written too
    ("PinkPantheress", "LeBron", "JaVale")."""
    inner = _INNER_CAPITAL.search(word)
    if inner is None or not word[:1].islower():
        return False
    prefix, rest = word[: inner.start() + 1], word[inner.end() :]
    surname = rest[1:2].islower()  # "Grom", not "OS" of "macOS"
    if surname and prefix.casefold() in _surname_prefixes():
        return False
    return token_key(rest) not in given_name_keys()  # "vonMaria": a word glued to a name


@lru_cache(maxsize=1)
def _surname_prefixes() -> frozenset[str]:
    return frozenset(w.casefold() for w in every_pack_in_order(lambda w: w.joined_surname_prefixes))


def _last_word(head: Form) -> str | None:
    """The last word of a longest name of two words or more, asked for a dotted version only
    ("Windows 8.1" for "Make Windows", where NER ran an imperative into the name): model
    numbers after a surname alone are a list's ranks as often ("Scott 67.")."""
    words = head.mention.text.split()
    if len(words) >= 2 and words[-1][:1].isupper() and words[-1].isalpha():
        return words[-1]
    return None


def _known(head: Form, kb_type: KbType | None) -> bool:
    """Whether the knowledge base knows the referent's longest name (a town's name too)."""
    return kb_type is not None and kb_type(head.mention.text, True) is not None


def guarded_referent(head: Form, kb_type: KbType | None) -> bool:
    """Whether the referent's longest name says what it is: the knowledge base knows it (a
    town's name too), a given name opens it ("Ruby Rose"; a given name alone may be a
    language's: "Julia 1.9"), or a head word closes or opens it ("Channel 4", "Route 66")."""
    name = head.mention.text
    if _known(head, kb_type):
        return True
    if len(head.words) >= 2 and head.words[0] in given_name_keys():
        return True
    words = name.split()
    return head_type(name) is not None or (len(words) == 1 and token_key(name) in head_keys())


def _person_cued(f: Form, numbered: set[str], text: str) -> bool:
    """Whether a form is written as a person's: an honorific, an age, a speech verb, a
    gendered pronoun later in its sentence ("qOwl has said that he …"), or a title before
    a name the text never writes with a number ("an official Python 3.7": a version after a
    name says the title word before it is no title)."""
    if f.honorific or f.aged or f.speaks or (f.titled and f.mention.text not in numbered):
        return True
    return pronoun_after(text, f.mention.end)


def pronoun_after(text: str, end: int) -> bool:
    """Whether a gendered pronoun follows ``end`` in its sentence ("qOwl has said that he …")."""
    rest = _SENTENCE_END.split(text[end : end + PRONOUN_CHARS], maxsplit=1)[0]
    return any(w.casefold() in _gendered_pronouns() for w in _WORD.findall(rest))


@lru_cache(maxsize=1)
def _gendered_pronouns() -> frozenset[str]:
    """The packs' gendered personal pronouns ("he", "she", "er"): ``speaker_pronoun_genders``."""
    return frozenset(p.casefold() for rules in all_rules() for p, _ in rules.speaker_pronoun_genders)
