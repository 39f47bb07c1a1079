"""Latin acronyms spelled out in Arabic letters, where NER's span cut the run of letter
names or wrapped it in other words.

Arabic writes an acronym as the names of its letters (أي تي في = ITV, بي بي سي = BBC).
``resolve`` already reads such a span when NER tags exactly the letters; Arabic NER often
does not: it stops before a last letter ("أي تي" of "أي تي في"), keeps a glued "and"
("وأي تي"), or takes the words around it ("برنامج بي بي سي الشهير", "the famous BBC show").
Here a mention that no name resolves and that holds or touches a run of letter names is
moved onto that run, as long as the run spells a name the knowledge base or the archive
knows (``respell``): the acronym is read letter by letter, as exactly as a Latin
acronym's key, so the same rules decide it. The run may extend past NER's span only
through further letter names, and "في" (V, but also "in") ends a run only when the
longer reading is a known name; otherwise a shorter one is tried.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dragoman.entities.kb import token_key
from dragoman.entities.memory import acronym_readings, letter_name
from dragoman.entities.transliterate import name_script
from dragoman.language.scripts import ARABIC
from dragoman.model import Mention

# Most letters of one spelled acronym looked for (longer runs are other words: the letter
# names are also short common words, في "in", او "or").
RUN_MAX = 6
# Letters glued before a word in Arabic (and, so, to/for, with/by): "وأي تي في" is "and ITV".
_PROCLITICS = "وفلب"
# Letter names that are also everyday words a run may end with: في "in" (V), او "or" (O),
# اي "any" (A, I).
EVERYDAY_LETTERS = frozenset({"في", "او", "اي"})
_WORD = re.compile(r"[^\s\"'«»()\[\]،,.:;!?؟]+")

Lookup = Callable[[str, str], "str | None"]


def _letters(text: str, words: list[tuple[int, int]]) -> list[tuple[int, ...]]:
    """For each word, the shifts at which it reads as a letter name: 0 as written, 1 after
    a glued proclitic (وأي); "واي" is both Y and "and I"."""
    out = []
    for a, b in words:
        word = text[a:b]
        shifts: tuple[int, ...] = (0,) if letter_name(token_key(word)) else ()
        if len(word) > 2 and word[0] in _PROCLITICS and letter_name(token_key(word[1:])):
            shifts += (1,)
        out.append(shifts)
    return out


def _runs(words: list[tuple[int, int]], kinds: list[tuple[int, ...]], text: str, inside: list[int]
          ) -> list[tuple[int, int, int]]:
    """(first word, end word, shift) of the whole runs of letter names that overlap the
    ``inside`` words, written with single spaces, at least two letters: never a run's tail
    alone (دبليو إيه أف بي is WAFB, not إيه أف بي, AFP); a proclitic only on its first word.
    A run whose last word is also an everyday word (في "in") is also tried without it."""
    out = []
    for k in inside:
        if not kinds[k]:
            continue
        i = k
        while i > 0 and 0 in kinds[i] and kinds[i - 1] and words[i][0] - words[i - 1][1] == 1:
            i -= 1
        j = k + 1
        while j < len(words) and 0 in kinds[j] and words[j][0] - words[j - 1][1] == 1:
            j += 1
        if j - i > RUN_MAX:
            continue
        ends = [j, j - 1] if token_key(text[slice(*words[j - 1])]) in EVERYDAY_LETTERS else [j]
        out += [(i, end, shift) for end in ends if end - i >= 2 for shift in kinds[i]]
    return list(dict.fromkeys(out))


def respell(text: str, mention: Mention, lookup: Lookup, named: Lookup | None = None) -> str | None:
    """Move ``mention`` (unlinked, Arabic) onto the run of spelled letters it holds or
    touches, linked to the name the run spells (``lookup(name, label)``: an entity id or
    None); else, with ``named``, onto the run and the mention's words after it, linked to
    the name they spell with the run read as its acronym (``_run_and_words``); the entity,
    or None when neither did."""
    if name_script(mention.text) != ARABIC:
        return None
    lo = max(0, text.rfind("\n", 0, mention.start) + 1, mention.start - 12 * RUN_MAX)
    hi = text.find("\n", mention.end)
    hi = min(len(text) if hi < 0 else hi, mention.end + 12 * RUN_MAX)
    words = [m.span() for m in _WORD.finditer(text, lo, hi)]
    inside = [k for k, (a, b) in enumerate(words) if a < mention.end and b > mention.start]
    if not inside:
        return None
    kinds = _letters(text, words)
    for i, j, shift in _runs(words, kinds, text, inside):
        start = words[i][0] + shift
        spelled = text[start : words[j - 1][1]]
        found = next((f for r in acronym_readings(spelled) if (f := lookup(r.upper(), mention.label))), None)
        if found is not None:
            mention.start, mention.end, mention.text = start, start + len(spelled), spelled
            mention.entity_id = found
            return found
    return None if named is None else _run_and_words(text, mention, words, kinds, inside, named)


def _run_and_words(text: str, mention: Mention, words: list[tuple[int, int]], kinds: list[tuple[int, ...]],
                   inside: list[int], named: Lookup) -> str | None:
    """A run of letter names the mention's last words follow ("سي بي سي نيوز", NER's span
    cut after its first letter: "بي سي نيوز"): the run read as a Latin acronym, then those
    words as written ("CBC نيوز"), names what ``named`` finds for it (by consonant skeleton:
    CBC News); the mention moves onto the run and the words. The run may also end right
    before the mention, one space apart ("سي بي سي [نيوز]")."""
    first = inside[0]
    if first > 0 and text[words[first - 1][1] : words[first][0]] == " ":
        inside = [first - 1, *inside]
    for i, j, shift in _runs(words, kinds, text, inside):
        tail = [b for a, b in words[j:] if b <= mention.end]
        if not tail or words[j][0] < mention.start:
            continue
        start, spelled = words[i][0] + shift, text[words[i][0] + shift : words[j - 1][1]]
        rest = text[words[j][0] : tail[-1]]
        readings = (f"{r.upper()} {rest}" for r in acronym_readings(spelled))
        found = next((f for r in readings if (f := named(r, mention.label))), None)
        if found is not None:
            mention.start, mention.end, mention.text = start, tail[-1], text[start : tail[-1]]
            mention.entity_id = found
            return found
    return None
