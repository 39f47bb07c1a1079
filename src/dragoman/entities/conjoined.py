"""Names NER ran into one span across a conjunction of the article's language (issue 14).

"Lula e Bolsonaro", "Pedro Sánchez y Pere Aragonès", "Macron et Scholz", "Germany, France and
Italy": an unresolved span (the linker tried the whole as a knowledge-base, gazetteer and
learned name first, so "Trinidad and Tobago" or a learned "Marks and Spencer" never gets
here) whose words split, at commas and at one of the language's ``list_conjunctions`` closing
the list, into parts that each have a name's shape, is cut at its first separator; the rest
is resolved and cut again by the linker, and each part takes the type its own look-up gives
(NER's label when it has none).

A name's shape, in a script with capitals: its first and last words capitalised, the words
between capitalised or "&" ("Procter & Gamble"). In a script
without capitals, every part must be a known name. Kept whole:

* a part holding a head word of an organisation or place ("Ministry of Foreign Affairs and
  Trade", "Department of Housing and Urban Development": one body's name);
* a part holding a firm's partner word (the packs' ``firm_partner_words``: "Sons", "Partners",
  "Söhne": "Smith and Sons"), or the conjunction inside a span opened by a quotation mark (a
  band's, a book's title);
* a part with a lower-case word inside ("Our Lady of Peace and Good Voyage": one name);
* parts none of which is known (a non-gazetteer entity, or tagged alone elsewhere in the
  article), unless NER called the span a place and every part names a known entity (gazetteer
  places: "Spain and Portugal"), or a person and every part has two words or more (full
  names: "Ann Lee and Tom Baxter"): "Marks and Spencer", "Simon and Schuster", "Barnes and
  Noble" are firm names made of two surnames, "Saint Kitts and Nevis" one place, "Computer
  Science and Artificial Intelligence Laboratory" one body; "Kim and Trump" is cut when
  "Trump" is known.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from dragoman.entities.coordsides import side_part
from dragoman.entities.kb import name_key, token_key
from dragoman.entities.linkdoc import Doc
from dragoman.entities.nameclass import head_keys
from dragoman.entities.packwords import every_pack
from dragoman.entities.referents import Referent
from dragoman.entities.resolve import NameResolver
from dragoman.entities.splitting import Cut, Part
from dragoman.entities.tokenize import tokenize
from dragoman.language.rules import rules_for
from dragoman.language.scripts import CASED_SCRIPTS
from dragoman.model import Mention

# Most names in one listed span, and most words of one of them: longer runs are a heading or
# a title more often than a list NER ran together. Set by hand, not tuned.
LIST_PARTS_MAX = 6
PART_WORDS_MAX = 4
# Quotation marks that open a title (a band's, a book's) the conjunction belongs to.
_OPENING_QUOTES = frozenset("\"'“„«‘‚‹「")

Known = Callable[[str], Part | None]
# What may follow a span on its own line for the span to fill that line (a heading, a slogan).
_LINE_CLOSERS = frozenset(":.!?")


@lru_cache(maxsize=1)
def _firm_partner_keys() -> frozenset[str]:
    return frozenset(token_key(w) for w in every_pack(lambda w: w.firm_partner_words))


@lru_cache(maxsize=32)
def _conjunction_keys(language: str | None) -> frozenset[str]:
    rules = rules_for(language)
    if rules is None:
        return frozenset()
    return frozenset(token_key(c) for c in rules.list_conjunctions if " " not in c)


def conjoined_cut(resolver: NameResolver, doc: Doc, span: Mention, named: dict[str, str]) -> Cut | None:
    """The cut of ``span`` (unresolved, in the article ``doc``) after its first listed name (see
    the module docstring), or None. Each part is looked up as ``coordsides.side_part`` says
    (``named``: name key -> label of the article's NER mentions)."""
    if _whole_line(doc.text, span.start, span.end):
        return None
    return listed_cut(span.text, span.label, doc.language,
                      lambda part: side_part(resolver, doc, span, part, named),
                      doc.text[span.start - 1 : span.start])


def _whole_line(text: str, start: int, end: int) -> bool:
    """Whether the span fills its line (a colon or stop may close it): a heading or a slogan
    ("Fast, Powerful and Easy", "Agile Verwaltung und Politik: …"), not a list of names. Reads
    only the blanks around the span, so a page of one long line costs no scan per span."""
    before = _past_blanks(text, start - 1, -1)
    if before >= 0 and text[before] != "\n":
        return False
    if text[end : end + 1] == ":":
        return True
    after = _past_blanks(text, end, 1)
    if after < len(text) and text[after] in _LINE_CLOSERS:
        after = _past_blanks(text, after + 1, 1)
    return after >= len(text) or text[after] == "\n"


def _past_blanks(text: str, i: int, step: int) -> int:
    """The first index from ``i`` on (in direction ``step``) that holds no blank of the line:
    a character, a line break, or -1 / ``len(text)`` past either end."""
    while 0 <= i < len(text) and text[i] != "\n" and text[i].isspace():
        i += step
    return i


def listed_cut(text: str, label: str, language: str | None, known: Known, before: str = "") -> Cut | None:
    """The cut of span ``text`` (NER's ``label``) in an article in ``language`` (``before``: the
    character before it; ``known``: what is known of a part) after its first listed name, or
    None."""
    conjunctions = _conjunction_keys(language)
    if not conjunctions or (before and before in _OPENING_QUOTES):
        return None
    if text.count(" ") < 2 and "," not in text:
        return None  # "A and B" needs two spaces (a quick test: most spans are short)
    parts = _parts(text, conjunctions)
    if parts is None:
        return None
    names = [text[a:b] for a, b in parts]
    rules = rules_for(language)
    cased = rules is not None and rules.script in CASED_SCRIPTS
    if cased and not all(_name_shaped(n) for n in names):
        return None
    keys = [token_key(w) for n in names for w in n.split()]
    if any(k in head_keys() or k in _firm_partner_keys() for k in keys):
        return None
    looked = [known(n) for n in names]
    evident = [p is not None and (p.tagged or (p.entity_id is not None and not p.gazetteer))
               for p in looked]
    if not cased and not all(p is not None for p in looked):
        return None
    places = label == "LOC" and all(p is not None and p.entity_id is not None for p in looked)
    people = label == "PER" and all(" " in n for n in names)
    if not (any(evident) or places or people):
        return None  # "Marks and Spencer": two surnames, a firm's name
    if _shared_tail(names, looked[0], label):
        return None  # "Kent and Essex Serious Crime Directorate", "Bill and Hillary Clinton"
    return Cut(parts[0][1], parts[1][0], looked[0], known(text[parts[1][0]:]))


def _parts(text: str, conjunctions: frozenset[str]) -> list[tuple[int, int]] | None:
    """``(start, end)`` of each name between commas and one closing conjunction; None when
    the span is no such list."""
    spans = tokenize(text)
    parts: list[tuple[int, int]] = []
    first: int | None = None  # first token of the current part
    words = 0
    conjunction_seen = False
    for i, (a, b) in enumerate(spans):
        piece = text[a:b]
        if piece == ",":
            if conjunction_seen or first is None:
                return None
            parts.append((spans[first][0], spans[i - 1][1]))
            first, words = None, 0
            continue
        if token_key(piece) in conjunctions and piece == piece.lower():
            if conjunction_seen or first is None:
                return None
            parts.append((spans[first][0], spans[i - 1][1]))
            first, words, conjunction_seen = None, 0, True
            continue
        if first is None:
            first = i
        words += 1
        if words > PART_WORDS_MAX:
            return None
        if i + 1 == len(spans):
            parts.append((spans[first][0], b))
    if not conjunction_seen or first is None or not 2 <= len(parts) <= LIST_PARTS_MAX:
        return None
    return parts


def _shared_tail(names: list[str], first: Part | None, label: str) -> bool:
    """Whether the words the last name has beyond the first's may belong to every name (a
    shared head or surname: "Kent and Essex Police", "Bill and Hillary Clinton"): the first
    name is shorter than the last and is not known as a name of the span's own type."""
    shorter = len(names[0].split()) < len(names[-1].split())
    return shorter and (first is None or first.label != label)


def _name_shaped(name: str) -> bool:
    """First and last words capitalised, those between capitalised or "&" ("Procter & Gamble")."""
    words = name.split()
    if not words or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    # a lower-case particle inside a part continues one body's name across the conjunction
    # ("Our Lady of Peace and Good Voyage", "Bundesanstalt für Arbeit und Soziales")
    return all(w[:1].isupper() or w == "&" for w in words[1:-1])


def cut_followers(referent: Referent, split: Callable[[Mention], None]) -> None:
    """``split`` each unlinked later mention of ``referent`` written as its head was before the
    head was cut ("Lula e Bolsonaro" twice in an article: each is two names)."""
    if name_key(referent.head.text) == referent.key:
        return  # the head is whole
    for m in referent.followers:
        if m.entity_id is None and name_key(m.text) == referent.key:
            split(m)
