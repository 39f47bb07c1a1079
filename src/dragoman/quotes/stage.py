"""The "quotes" analysis stage: fills Article.quotes (after the entities stage when it runs)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dragoman.model import Article
from dragoman.pipeline.budget import analysed_end, mark_partial
from dragoman.pipeline.stage import Stage, map_stage
from dragoman.quotes.detect import find_quotes
from dragoman.quotes.places import PlaceLookup, kb_places


def _quotes(article: Article, places: PlaceLookup | None = None) -> Article:
    article.quotes, warnings = find_quotes(_analysed_part(article), places)
    article.warnings.extend(warnings)
    return article


def _analysed_part(article: Article) -> Article:
    """The article, or on a very long page a copy cut at ``analysed_end`` (quote offsets
    into the copy are offsets into the whole text)."""
    end = analysed_end(article.text)
    if end == len(article.text):
        return article
    mark_partial(article, "quotes", f"quotations looked for in the first {end} of "
                 f"{len(article.text)} characters")
    return replace(article, text=article.text[:end],
                   sentences=[s for s in article.sentences if s[1] <= end],
                   mentions=[m for m in article.mentions if m.end <= end])


def quotes_stage(cache_dir: str | None = None, places: bool = True, **_: Any) -> Stage:
    """Mentions are used when present (speaker ids); without them speakers stay raw text.

    ``places``: countries and large cities of the knowledge base (the one the entities stage
    loads, from ``cache_dir``) may speak even where the entities stage left them unlinked."""
    state: dict[str, PlaceLookup] = {}

    def run(article: Article) -> Article:
        if places and "places" not in state:
            from dragoman.entities.kb import load_kb

            state["places"] = kb_places(load_kb(cache_dir))
        return _quotes(article, state.get("places"))

    return map_stage("quotes", run, needs=frozenset({"text", "language", "sentences"}),
                     adds=frozenset({"quotes"}))
