"""Script-independent consonant skeletons for matching names across Arabic, Latin and Cyrillic.

Arabic news spells foreign names by ear (ستولتنبرغ / ستولتنبرج, زيلينسكي), and
Latin spellings vary (Zelensky / Zelenskyy / Zelenskiy). Vowels, weak letters
(ا و ي, w, y, h) and ain/hamza are what varies most, so a skeleton keeps only
consonants, mapped to coarse classes shared by the three scripts, with repeats
collapsed: ``Stoltenberg`` → ``STLTNBRG`` = ``ستولتنبرغ`` → ``STLTNBRG``.

Skeletons are compared exactly or within one edit (``near``); they are a
matching key for names, never a display form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from dragoman.language.normalize import normalize_for_match
from dragoman.language.scripts import ARABIC, CYRILLIC, LATIN, script_of

# Latin letter groups, longest first; each maps to a consonant class ("" = dropped).
_LATIN_GROUPS: tuple[tuple[str, str], ...] = (
    ("tsch", "S"), ("sch", "S"), ("tch", "S"), ("ch", "S"), ("sh", "S"), ("zh", "S"),
    ("kh", "K"), ("gh", "G"), ("ph", "F"), ("th", "T"), ("dh", "D"), ("ck", "K"),
    ("qu", "K"), ("tz", "TS"), ("dj", "G"), ("x", "KS"),
)  # fmt: skip
# One pattern trying the groups in their order (as a loop over them would), and their classes.
_LATIN_GROUP = re.compile("|".join(re.escape(group) for group, _ in _LATIN_GROUPS))
_LATIN_GROUP_CLASS = dict(_LATIN_GROUPS)
_LATIN_SINGLE = {
    "b": "B", "p": "B", "f": "F", "v": "F", "t": "T", "d": "D", "s": "S", "z": "S",
    "k": "K", "q": "K", "g": "G", "j": "G", "l": "L", "m": "M", "n": "N", "r": "R",
}  # fmt: skip
# Arabic letters after normalize_for_match folding (أ→ا, ة→ه, ى→ي ...).
_ARABIC_SINGLE = {
    "ب": "B", "پ": "B", "ف": "F", "ڤ": "F", "ت": "T", "ط": "T", "ث": "T", "د": "D",
    "ض": "D", "ذ": "D", "س": "S", "ص": "S", "ز": "S", "ظ": "S", "ش": "S", "چ": "S",
    "ك": "K", "ق": "K", "خ": "K", "ج": "G", "غ": "G", "گ": "G", "ل": "L", "م": "M",
    "ن": "N", "ر": "R",
}  # fmt: skip
_CYRILLIC_SINGLE = {
    "б": "B", "п": "B", "ф": "F", "в": "F", "т": "T", "д": "D", "с": "S", "з": "S",
    "ш": "S", "щ": "S", "ж": "S", "ц": "S", "ч": "S", "к": "K", "х": "K", "г": "G",
    "л": "L", "м": "M", "н": "N", "р": "R",
}  # fmt: skip
_ARABIC_LETTER = re.compile("[\u0621-\u06ff]")
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")


# English spellings the letter groups would misread: "ch" before r/l is k (Christine,
# كريستين); "gh" before t, at the end or after "ou" is silent (Kavanaugh, كافانو; Knight;
# Willoughby, ويلوبي).
_LATIN_FIXES = (
    (re.compile(r"ch(?=[rl])"), "k"),
    (re.compile(r"(?<=\w)gh(?=t|$)"), ""),
    (re.compile(r"(?<=ou)gh"), ""),
)


def _latin_prepare(word: str) -> str:
    for pattern, repl in _LATIN_FIXES:
        word = pattern.sub(repl, word)
    return word


def _latin(word: str) -> Iterator[str]:
    word = _latin_prepare(word)
    i = 0
    while i < len(word):
        group = _LATIN_GROUP.match(word, i)  # the first of _LATIN_GROUPS written at i
        if group is not None:
            yield _LATIN_GROUP_CLASS[group.group()]
            i = group.end()
        else:
            c = word[i]
            if c == "c":  # soft before e, i, y
                nxt = word[i + 1] if i + 1 < len(word) else ""
                yield "S" if nxt != "" and nxt in "eiy" else "K"
            else:
                yield _LATIN_SINGLE.get(c, "")
            i += 1


def _arabic(word: str) -> Iterator[str]:
    word = word.replace("تش", "ش")  # "ch" is written ta + shin: تشارلز
    for c in word:
        yield _ARABIC_SINGLE.get(c, "")


# The scripts name_script tells apart, each with its own transliteration table.
NAME_SCRIPTS = (LATIN, ARABIC, CYRILLIC)


@lru_cache(maxsize=1 << 16)  # called per token and per name lookup: names recur
def name_script(text: str) -> str:
    """The script a name is matched in across scripts: ``Arab``, ``Cyrl`` or ``Latn`` (ISO
    15924; ``Latn`` also for other scripts and for names without letters), by most letters."""
    script = script_of(text)
    return script if script in (ARABIC, CYRILLIC) else LATIN


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """The consonant-class skeleton of one word (any script; unknown letters are dropped)."""
    word = normalize_for_match(word)
    if _ARABIC_LETTER.search(word):
        classes: Iterator[str] = _arabic(word)
    elif _CYRILLIC_LETTER.search(word):
        classes = (_CYRILLIC_SINGLE.get(c, "") for c in word)
    else:
        classes = _latin(word)
    out: list[str] = []
    for cls in "".join(classes):
        if not out or out[-1] != cls:
            out.append(cls)
    return "".join(out)


_LATIN_VOWELS = set("aeiouyw")
_ARABIC_VOWELS = set("اويى")


@lru_cache(maxsize=1 << 16)
def vowelled(word: str) -> str:
    """The skeleton with each run of vowels as ``V``: a stricter key for short names,
    where consonants alone are too few (Revlon, ريفلون → ``RVFLVN``)."""
    word = normalize_for_match(word)
    out: list[str] = []
    arabic = bool(_ARABIC_LETTER.search(word))
    word = word.replace("تش", "ش") if arabic else _latin_prepare(word)
    i = 0
    while i < len(word):
        c = word[i]
        if c in (_ARABIC_VOWELS if arabic else _LATIN_VOWELS):
            cls, step = "V", 1
        elif arabic:
            cls, step = _ARABIC_SINGLE.get(c, ""), 1
        else:
            cls, step = "", 1
            group = _LATIN_GROUP.match(word, i)  # the first of _LATIN_GROUPS written at i
            if group is not None:
                cls, step = _LATIN_GROUP_CLASS[group.group()], len(group.group())
            else:
                nxt = word[i + 1] if i + 1 < len(word) else ""
                cls = ("S" if nxt != "" and nxt in "eiy" else "K") if c == "c" else _LATIN_SINGLE.get(c, "")
        for ch in cls:
            if not out or out[-1] != ch:
                out.append(ch)
        i += step
    silent_e = word.endswith("e") and word[-2:-1] not in _LATIN_VOWELS
    if not arabic and silent_e and len(out) > 2 and out[-1] == "V":
        out.pop()  # silent final e after a consonant: Mike, مايك (not Kanye, كاني; Marie, ماري)
    return "".join(out)


def vowels_written(arabic: str, latin: str) -> bool:
    """True when two vowelled skeletons have the same consonants and the Arabic one writes
    vowels only where the Latin one has them (Arabic leaves short vowels out:
    Nielsen ``NVLSVN`` ~ نيلسن ``NVLSN``)."""
    if arabic.replace("V", "") != latin.replace("V", ""):
        return False
    i = 0
    for ch in arabic:
        while i < len(latin) and latin[i] != ch:
            if latin[i] != "V":
                return False
            i += 1
        if i == len(latin):
            return False
        i += 1
    return True


def deletions(key: str) -> set[str]:
    """The key and every string one deletion away from it (for near-match indexing)."""
    return {key, *(key[:i] + key[i + 1 :] for i in range(len(key)))}


def near(a: str, b: str) -> bool:
    """True when skeletons are equal or one substitution, insertion or deletion apart."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
