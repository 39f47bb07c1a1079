"""Words that tell an English clause or group phrase from a bare phrase around a speech cue
(issue 16, en-quotes), kept out of ``LanguageRules`` and ``en.py`` (both at their size
limit). Read by ``dragoman.quotes.respondents`` and ``dragoman.quotes.demonstratives``.

- ``group_demonstratives``: a plural demonstrative that, before a past participle or a
  relative clause, names the people it describes ("those surveyed", "those polled", "Those
  who attended"): a group that may speak, linked to no one.
- ``demonstratives``: demonstratives that open a clause as its subject or its subject's
  determiner ("This makes it harder …, he said", "That plan failed …, she said").
- ``time_nouns``: nouns of a time that a demonstrative turns into a time adverbial ("That
  night at the depot, …", "This week in politics: …"), a subject only before an auxiliary
  ("That day was the worst, …").
- ``participle_endings``: endings of a regular past participle ("surveyed", "questioned",
  "chosen").
Written for this project from the grammar, not read off any evaluation set."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ClauseWords:
    group_demonstratives: frozenset[str] = frozenset()
    demonstratives: frozenset[str] = frozenset()
    participle_endings: tuple[str, ...] = ()
    time_nouns: frozenset[str] = frozenset()


_PACKS = {
    "en": ClauseWords(
        group_demonstratives=frozenset({"those"}),
        demonstratives=frozenset({"this", "that", "these", "those"}),
        participle_endings=("ed", "en"),
        time_nouns=frozenset({
            "time", "times", "moment", "hour", "day", "days", "night", "nights", "morning",
            "afternoon", "evening", "weekend", "week", "weeks", "month", "months", "year",
            "years", "season", "spring", "summer", "autumn", "fall", "winter", "decade",
            "century", "era"}),
    ),
}
_NONE = ClauseWords()


def clause_words(lang: str) -> ClauseWords:
    """The language's words, empty for a language without them."""
    return _PACKS.get(lang, _NONE)
