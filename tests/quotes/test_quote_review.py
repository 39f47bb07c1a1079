"""Review of the issue-16 quotation changes: phrase matching through the length index (the
generated Italian and Spanish verb lists put hundreds of phrases under "ha"/"hanno"), generated
verb forms that are mostly nouns in news, and hostile page shapes in bounded time with exact
offsets. Sentences are written for these tests."""

from __future__ import annotations

import time

import pytest

import dragoman
from dragoman.language.rules import rules_for
from dragoman.language.segment import split_sentences
from dragoman.model import Article
from dragoman.quotes.lexicon import Phrases, lexicon, words
from dragoman.quotes.stage import _quotes

# Generous CPU bound for one hostile page of about 100,000 characters (a quadratic walk over
# the cues took minutes on the same shape; the linear one takes a few seconds on a busy host).
HOSTILE_CPU_SECONDS = 30.0


@pytest.mark.parametrize(("lang", "text", "first_word"), [
    ("it", "Il sindaco ha poi ammesso che il ponte è chiuso.", "ha"),
    ("it", "I tecnici hanno comunicato che la diga regge.", "hanno"),
    ("es", "La alcaldesa ha reprochado al ministro el retraso.", "ha"),
    ("es", "Los vecinos han dicho que el agua volvió.", "han"),
])
def test_indexed_phrase_match_equals_the_plain_scan(lang: str, text: str,
                                                    first_word: str) -> None:
    rules = rules_for(lang)
    assert rules is not None
    lex = lexicon(rules)
    assert isinstance(lex.verbs, Phrases)
    ws = words(text)
    i = next(n for n, w in enumerate(ws) if w.key == first_word)
    plain = dict(lex.verbs)  # no index: the phrases scanned one by one
    got = lex.match_phrase(ws, i, lex.verbs)
    assert got >= 2
    assert got == lex.match_phrase(ws, i, plain)


def test_glued_one_letter_preposition_still_matches() -> None:
    rules = rules_for("ar")
    assert rules is not None
    lex = lexicon(rules)
    ws = words("وفقا لوزارة الصحة فإن المستشفى مغلق")
    assert lex.match_phrase(ws, 0, lex.markers) == 1  # "وفقا لـ" glued to its noun


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El Gobierno tiene en cuenta que el puente cerrará en agosto."),
    ("es", "El banco abrió una cuenta que permite pagar sin comisiones."),
    ("es", "La jueza Marta Gil dictó sentencia que obliga a la empresa a pagar."),
    ("it", "Arriva in procura una nuova denuncia che accusa la giunta."),
])
def test_noun_uses_of_generated_forms_are_no_cue(lang: str, text: str) -> None:
    assert dragoman.analyze(text, lang=lang).quotes == []


def test_the_verbs_of_those_nouns_still_cue_in_other_forms() -> None:
    for text in ("Ana Ruiz y Luis Gil cuentan que el puente cerrará en agosto.",
                 "La alcaldesa Ana Ruiz contó que el puente cerrará en agosto."):
        quotes = dragoman.analyze(text, lang="es").quotes
        assert [q.text for q in quotes] == ["el puente cerrará en agosto"]


def _stage(text: str, lang: str) -> tuple[Article, float]:
    article = Article(id="x", source="t", text=text, language=lang, language_score=1.0)
    article.sentences = split_sentences(text, lang)
    t0 = time.process_time()
    article = _quotes(article)
    return article, time.process_time() - t0


@pytest.mark.parametrize(("label", "text"), [
    ("whole page inside one quotation", "“" + " ".join(
        f"The mayor said that bridge {i} was safe, according to engineers." for i in range(1500))
     + "”"),
    ("many cued quotations", " ".join(
        f"“Road {i} reopens soon,” Jane Doe said." for i in range(2000))),
    ("nested five deep", "Jane Doe said: “a ‘b “c ‘d “e” d’ c” b’ a”. " * 200),
    ("unbalanced marks", " ".join(f"“open {i} Jane said « „ ‹ \" that" for i in range(1000))),
])
def test_hostile_pages_bounded_with_exact_offsets(label: str, text: str) -> None:
    article, cpu = _stage(text, "en")
    assert cpu < HOSTILE_CPU_SECONDS, label
    for q in article.quotes:
        assert article.text[q.start:q.end] == q.text
        if q.speaker_start is not None and q.speaker_end is not None:
            assert article.text[q.speaker_start:q.speaker_end] == q.speaker_text


def test_a_source_before_a_postposed_marker_is_looked_for_near_it_only() -> None:
    from dragoman.quotes.sources import _LOOK_BACK_CHARS, _clause_start

    text = "wort " * 2000 + "dem Bericht zufolge"
    end = text.index("dem Bericht")
    assert _clause_start(text, end) == end - _LOOK_BACK_CHARS  # no mark: the window's start
    text = "Er kam. Dem Bericht zufolge"
    assert _clause_start(text, text.index("Dem")) == text.index(".") + 1
