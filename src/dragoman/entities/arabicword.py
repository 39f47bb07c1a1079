"""What the written form of an Arabic word says about it being part of a name (issue 14).

* a word carrying tanween (ً ٌ ٍ, the indefinite case endings: "ميتًا" dead, "هائلاً" huge,
  "أيضاً" also) is an indefinite adjective, adverb or noun, never a name's word: names are
  definite, and foreign names are spelled without case endings. A mention cut at such a word
  keeps the words before it ("مارتينيز سريعاً" -> "مارتينيز"); one that opens with it names
  nothing, and the text scan finds no knowledge-base name in it ("ميتًا" is not Meta);
* a name is written in one script: a span that passes from Latin to Arabic letters (a name
  left in Latin in an Arabic text, then the next Arabic word) ends where the script changes;
* a single Arabic-script word longer than any name word of the knowledge base is words run
  together where a page lost its spaces ("...فيجامعةهارفارد..."): no name.
"""

from __future__ import annotations

import re

# The three tanween marks: fathatan, dammatan, kasratan.
TANWEEN = re.compile("[\u064b-\u064d]")
_ARABIC_LETTERS = re.compile("[\u0621-\u064a\u0671-\u06d3]")
# Letters of the longest Arabic-script word of a name in the knowledge base without a hyphen
# is 16 (ثيروفانانثابورام, of 13,494 name words: 15 over 14 letters); a word of more letters
# than this is run-together text.
MAX_NAME_WORD_LETTERS = 20


def tanween_word(word: str) -> bool:
    """Whether an Arabic word carries a tanween mark."""
    return TANWEEN.search(word) is not None


def run_together(word: str) -> bool:
    """Whether an Arabic-script word has more letters than any name word
    (``MAX_NAME_WORD_LETTERS``): text whose spaces were lost."""
    return "-" not in word and len(_ARABIC_LETTERS.findall(word)) > MAX_NAME_WORD_LETTERS


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
        if tanween_word(word) or run_together(word):
            return len(text[: match.start()].rstrip())
    return len(text)
