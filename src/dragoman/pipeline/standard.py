"""The standard stages and the default analysis pipeline."""

from __future__ import annotations

from dragoman.extract import extract_page
from dragoman.language.detect import detect_language
from dragoman.language.segment import split_sentences
from dragoman.model import Article, RawPage
from dragoman.pipeline.stage import Stage, map_stage

ARTICLE_FIELDS = frozenset({"text", "title", "site", "authors", "published", "url"})


def _language(article: Article) -> Article:
    if not article.language or article.language == "und" or article.language_score == 0.0:
        sample = f"{article.title or ''}\n{article.text}"
        article.language, article.language_score = detect_language(sample)
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
ANALYSIS_ORDER: tuple[str, ...] = ()


def analysis_stages() -> list[Stage]:
    """Stages that analyse an Article's text (no extraction, no storage)."""
    from dragoman import registry

    return [language_stage(), *(registry.create("stage", name) for name in ANALYSIS_ORDER)]


def ingest_stages() -> list[Stage]:
    return [extract_stage(), *analysis_stages()]
