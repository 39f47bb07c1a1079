"""Knowledge-base names inside Arabic text whose spaces were lost.

Text copied from some pages (and parts of translated news) runs words together:
"وناقشالوفدمعروسياوالصين قرار مجلسالأمن". Neither NER nor the KB scan sees a name
inside such a token. A *glued token* (``glued_token``) has at least
``GLUED_TOKEN_MIN_LETTERS`` Arabic letters and is not one long derived word with its
proclitics ("والاستراتيجيات", ``one_derived_word``), or a letter Arabic writes only at a
word's end inside it (``ar.WORD_FINAL_LETTERS``). In a *glued passage* (``glued_tokens``: a
glued token and another within ``GLUED_WINDOW`` tokens) each glued token, never a spaced word
beside it, is searched for the KB's Arabic detected names written without their spaces, each
word with or without its article ("مجلس الأمن" as "مجلسالأمن"), longest first.

A name found must be at least ``GLUED_NAME_MIN_LETTERS`` letters long (a place below a
country ``GLUED_MINOR_NAME_MIN_LETTERS``), must not be the whole token (the ordinary scan reads
those), and, unless it ends in a word-final letter, must not go on with a ي (a nisba
adjective, "الصينية", is no mention of China) or ة ("الرياضة", sport, is no Riyadh); it must
not end in a hamza seat (which opens the next word: "الروسيأمس"), follow an article it lacks,
go on with a plural or dual ending that closes its token or comes before an article
("القطرات", drops), or go on into an everyday word of the Arabic NER training sets
("الهندسة", engineering, holds الهند; "المصرفي", banking, holds مصر).
"""

from __future__ import annotations

from dragoman.entities.arabicword import everyday_keys, final_letter_inside
from dragoman.entities.kb import RANK_COUNTRY, KnowledgeBase, fold_word
from dragoman.entities.linkdoc import Doc
from dragoman.entities.transliterate import name_script
from dragoman.language import ar
from dragoman.language.scripts import ARABIC
from dragoman.model import Mention

# A token this long (Arabic letters) is taken for words run together. Calibrated on the
# NTREX-128 en-ar dev half: its spaced prose has no longer words than 12 letters but for
# place names (باكينجهامشاير, 13), which a passage needs a second glued token beside.
GLUED_TOKEN_MIN_LETTERS = 13
# The endings of derived adjectives and nouns (nisba ي, with the feminine and plurals), which
# make Arabic's longest ordinary words ("والاستراتيجيات", "الاستخباراتية"): general morphology.
NISBA_ENDINGS = ("ية", "يات", "يين", "يون", "ي")
# Tokens either side within which a second glued token makes a passage glued (set by hand:
# about a clause).
GLUED_WINDOW = 8
# Fewest letters of a name looked for inside a glued token (shorter ones hide in words;
# "الصين" and "روسيا" have five). Set on the NTREX-128 en-ar dev half.
GLUED_NAME_MIN_LETTERS = 5
# ... and of the name of a place below a country (a city ranked by population: Dallas
# دالاس hides in "موعدالاستيقاظ"); set on the NTREX-128 en-ar dev half.
GLUED_MINOR_NAME_MIN_LETTERS = 7
# Score of a mention found this way (as textscan.DETECTED_SCORE).
GLUED_SCORE = 0.9
# Plural and dual endings that, closing a token or before the next word's article, make a
# name's letters a word derived from it or spelled like it ("القطرات" drops, "القطران" tar):
# general morphology.
DERIVED_ENDINGS = ("ات", "ون", "ين", "ان")
# Most letters a name is read on into its token, and back before it, in search of the
# everyday word it is part of ("الهندسة" engineering holds الهند; "الثمانيات" holds مانيا):
# about a suffix, and the article with a conjunction (set by hand).
EVERYDAY_READ_ON = 6
EVERYDAY_READ_BACK = 3
_TA_MARBUTA = "\u0629"
_ARTICLE = "ال"
_NISBA = "ي"
_HAMZA_SEATS = frozenset("أإآ")


def _letters(token: str) -> int:
    return sum(1 for c in token if "\u0621" <= c <= "\u064a")


def _core(token: str) -> str:
    """``token`` without the longest conjunction, preposition or article written before it
    (``ar.RULES.glued_prefixes``), then without an article left ("وباستخدام" -> "استخدام")."""
    for prefix in ar.RULES.glued_prefixes:
        if token.startswith(prefix) and _letters(token) - len(prefix) > 2:
            token = token[len(prefix):]
            break
    return token[len(_ARTICLE):] if token.startswith(_ARTICLE) and len(token) > 4 else token


def glued_token(token: str) -> bool:
    """Whether ``token`` is Arabic words run together: very long and not one derived word
    (``one_derived_word``), or holding a word-final letter (ة, ى) before another letter."""
    if len(token) < GLUED_TOKEN_MIN_LETTERS and ar.WORD_FINAL_LETTERS.isdisjoint(token):
        return False  # the common case, checked first: the stage reads every token
    if final_letter_inside(token):
        return True
    return _letters(token) >= GLUED_TOKEN_MIN_LETTERS and not one_derived_word(token)


def one_derived_word(token: str) -> bool:
    """Whether a long ``token`` reads as one derived adjective or noun with the conjunction,
    preposition and article written before it: fewer than ``GLUED_TOKEN_MIN_LETTERS`` letters
    without them, a nisba ending (``NISBA_ENDINGS``) and no article inside
    ("والبيروقراطية"; not "الوفدالسوداني")."""
    core = _core(token)
    return (_letters(core) < GLUED_TOKEN_MIN_LETTERS and core.endswith(NISBA_ENDINGS)
            and _ARTICLE not in core)


def glued_tokens(tokens: list[str]) -> list[bool]:
    """Per token, whether it lies in a glued passage (two glued tokens within the window)."""
    glued = [i for i, t in enumerate(tokens) if glued_token(t)]
    out = [False] * len(tokens)
    for n, i in enumerate(glued):
        near = (n > 0 and i - glued[n - 1] <= GLUED_WINDOW) or (
            n + 1 < len(glued) and glued[n + 1] - i <= GLUED_WINDOW)
        if near:
            for j in range(max(0, i - GLUED_WINDOW), min(len(tokens), i + GLUED_WINDOW + 1)):
                out[j] = True
    return out


def _glued_forms(key: str) -> list[str]:
    """``key`` (a name key: words without their article) written without spaces, each
    word with or without the article."""
    forms = [""]
    for word in key.split():
        forms = [f + a + word for f in forms for a in ("", _ARTICLE)]
    return forms


_INDEXES: dict[int, tuple[KnowledgeBase, dict[str, str], int]] = {}


def _index(kb: KnowledgeBase) -> tuple[dict[str, str], int]:
    """Glued form -> entity id of the KB's Arabic detected names; the longest form's length
    (built once per knowledge base)."""
    held = _INDEXES.get(id(kb))
    if held is not None and held[0] is kb:
        return held[1], held[2]
    index: dict[str, str] = {}
    for key, ids in kb.detect_keys.items():
        if not ids or name_script(key) != ARABIC:
            continue
        major = kb.entities[ids[0]].rank >= RANK_COUNTRY
        least = GLUED_NAME_MIN_LETTERS if major else GLUED_MINOR_NAME_MIN_LETTERS
        for form in _glued_forms(key):
            if len(form) >= least:
                index.setdefault(form, ids[0])
    longest = max((len(f) for f in index), default=0)
    _INDEXES.clear()
    _INDEXES[id(kb)] = (kb, index, longest)
    return index, longest


def _folded(token: str) -> tuple[str, list[int]]:
    """The token folded letter by letter, and each folded letter's offset in the token."""
    letters: list[str] = []
    where: list[int] = []
    for i, c in enumerate(token):
        for f in fold_word(c):
            letters.append(f)
            where.append(i)
    return "".join(letters), where


def names_in_token(token: str, index: dict[str, str], longest: int) -> list[tuple[int, int, str]]:
    """(start, end, entity id) of the glued names inside ``token``, left to right, longest
    first, never the whole token."""
    folded, where = _folded(token)
    found: list[tuple[int, int, str]] = []
    s = 0
    while s < len(folded):
        for e in range(min(len(folded), s + longest), s + GLUED_NAME_MIN_LETTERS - 1, -1):
            entity_id = index.get(folded[s:e])
            if entity_id is None or (s == 0 and e == len(folded)):
                continue
            if not _bounded(token, folded, where, s, e):
                continue
            found.append((where[s], where[e - 1] + 1, entity_id))
            s = e - 1
            break
        s += 1
    return found


def _bounded(token: str, folded: str, where: list[int], s: int, e: int) -> bool:
    """Whether the folded letters ``s:e`` of ``token`` may be a whole name: not going on with
    a nisba ي (unless ending in a word-final letter) or the feminine ة, or a plural or dual
    ending (``_derived_ending``), not ending in a hamza seat, which opens
    the next word ("الروسيأمس" is الروسي أمس, not روسيا), not after an article it lacks, and
    not inside an everyday word (``_inside_word``)."""
    last = token[where[e - 1]]
    if e < len(folded) and last not in ar.WORD_FINAL_LETTERS and (
            folded[e] == _NISBA or token[where[e]] == _TA_MARBUTA):
        return False
    if last in _HAMZA_SEATS or _derived_ending(folded, e):
        return False
    if folded[max(0, s - 2) : s] == _ARTICLE and not folded.startswith(_ARTICLE, s):
        return False
    return not _inside_word(folded, s, e)


def _derived_ending(folded: str, e: int) -> bool:
    """Whether a plural or dual ending (``DERIVED_ENDINGS``) follows folded letter ``e`` and
    closes the token or comes before the next word's article ("القطراتالأولى")."""
    return any(folded.startswith(end, e) and (e + len(end) == len(folded)
                                              or folded.startswith(_ARTICLE, e + len(end)))
               for end in DERIVED_ENDINGS)


def _inside_word(folded: str, s: int, e: int) -> bool:
    """Whether the name at folded letters ``s:e`` goes on into an everyday word of the
    Arabic NER training sets (``arabicword.everyday_keys``), read with up to
    ``EVERYDAY_READ_BACK`` letters before it and ``EVERYDAY_READ_ON`` after it, the article
    aside: "الهندسة" (engineering), "المصرفي" (banking), "الثمانيات" (the eighties)."""
    common = everyday_keys()
    for i in range(s, max(0, s - EVERYDAY_READ_BACK) - 1, -1):
        for j in range(e + 1, min(len(folded), e + EVERYDAY_READ_ON) + 1):
            word = folded[i:j]
            if word.startswith(_ARTICLE):
                word = word[len(_ARTICLE):]
            if word in common:
                return True
    return False


def spot_glued(kb: KnowledgeBase, doc: Doc) -> None:
    """Add ``kb-detected`` mentions of KB names inside the glued passages of an Arabic text."""
    tokens = [doc.text[a:b] for a, b in doc.spans]
    if not any(glued_token(t) for t in tokens):
        return
    index, longest = _index(kb)
    for (a, _), token, glued in zip(doc.spans, tokens, glued_tokens(tokens), strict=True):
        if not glued or not glued_token(token):
            continue  # a well-spaced word beside glued ones is read by the ordinary scan
        for start, end, entity_id in names_in_token(token, index, longest):
            if doc.covered(a + start, a + end):
                continue
            entity = kb.entities[entity_id]
            doc.add(Mention(a + start, a + end, doc.text[a + start : a + end], entity.type,
                            entity_id, GLUED_SCORE, "kb-detected"))
