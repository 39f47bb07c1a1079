"""The standard stages and the default analysis pipeline."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dragoman.extract import extract_page
from dragoman.language.detect import detect_article_language
from dragoman.language.segment import split_sentences
from dragoman.model import Article, RawPage
from dragoman.pipeline.stage import Stage, map_stage

ARTICLE_FIELDS = frozenset({"text", "title", "site", "authors", "published", "url"})


def _language(article: Article) -> Article:
    if not article.language or article.language == "und" or article.language_score == 0.0:
        article.language, article.language_score = detect_article_language(article.text, article.title)
    article.sentences = split_sentences(article.text, article.language)
    return article


def extract_stage() -> Stage:
    return map_stage("extract", extract_page, accepts=RawPage, adds=ARTICLE_FIELDS)


def language_stage() -> Stage:
    return map_stage(
        "language", _language, needs=frozenset({"text"}), adds=frozenset({"language", "sentences"})
    )


# Analysis stages after language identification, in order, by registry name
# (registered in dragoman.registry; each is a factory returning a Stage).
ANALYSIS_ORDER: tuple[str, ...] = ("entities", "quotes")


StageOptions = Mapping[str, Mapping[str, Any]]  # stage name -> options for its factory


def analysis_stages(options: StageOptions | None = None) -> list[Stage]:
    """Stages that analyse an Article's text (no extraction, no storage).

    ``options`` pass archive state to a stage factory, e.g. the entity names an
    archive already knows: ``{"entities": {"known": [...]}}``.
    """
    from dragoman import registry

    opts = options or {}
    return [language_stage(),
            *(registry.create("stage", name, **opts.get(name, {})) for name in ANALYSIS_ORDER)]


def ingest_stages(options: StageOptions | None = None) -> list[Stage]:
    return [extract_stage(), *analysis_stages(options)]
