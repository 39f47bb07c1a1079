"""Quotations of an original text with the entity mentions a test says the entities stage
found, for quotation tests."""

from __future__ import annotations

from dragoman.language.segment import split_sentences
from dragoman.model import Article, Mention, Quote
from dragoman.quotes import find_quotes


def quotes_of(text: str, lang: str, people: tuple[str, ...] = (),
             others: tuple[tuple[str, str], ...] = (), *, continued: bool = False) -> list[Quote]:
    """Quotations of ``text``; ``people`` and ``others`` ((text, label)) stand for what the
    entities stage found (each string's first occurrence); ``continued``: ``find_quotes``'s
    option (German continued speech)."""
    mentions = [Mention(text.index(p), text.index(p) + len(p), p, "PER") for p in people]
    mentions += [Mention(text.index(t), text.index(t) + len(t), t, label)  # type: ignore[arg-type]
                 for t, label in others]
    article = Article(id="t", source="test", text=text, language=lang,
                      sentences=split_sentences(text, lang), mentions=mentions)
    return find_quotes(article, continued=continued)[0]
