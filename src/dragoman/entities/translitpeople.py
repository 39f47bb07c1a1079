"""Knowledge-base people named in another Latin-script transliteration (issue 14): a German
article writes "Wolodymyr Selenskyj", "Sergej Lawrow", "Baschar al-Assad" where the KB (and
the English articles that link it) has "Volodymyr Zelensky", "Sergey Lavrov", "Bashar al-Assad",
so one person became two entities in a multilingual archive.

A person name of two words or more with no KB hit is looked up again by a folded key:

* the article language's ``transliteration_folds`` turn its letters into English ones
  ("tsch" -> "ch", "w" -> "v", "j" -> "y"; German only so far), longest group first;
* then both sides fold to one skeleton that English spellings vary in themselves
  (``_COMMON_FOLDS``: "y" and "i", "z" and "s", "x" and "ks", "ou" and "u", "w" and "v";
  doubled letters single), so "Selenskyj", "Zelenskiy" and "Zelensky" all read "selenski".

Every word must match (given name and surname both: "Wladimir Klitschko" is not "Vitali
Klitschko"), only KB persons are indexed, and a key two KB people share names neither.
The index is built once per knowledge base (its persons' Latin names of two words or more)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby

from dragoman.entities.kb import KnowledgeBase, name_key
from dragoman.entities.transliterate import name_script
from dragoman.language.rules import pack_of
from dragoman.language.scripts import LATIN

# Spelling differences English transliterations show among themselves (Zelensky / Zelenskiy
# / Zelenskyy, Alexei / Aleksey, Mahmoud / Mahmud, Sinwar / Sinvar): folded on both sides.
_COMMON_FOLDS: tuple[tuple[str, str], ...] = (
    ("x", "ks"), ("z", "s"), ("y", "i"), ("ou", "u"), ("w", "v"))
# Words of a full name, at least: a surname alone is too little to cross spellings on.
NAME_WORDS_MIN = 2
# Folded words shorter than this must be spelled alike on both sides: one letter tells such
# words apart ("Wang Ji" is not "Wang Yi"; "Elisabeth I." is not "Elizabeth II", doubled
# letters being single). Calibrated on review probes: regnal numbers, pinyin syllables.
FOLDED_WORD_MIN = 3

Folds = tuple[tuple[str, str], ...]


@lru_cache(maxsize=64)
def _fold_pattern(folds: Folds) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(a) for a, _ in sorted(folds, key=lambda f: -len(f[0]))))


@lru_cache(maxsize=64)
def _fold_map(folds: Folds) -> dict[str, str]:
    return dict(folds)


_COMMON = _fold_pattern(_COMMON_FOLDS)
_COMMON_MAP = dict(_COMMON_FOLDS)


def _common_word(word: str) -> str:
    folded = _COMMON.sub(lambda m: _COMMON_MAP[m.group()], word)
    return "".join(letter for letter, _ in groupby(folded))


def _plain_words(name: str) -> list[str]:
    return name_key(name.replace("-", " ")).split()


def _short_words(name: str, key: str) -> tuple[str, ...]:
    """The words of ``name`` (as spelled) whose folded word in ``key`` is short, else ''."""
    return tuple(plain if len(folded) < FOLDED_WORD_MIN else ""
                 for plain, folded in zip(_plain_words(name), key.split(), strict=True))


def folded_key(name: str, folds: Folds = ()) -> str:
    """The key ``name`` is compared by: its name key with ``folds`` (the language's letters to
    English ones) applied in one pass, then the common folds; hyphens split words."""
    words = _plain_words(name)
    if folds:
        pattern, mapping = _fold_pattern(folds), _fold_map(folds)
        words = [pattern.sub(lambda m: mapping[m.group()], w) for w in words]
    return " ".join(_common_word(w) for w in words)


def language_folds(language: str | None) -> Folds:
    """The ``transliteration_folds`` of the article's language; none without a pack."""
    pack = pack_of(language)
    return pack.transliteration_folds if pack is not None else ()


class FoldedPeople:
    """KB persons by the folded keys of their Latin names of ``NAME_WORDS_MIN`` words or more."""

    def __init__(self, kb: KnowledgeBase) -> None:
        owners: dict[str, set[str]] = {}
        shorts: dict[str, set[tuple[str, ...]]] = {}
        for entity in kb.entities.values():
            if entity.type != "PER":
                continue
            for name in (*entity.names.values(), *entity.aliases):
                if name_script(name) != LATIN:
                    continue
                key = folded_key(name)
                if len(key.split()) >= NAME_WORDS_MIN:
                    owners.setdefault(key, set()).add(entity.id)
                    shorts.setdefault(key, set()).add(_short_words(name, key))
        self.collisions = sorted(k for k, ids in owners.items() if len(ids) > 1)
        self.by_key = {k: next(iter(ids)) for k, ids in owners.items() if len(ids) == 1}
        self.short_words = shorts

    def find(self, name: str, folds: Folds) -> str | None:
        """The one KB person ``name`` spells with ``folds``; None when folds are none, the
        name is short or not Latin, no person (or two) has the key, or a short word of it is
        spelled otherwise than the person's (``FOLDED_WORD_MIN``)."""
        if not folds or name_script(name) != LATIN:
            return None
        key = folded_key(name, folds)
        if len(key.split()) < NAME_WORDS_MIN:
            return None
        person = self.by_key.get(key)
        if person is None or _short_words(name, key) not in self.short_words[key]:
            return None
        return person

