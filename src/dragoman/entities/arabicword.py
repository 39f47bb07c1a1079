"""What the written form of an Arabic word says about it being part of a name (issue 14).

* a word carrying tanween (ً ٌ ٍ, the indefinite case endings: "ميتًا" dead, "هائلاً" huge,
  "أيضاً" also) is an indefinite adjective, adverb or noun, never a name's word: names are
  definite, and foreign names are spelled without case endings. A mention cut at such a word
  keeps the words before it ("مارتينيز سريعاً" -> "مارتينيز"); one that opens with it names
  nothing, and the text scan finds no knowledge-base name in it ("ميتًا" is not Meta);
* a name is written in one script: a span that passes from Latin to Arabic letters (a name
  left in Latin in an Arabic text, then the next Arabic word) ends where the script changes;
* a single Arabic-script word longer than any name word of the knowledge base, or with a
  letter written only at a word's end (ة, ى) inside it, is words run together where a page
  lost its spaces ("...فيجامعةهارفارد...", "إلىصنداي"): no name;
* a verb in the future tense (س before the imperfect: "سيلعب", "وسيرمي") ends a name: "جيمس
  سيلعب" is James; a mention that opens with one names nothing;
* a name whose every word is an everyday word (``everyday_name``: "الكنائس" the churches,
  "بيانه" his statement, "ابن عمه" his cousin) founds no new person or place
  (``linkdoc.corroborated``; organisations take such names: "الحشد الشعبي"). A word is everyday when
  the Arabic NER training sets tag it outside names far more often than inside
  (``models/ar-common.txt.gz``, built by ``eval/ar_common.py``), as written or read without a
  glued conjunction, the future س or an attached pronoun;
* one word with the article ال ("الستائر", the curtains) founds a new person or place only when NER is
  sure of it (``DEFINITE_LEARN_MIN_SCORE``): a foreign name is written without the article, and
  an Arabic one NER tags alone with it is as often a common noun.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

from dragoman.entities.kb import token_key
from dragoman.entities.memory import acronym_readings
from dragoman.language import ar

# The three tanween marks: fathatan, dammatan, kasratan.
TANWEEN = re.compile("[\u064b-\u064d]")
_ARABIC_LETTERS = re.compile("[\u0621-\u064a\u0671-\u06d3]")
# Letters of the longest Arabic-script word of a name in the knowledge base without a hyphen
# is 16 (ثيروفانانثابورام, of 13,494 name words: 15 over 14 letters); a word of more letters
# than this is run-together text.
MAX_NAME_WORD_LETTERS = 20
COMMON_WORDS = Path(__file__).resolve().parent / "models" / "ar-common.txt.gz"
# Pronouns written attached to a noun or verb ("بيانه" his statement, "عمها" her uncle),
# longest first; a transliterated name may end in these letters, so a word is read without one
# only where what is left is an everyday word of at least ``STEM_MIN`` letters.
PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")
STEM_MIN = 3
# The imperfect's first letters, after the future س ("سيلعب", "ستزور", "سنعمل").
_IMPERFECT = ("ي", "ت", "ن")
# A word ending in the feminine ة (before any punctuation), which folding writes as the pronoun ه.
_TA_MARBUTA_END = re.compile("\u0629\\W*$")
# Words that make a name with the word after them (ibn, abu, abd, bint); alone with an everyday
# word ("ابن عمه", his cousin) they make no name.
# NER score below which one word with the article founds no new entity. Calibrated on the
# ANERcorp sentences the Arabic model held out (3566-4195 of anercorp-train.txt, its dev part):
# its one-word spans with the article are right 13 times of 26 below 0.9, 124 of 137 above.
DEFINITE_LEARN_MIN_SCORE = 0.9
NAME_PARTICLES = frozenset({"ابن", "بن", "ابو", "عبد", "بنت"})
# Words for a settlement or district written before its name ("مدينة القصير", the town of
# Qusayr; "بمحافظة", in the province of), folded: a place so introduced is a name, however
# everyday its word ("قصير", short).
SETTLEMENT_WORDS = frozenset({"مدينه", "بلده", "قريه", "محافظه", "ولايه", "مخيم", "ناحيه", "قضاء"})
_GLUED = ("ب", "ل", "و", "ف")
_LAST_WORD = re.compile(r"(\S+)\s+$")


def tanween_word(word: str) -> bool:
    """Whether an Arabic word carries a tanween mark."""
    return TANWEEN.search(word) is not None


def run_together(word: str) -> bool:
    """Whether an Arabic-script word has more letters than any name word
    (``MAX_NAME_WORD_LETTERS``), or a letter written only at a word's end before another
    letter (``final_letter_inside``): text whose spaces were lost."""
    return "-" not in word and (len(_ARABIC_LETTERS.findall(word)) > MAX_NAME_WORD_LETTERS
                                or final_letter_inside(word))


def final_letter_inside(word: str) -> bool:
    """Whether a letter Arabic writes only at the end of a word (ة, ى: ``ar.WORD_FINAL_LETTERS``)
    stands before another Arabic letter: two words run together ("خريطةللحرم", "إلىصنداي")."""
    return any(c in ar.WORD_FINAL_LETTERS and _ARABIC_LETTERS.search(word, i + 1) is not None
               for i, c in enumerate(word))


def name_words_end(text: str) -> int:
    """Where a mention's name ends once cut before its first word with tanween, of
    run-together text or of another script than its first word's: ``len(text)`` when it has
    none, 0 when its first word is one."""
    if text.isascii():
        return len(text)
    first_arabic: bool | None = None
    for match in re.finditer(r"\S+", text):
        word = match.group()
        arabic = _ARABIC_LETTERS.search(word) is not None
        if first_arabic is None and any(c.isalpha() for c in word):
            first_arabic = arabic
        elif first_arabic is not None and arabic != first_arabic and any(c.isalpha() for c in word):
            return len(text[: match.start()].rstrip())  # "Kirkwall بسرعة": another script
        if tanween_word(word) or run_together(word) or (arabic and future_verb(word)):
            return len(text[: match.start()].rstrip())
    return len(text)


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, frozenset[str]]:
    """Folded words by kind (``eval/ar_common.py``): "E" everyday (given names among them),
    "K" other words the sets know (name openers among them), "G" everyday words that are also
    given names, "N" words the sets open names with more often than they use them outside."""
    kinds: dict[str, set[str]] = {"E": set(), "K": set(), "G": set(), "N": set()}
    if COMMON_WORDS.is_file():
        with gzip.open(COMMON_WORDS, "rt", encoding="utf-8") as handle:
            for line in handle:
                kind, _, word = line.strip().partition(" ")
                if word and kind in kinds:
                    kinds[kind].add(word)
    kinds["E"] |= kinds["G"]
    kinds["K"] |= kinds["N"]
    return {kind: frozenset(words) for kind, words in kinds.items()}


def everyday_keys() -> frozenset[str]:
    """The folded everyday words of the Arabic NER training sets (see the module docstring),
    without their article."""
    return _word_lists()["E"]


def _unglued(key: str) -> str:
    """A folded word without a glued conjunction (و, ف) where more than 3 letters are left."""
    return key[1:] if key[:1] in ("و", "ف") and len(key) > 4 else key


def future_verb(word: str) -> bool:
    """Whether an Arabic word is a verb in the future tense: س, then the imperfect of an
    everyday word ("سيلعب", "وسيرمي"); not a name opening with those letters ("سيمز")."""
    key = token_key(word)
    if key in _word_lists()["K"]:
        return False
    key = _unglued(key)
    return (len(key) > STEM_MIN and key[0] == "س" and key[1] in _IMPERFECT
            and key[1:] in everyday_keys())


@lru_cache(maxsize=1 << 14)
def everyday_word(word: str) -> bool:
    """Whether an Arabic word is an everyday word (see the module docstring)."""
    common, known = _word_lists()["E"], _word_lists()["K"]
    key = token_key(word)
    if key in common or key in known:
        return key in common  # the sets' verdict on the word as written
    readings = {key, _unglued(key)}
    # folding writes the feminine ending ة as ه: "صعدة" (Saada) is no "صعد" + his
    suffixes = PRONOUN_SUFFIXES[:-1] if _TA_MARBUTA_END.search(word) else PRONOUN_SUFFIXES
    for reading in list(readings):
        readings.update(reading[: -len(s)] for s in suffixes
                        if reading.endswith(s) and len(reading) - len(s) >= STEM_MIN)
    return any(r in common for r in readings) or future_verb(word)


def everyday_name(name: str, person: bool = False) -> bool:
    """Whether every word of an Arabic-script name is an everyday word, a name particle before
    one aside ("ابن عمه"): the name founds no new entity. Latin letters spelled out ("أي تي
    في", ITV) are an acronym, whatever else those words mean; an everyday word the sets also
    open persons' names with ("أمل", "علي", "رمضان"), written without the article, before
    another word of a ``person``'s name is a given name ("أمل سلام", "علي كامل"; a place
    "أهل المدينة" is the city's people)."""
    words = name.split()
    if not words or not all(_ARABIC_LETTERS.search(w) for w in words) or acronym_readings(name):
        return False
    given = _word_lists()["G"]
    if person and len(words) > 1 and not words[0].startswith("ال") and token_key(words[0]) in given:
        return False
    return all(everyday_word(w) or (token_key(w) in NAME_PARTICLES and i < len(words) - 1)
               for i, w in enumerate(words))


def doubtful_definite(name: str, score: float) -> bool:
    """Whether ``name`` is one Arabic word with the article that NER scored below
    ``DEFINITE_LEARN_MIN_SCORE``, and not one the NER training sets open names with more
    often than they use it outside names ("النجف", Najaf)."""
    return (" " not in name.strip() and name.startswith("ال") and _ARABIC_LETTERS.match(name) is not None
            and score < DEFINITE_LEARN_MIN_SCORE and token_key(name) not in _word_lists()["N"])


def settlement_before(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a settlement word (``SETTLEMENT_WORDS``), a glued
    preposition or conjunction aside ("بمدينة")."""
    match = _LAST_WORD.search(text, max(0, start - 24), start)
    if match is None:
        return False
    key = token_key(match.group(1))
    return key in SETTLEMENT_WORDS or (key[:1] in _GLUED and key[1:] in SETTLEMENT_WORDS)
