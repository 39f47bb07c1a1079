"""Named storms (issue 14, entities junk): a name written right after a storm word ("Storm
Ciarán", "la tempête Zeus", "l'ouragan Irma", "el huracán Milton", "Sturmtief Zeynep") names
an event, no referent; the same name alone elsewhere in the article ("Ciarán") too.

The storm words are the packs' (``EntityWords.storm_words``). A storm word is one only where
the article uses it as a common noun, not as a person's given name ("Storm Reid") or a
nickname:

* a pack writing it in lower case before the name (``storm_words_lower``: French, Spanish,
  Italian, Portuguese) makes the lower-case word right before a mention the evidence itself;
* English writes it capitalised there ("Hurricane Milton") and needs it in lower case
  elsewhere ("the hurricane"): a lower-case one before a name may open a reduced relative
  clause ("the storm Trump unleashed");
* a language capitalising every noun (German) needs it standing alone elsewhere, before a
  lower-case word or a punctuation mark ("Der Orkan traf", "das Sturmtief."): "Orkan" is a
  Turkish given name too ("Orkan Demir").

A name alone found so is kept where the article also names a person whose surname it is
("Klaus Zeus" beside "Sturmtief Zeus"): only the mention right after the storm word is the
storm's there. A person whose given name the storm bears ("Ciarán Fearon") does not keep it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dragoman.entities.kb import name_key
from dragoman.entities.packwords import every_pack
from dragoman.entities.titles import titles_before
from dragoman.language.rules import all_rules, capitalises_nouns, pack_of
from dragoman.model import Mention

# Characters looked back from a mention for its storm word ("Sturmtief „", "l'ouragan ").
_LOOK_BACK = 24
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Quotation marks and spaces between a storm word and its name ("Sturmtief „Zeynep“").
_QUOTES_AND_SPACES = " \u00a0\"'„“”«»‚‘’"
# An elided article glued to a storm word ("l'ouragan", "dell’uragano").
_ELISION = re.compile(r"^\w+['’]")
# Words of a storm word and the storm's name in one mention ("Storm Ciarán"): a storm's name is
# one word (the names lists of the weather services in every language the packs cover).
_STORM_WORD_AND_NAME = 2
# Marks a storm word written alone may stand before ("das Sturmtief.").
_MARKS_AFTER = ".,;:!?)"


@dataclass(frozen=True, slots=True)
class StormNames:
    """Keys of the storms' names of an article and the starts of the mentions right after a
    storm word."""

    keys: frozenset[str]
    starts: frozenset[int]

    def storm(self, m: Mention) -> bool:
        return m.start in self.starts or name_key(m.text) in self.keys


def storm_names(text: str, mentions: list[Mention], language: str | None) -> StormNames:
    """The storms named in ``text`` (see the module docstring)."""
    words, lower_words = _storm_words(language)
    common = _common_nouns(text, words, capitalises_nouns(language))
    keys: set[str] = set()
    starts: set[int] = set()
    for m in mentions:
        found = _storm_before(text, m, words, lower_words, common)
        if found is None:
            continue
        starts.add(m.start)
        keys.update(name_key(part) for part in (m.text, found, found.split()[-1]))
    keys.discard("")
    return StormNames(frozenset(keys - _person_words(mentions, starts)), frozenset(starts))


def _storm_before(text: str, m: Mention, words: frozenset[str], lower_words: frozenset[str],
                  common: frozenset[str]) -> str | None:
    """The storm's name in ``m`` when a storm word opens it ("Storm Ciarán") or stands right
    before it ("la tempête Zeus"); None when none does, when the name is more than one word
    (a storm's is one: "Après la tempête Gabriel Attal a défendu …" names a person after an
    introductory phrase left without its comma), or when a title stands before the mention
    ("Trainer Orkan Yılmaz", "Coach Storm Sanders": a person's given name)."""
    inside = m.text.split()
    if not inside or titles_before(text, m.start):
        return None
    if inside[0].casefold() in words and inside[0].casefold() in common:
        return inside[1] if len(inside) == _STORM_WORD_AND_NAME else None
    before = text[max(0, m.start - _LOOK_BACK):m.start].rstrip(_QUOTES_AND_SPACES).split()
    if not before or len(inside) > 1:
        return None
    word = _ELISION.sub("", before[-1])
    key = word.casefold()
    if key not in words or key not in common:
        return None
    if word[:1].isupper() or key in lower_words:
        return m.text
    return None


def _common_nouns(text: str, words: frozenset[str], capitalised: bool) -> frozenset[str]:
    """The storm words ``text`` uses as common nouns: written in lower case, or, where the
    language capitalises every noun, standing alone before a lower-case word or a mark."""
    out: set[str] = set()
    for found in _WORD.finditer(text):
        word = _ELISION.sub("", found.group())
        key = word.casefold()
        if key not in words or key in out:
            continue
        if (word.islower() and not capitalised) or (capitalised and _alone(text, found.end())):
            out.add(key)
    return frozenset(out)


def _alone(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` stands before a lower-case word, a mark or the end."""
    rest = text[end:end + _LOOK_BACK].lstrip()
    return not rest or rest[0] in _MARKS_AFTER or rest[0].islower()


def _person_words(mentions: list[Mention], starts: set[int]) -> set[str]:
    """Keys of the surnames of people's names of two words or more the article writes elsewhere
    than right after a storm word ("Klaus Zeus"). A person is written alone by the surname; a
    storm named after someone's given name ("Storm Ciarán … in tribute to Ciarán Fearon") keeps
    the bare name the storm's."""
    out: set[str] = set()
    for m in mentions:
        parts = m.text.split()
        if m.label == "PER" and len(parts) > 1 and m.start not in starts:
            out.add(name_key(parts[-1]))
    return out


@lru_cache(maxsize=64)
def _storm_words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The storm words of the article's pack (every pack's without one), and those of them
    written in lower case before a name."""
    rules = pack_of(language)
    if rules is not None and rules.entity_words.storm_words:
        words = rules.entity_words.storm_words
        return words, words if rules.entity_words.storm_words_lower else frozenset()
    lower = frozenset(w for r in all_rules() if r.entity_words.storm_words_lower
                      for w in r.entity_words.storm_words)
    return every_pack(lambda e: e.storm_words), lower
