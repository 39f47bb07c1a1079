"""Whether two full names can be one person's, by their given names (issue 14): "J. Ashford"
and "John Q. Ashford" can, "Tom Reyes" and "Danny Reyes" cannot; spellings across scripts and
Arabic letter forms agree ("ماجنوس كارلسن", "ماغنوس كارلسن"). Used by the referent grouping
(``referents``) and the linker (``linking``)."""

from __future__ import annotations

from dragoman.entities.kb import name_key, name_skeleton, variant_key
from dragoman.entities.memory import ARABIC
from dragoman.entities.transliterate import name_script


def given_agree(a: list[str], b: list[str], spelling: bool = False) -> bool:
    """Given names (all words but the surname) of two full names can be one person's:
    the shorter list matches words of the longer in order, a word matching its initial;
    ``spelling``: or a spelling of it (same variant key; in another script or in Arabic,
    same consonant skeleton: ``ماجنوس`` ~ ``ماغنوس`` ~ Magnus)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    same = _same_spelling if spelling else same_given
    if short and not same(short[0], long[0]):
        return False  # only middle names may be left out ("Harbourside Tomas" is not "Tomas")
    i = 0
    for word in short:
        while i < len(long) and not same(word, long[i]):
            i += 1
        if i == len(long):
            return False
        i += 1
    return True


def same_given(a: str, b: str) -> bool:
    if a == b:
        return True
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _same_spelling(a: str, b: str) -> bool:
    if same_given(a, b) or variant_key(a) == variant_key(b):
        return True
    loose = name_script(a) != name_script(b) or bool(ARABIC.match(a))
    return loose and name_skeleton(a) == name_skeleton(b) != ""


def given_name_clash(a: str, b: str) -> bool:
    """Two full names with the same surname and given names that cannot be one person's
    ("Tom Reyes", "Danny Reyes"; not "ماجنوس كارلسن", "ماغنوس كارلسن"); False when either
    is one word or the surnames differ."""
    wa, wb = name_key(a).split(), name_key(b).split()
    if len(wa) < 2 or len(wb) < 2:
        return False
    if wa[-1] != wb[-1] and name_skeleton(wa[-1]) != name_skeleton(wb[-1]):
        return False
    return not given_agree(wa[:-1], wb[:-1], spelling=True)
