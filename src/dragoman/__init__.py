"""Dragoman: a multilingual news-intelligence engine.

Library first; the CLI, API and web application are thin layers over it.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from dragoman.errors import DragomanError, ExtractionError, InputError, MissingDependency
from dragoman.model import Article, Entity, Mention, Quote, RawPage, Story
from dragoman.version import __version__ as __version__

if TYPE_CHECKING:
    from dragoman.archive import Archive, IngestReport
    from dragoman.settings import Settings
    from dragoman.stories.similarity import Similarity

# Names loaded on first use (PEP 562), so ``import dragoman`` stays cheap: the archive pulls in
# the stores, the executors, numpy and lxml. ``from dragoman import Archive`` works unchanged.
_LAZY = {"Archive": "dragoman.archive", "IngestReport": "dragoman.archive",
         "Settings": "dragoman.settings", "load_settings": "dragoman.settings"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'dragoman' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


def _run_one(stages: list, record: RawPage | Article) -> Article:  # type: ignore[type-arg]
    from dragoman.model import Failure
    from dragoman.pipeline import Pipeline
    from dragoman.pipeline.standard import ARTICLE_FIELDS

    given = ARTICLE_FIELDS if isinstance(record, Article) else frozenset()
    for out in Pipeline(stages, given=given).run([record]):
        if isinstance(out, Failure):
            raise ExtractionError(out.source, out.reason)
        if isinstance(out, Article):
            return out
    raise ExtractionError(record.source, "no article came out of the pipeline")


def extract_text(text: str, url: str | None = None, reference: datetime | None = None) -> Article:
    """Extract an article from a page flattened to text (site chrome and all)."""
    from dragoman.pipeline.standard import ingest_stages

    return _run_one(ingest_stages(), RawPage("<text>", text, "text", url, reference))


def extract_html(html: str, url: str | None = None, reference: datetime | None = None) -> Article:
    """Extract an article from an HTML page."""
    from dragoman.pipeline.standard import ingest_stages

    return _run_one(ingest_stages(), RawPage(url or "<html>", html, "html", url, reference))


def analyze(text: str, lang: str | None = None, settings: Settings | None = None) -> Article:
    """Run the analysis stages on ``text`` taken verbatim; offsets point into that exact text.
    ``settings`` (``dragoman.settings``) choose the NER models; default ``Settings()``."""
    from dragoman.identity import article_id
    from dragoman.pipeline.standard import analysis_stages

    article = Article(id=article_id(None, text), source="<analyze>", text=text, language=lang,
                      language_score=1.0 if lang else 0.0)
    options = settings.stage_options() if settings is not None else None
    return _run_one(analysis_stages(options), article)


def similarity(a: Article | str, b: Article | str, embedder: str = "use") -> Similarity:
    """How similar two articles (or texts) are, in any languages, with the parts of the score:
    embedding cosine, shared entities, shared places, days apart."""
    from dragoman.stories.similarity import similarity as _similarity

    return _similarity(analyze(a) if isinstance(a, str) else a,
                       analyze(b) if isinstance(b, str) else b, embedder)


__all__ = [
    "Archive", "Article", "DragomanError", "Entity", "ExtractionError", "IngestReport",
    "InputError", "Mention", "MissingDependency", "Quote", "RawPage", "Settings", "Story",
    "analyze", "extract_html", "extract_text", "load_settings", "similarity",
]  # fmt: skip
