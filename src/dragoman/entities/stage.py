"""The "entities" analysis stage: NER, then linking to KB and learned entities."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.errors import DragomanError
from dragoman.model import Article, Mention
from dragoman.pipeline.stage import Stage, map_stage

KnownAlias = tuple[str, str, str, str, str | None]  # entity id, type, name, alias, language


def _recognize(article: Article, backend: str | None) -> tuple[list[Mention], bool]:
    """NER mentions and whether a model read the text; without a usable recognizer, none
    (linking then finds knowledge-base names only)."""
    try:
        from dragoman.entities import ner
    except ImportError as exc:
        article.warnings.append(f"entities: no NER ({exc}); knowledge-base names only")
        return [], False
    try:
        mentions = ner.recognize(article.text, article.language, article.sentences or None, backend)
    except DragomanError as exc:  # a missing model or package must not cost the article
        article.warnings.append(f"entities: NER unavailable ({exc}); knowledge-base names only")
        return [], False
    return mentions, bool(mentions) or ner.reads(article.language, backend)


def article_date(article: Article) -> str | None:
    """The date roles are resolved on: publication, else fetch time."""
    return article.published or article.fetched_at or None


def entities_stage(
    known: Iterable[KnownAlias] | None = None,
    memory: Memory | None = None,
    backend: str | None = None,
    **_: Any,
) -> Stage:
    """A stage filling ``Article.mentions`` and ``Article.entities``.

    ``known`` are an archive's stored aliases (``SQLiteStore.entity_aliases``), so
    that names learned in earlier runs keep their ids; ``memory`` shares learned
    names between stages. The knowledge base loads on the first article.
    """
    state: dict[str, Linker] = {}

    def run(article: Article) -> Article:
        linker = state.get("linker")
        if linker is None:
            linker = state["linker"] = Linker(memory=memory or Memory(known or ()))
        mentions, ran = _recognize(article, backend)
        article.mentions, article.entities = linker.link(
            article.text, mentions, article.language, article_date(article), ner=ran
        )
        return article

    return map_stage(
        "entities",
        run,
        needs=frozenset({"text", "language", "sentences"}),
        adds=frozenset({"mentions", "entities"}),
    )
