"""A subject whose head noun a past participle and a time phrase follow, right before its cue
("“…,” the order released Friday said.", "The report issued last week said: “…”"): the whole
phrase is the source. Without this rule the capitalised day reads as a name, or the phrase as a
clause, and the cue falls back to the last person named."""

from __future__ import annotations

from dragoman.language.invertedcues import document_head, inverted_cue_words
from dragoman.language.normalize import normalize_for_match
from dragoman.quotes.complements import DETERMINERS
from dragoman.quotes.lexicon import Lexicon, Word
from dragoman.quotes.mentions import Speaker

# Most words between the determiner and the head noun ("the court's final order"): a bound
# from the shape (two modifiers), not a fitted value.
MAX_MODIFIERS = 2
# Most words of the time phrase after the participle ("on Friday morning", "late last week").
MAX_TIME_WORDS = 3
# Shortest past participle read ("issued"; not "red", "bed").
MIN_PARTICIPLE_CHARS = 5
# The time words of each language (``_time_words``), by language code.
_TIME_WORDS: dict[str, frozenset[str]] = {}


def reduced_relative_subject(text: str, chunk: list[Word], lex: Lexicon) -> Speaker | None:
    """``chunk`` (the words before a cue) ends on a determiner, at most ``MAX_MODIFIERS``
    lower-case words, a head noun that is a document (``document_heads``) or a role or body
    (``lex.roles``), a past participle and a time phrase of at most ``MAX_TIME_WORDS`` words,
    and only stop words before the determiner ("But the report …"): that phrase; else None
    ("The mother of the student arrested Friday said": the phrase modifies the subject)."""
    pack = inverted_cue_words(lex.rules.code)
    if pack is None or not pack.past_ending:
        return None
    times = _time_words(lex, pack.time_words)
    k = len(chunk)
    while k > 0 and normalize_for_match(chunk[k - 1].text) in times:
        k -= 1
    if not 0 < len(chunk) - k <= MAX_TIME_WORDS or k < 3:
        return None
    participle, head = chunk[k - 1], chunk[k - 2]
    if not (participle.text.islower() and participle.key.endswith(pack.past_ending)
            and len(participle.key) >= MIN_PARTICIPLE_CHARS
            and participle.key not in lex.rules.speech_verbs):
        return None  # "the order posted Friday said": "posted" is a cue of its own
    if not head.text.islower() or not (document_head(pack, head.key) or head.key in lex.roles):
        return None
    det = next((j for j in range(k - 3, max(-1, k - 4 - MAX_MODIFIERS), -1)
                if chunk[j].key in DETERMINERS), None)
    if det is None or any(not w.text.islower() or w.key in lex.stops
                          for w in chunk[det + 1:k - 2]):
        return None
    if any(w.key not in lex.stops for w in chunk[:det]):
        return None  # "A lawyer for the family of the officer killed Tuesday said": a modifier
    if any(ch in text[chunk[det].start:chunk[-1].end] for ch in ",;:()"):
        return None  # "the order, released Friday," is an aside the appositive rules read
    start, end = chunk[det].start, chunk[-1].end
    return Speaker(start, end, text[start:end])


def _time_words(lex: Lexicon, extra: tuple[str, ...]) -> frozenset[str]:
    """The words of a time phrase in the language of ``lex`` (its weekdays, months, relative
    days and duration words, and ``extra``), normalized; built once per language."""
    rules = lex.rules
    cached = _TIME_WORDS.get(rules.code)
    if cached is None:
        cached = _TIME_WORDS[rules.code] = frozenset(normalize_for_match(w) for w in (
            *rules.weekdays, *rules.months, *rules.relative_days, *rules.duration_words,
            *extra))
    return cached
