"""Words that tell a quoted span that is no one's speech: a reference line, the title of a
work, a term being defined, the finding of a study. Kept beside the packs (as
``contentwords``), keyed by language; read by ``dragoman.quotes.citations``.

- ``research_nouns``: heads of findings, not of speakers ("research", "studies", "data",
  "Studie", "Umfrage"): right before or after a cue ("empirical research suggesting that",
  "zeigt eine Studie") they are its subject, never a person named elsewhere in the sentence.
- ``work_nouns``: nouns of works whose title follows in quotation marks ("her essay
  “Why …?”", "im Buch „…“"); the packs' ``work_kinds`` are added to them.
- ``title_links``: lower-case words that may stand between such a noun and its title ("essay
  for Art News", "Roman von Daniel Kehlmann").
- ``meaning_verbs``: what follows a quoted term that is being defined or explained, not said
  ("“Bruderhahn” bedeutet, dass …", "“net zero” means …"); phrases of one or two words.
- ``reference_words``: words of a bibliography entry besides its year ("Verlag", "Hrsg.",
  "pp."): with the "Surname, Given:" opening they make the line a reference.
- ``finding_determiners``: words that open a research noun's phrase after its cue
  ("suggests a new study", "zeigt eine Umfrage").
Written for this project from the grammar, not read off any evaluation set."""

from __future__ import annotations

from dataclasses import dataclass

from dragoman.language.normalize import normalize_for_match


@dataclass(frozen=True, slots=True)
class CiteWords:
    research_nouns: frozenset[str] = frozenset()
    work_nouns: frozenset[str] = frozenset()
    title_links: frozenset[str] = frozenset()
    meaning_verbs: tuple[tuple[str, ...], ...] = ()
    reference_words: frozenset[str] = frozenset()
    finding_determiners: frozenset[str] = frozenset()


def _keys(*items: str) -> frozenset[str]:
    return frozenset(normalize_for_match(w) for w in items)


def _phrases(*items: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(normalize_for_match(w) for w in item.split()) for item in items)


_PACKS: dict[str, CiteWords] = {
    "en": CiteWords(
        research_nouns=_keys("research", "study", "studies", "survey", "surveys", "poll", "polls",
                             "data", "findings", "evidence", "analysis", "analyses",
                             "experiments", "trials", "modelling", "modeling", "statistics"),
        work_nouns=_keys("essay", "essays", "article", "articles", "paper", "memoir", "memoirs",
                         "poem", "poems", "opera", "musical", "series", "exhibition",
                         "episode", "op-ed", "lecture", "chapter", "titled", "entitled"),
        title_links=_keys("for", "of", "in", "by", "on", "the", "a", "an", "new", "latest",
                          "first", "called"),
        meaning_verbs=_phrases("means", "meant", "refers to", "referred to", "stands for",
                               "is defined as"),
        reference_words=_keys("press", "publishing", "publishers", "pp", "vol", "ed", "eds",
                              "journal", "doi", "isbn"),
        finding_determiners=_keys("a", "an", "the", "this", "these", "new", "recent", "one",
                                  "another", "its", "their"),
    ),
    "de": CiteWords(
        research_nouns=_keys("studie", "studien", "untersuchung", "untersuchungen", "forschung",
                             "forschungen", "umfrage", "umfragen", "daten", "analyse", "analysen",
                             "erhebung", "erhebungen", "befragung", "befragungen", "befunde",
                             "statistik", "statistiken", "experimente", "modellrechnungen"),
        work_nouns=_keys("essay", "essays", "aufsatz", "artikel", "kolumne", "gedicht",
                         "gedichte", "theaterstück", "stück", "oper", "musical", "serie",
                         "sendung", "ausstellung", "folge", "episode", "titel", "erzählband",
                         "gedichtband", "sammelband", "vortrag", "kapitel",
                         "streitschrift", "dokumentation", "doku", "memoiren", "biografie"),
        title_links=_keys("von", "des", "der", "im", "in", "für", "aus", "mit", "dem", "den",
                          "neuen", "neuesten", "ersten", "jüngsten"),
        meaning_verbs=_phrases("bedeutet", "bedeuten", "steht für", "stehen für",
                               "bezeichnet", "bezeichnen", "meint hier"),
        reference_words=_keys("verlag", "hrsg", "hg", "aufl", "auflage", "bd", "band", "s",
                              "zeitschrift", "isbn", "doi"),
        finding_determiners=_keys("eine", "einer", "einem", "die", "der", "den", "dem", "diese",
                                  "dieser", "neue", "neuen", "aktuelle", "aktuellen", "jüngste"),
    ),
}

_NONE = CiteWords()


def cite_words(code: str | None) -> CiteWords:
    """The words of the pack of ``code`` (empty for a pack with none)."""
    return _PACKS.get(code or "", _NONE)


__all__ = ["CiteWords", "cite_words"]
