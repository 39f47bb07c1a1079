"""Two more signs that a name NER types as a person's or a place's is a product's or a
service's (issue 14; read by ``products.product_referent``):

* a firm's name written right before it, or opening it ("Nvidia GeForce Now", "Amazon Luna",
  "Google Stadia"): a firm names its products and services so, never its people nor its
  places ("Amazon founder Jeff Bezos" has a title between; "Microsoft's Satya Nadella" a
  possessive). The firm is one the knowledge base types an organisation; the word after it
  may not be a given name opening a name of two words or more ("Tesla Elon Musk": a list's
  run-on), and a name of two words the firm's word opens may not close with a given name, a
  surname as often ("Apple Martin", a person). Each such place is one product cue, counted
  with ``products.product_cues``.
* a trademark sign right after it ("Boot Camp®", "Kestrel™"): written after brands only,
  never after a person's or a place's name. A firm's name takes it too ("Parallels®"), so it
  turns a referent typed a person or a place, not one typed an organisation."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys

KbType = Callable[[str, bool], str | None]  # (name, gazetteer towns too) -> KB type, or None
Occurrences = Callable[[str, str], Iterable[int]]  # (text, name) -> where it stands as a word

# A capitalised word and one space closing the text before a name (the firm's name); how far
# back it is looked for.
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w&]*)[ \u00a0]$")
_LOOKBACK = 40
_TRADEMARK = re.compile(r"[®™]")


def firm_led_places(text: str, names: Iterable[str], kb_type: KbType | None,
                    occurrences: Occurrences) -> set[int]:
    """Where ``text`` writes one of ``names`` with a firm's name right before it, or where a
    name opening with a firm's name stands (see the module docstring)."""
    if kb_type is None:
        return set()
    places: set[int] = set()
    for name in names:
        words = name.split()
        if not words or _given_led(words[1:] if _firm(words[0], kb_type) else words):
            continue
        # not a firm's word before a surname that is a given name too ("Apple Martin")
        opened = (len(words) >= 2 and _firm(words[0], kb_type)
                  and not (len(words) == 2 and token_key(words[1]) in given_name_keys()))
        for start in occurrences(text, name):
            before = _WORD_BEFORE.search(text, max(0, start - _LOOKBACK), start)
            if opened or (before is not None and _firm(before.group(1), kb_type)):
                places.add(start)
    return places


def trademarked(text: str, names: Iterable[str], occurrences: Occurrences) -> bool:
    """Whether ``text`` writes one of ``names`` with a trademark sign right after it."""
    return any(_TRADEMARK.match(text, start + len(name))
               for name in names if name.strip() for start in occurrences(text, name))


def _firm(word: str, kb_type: KbType) -> bool:
    """Whether the knowledge base types ``word`` alone an organisation."""
    return word[:1].isupper() and kb_type(word, False) == "ORG"


def _given_led(words: list[str]) -> bool:
    """A given name opening a name of two words or more: a person's full name."""
    return len(words) >= 2 and token_key(words[0]) in given_name_keys()
