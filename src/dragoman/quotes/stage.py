"""The "quotes" analysis stage: fills Article.quotes (after the entities stage when it runs)."""

from __future__ import annotations

from dragoman.model import Article
from dragoman.pipeline.stage import Stage, map_stage
from dragoman.quotes.detect import find_quotes


def _quotes(article: Article) -> Article:
    article.quotes, warnings = find_quotes(article)
    article.warnings.extend(warnings)
    return article


def quotes_stage() -> Stage:
    """Mentions are used when present (speaker ids); without them speakers stay raw text."""
    return map_stage("quotes", _quotes, needs=frozenset({"text", "language", "sentences"}),
                     adds=frozenset({"quotes"}))
