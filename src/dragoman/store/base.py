"""The storage interface every backend (SQLite, PostgreSQL) implements."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from dragoman.model import Article, Entity, Quote


@dataclass(slots=True)
class SearchHit:
    article_id: str
    title: str | None
    language: str | None
    published: str | None
    snippet: str
    score: float


@dataclass(slots=True)
class QuoteHit:
    """A stored quotation with the article it comes from."""

    quote: Quote
    article_id: str
    language: str | None
    published: str | None
    title: str | None
    url: str | None


class Store(Protocol):
    def put_article(self, article: Article) -> bool:
        """Write the article and its facts in one transaction; False if its id is present."""

    def get_article(self, article_id: str) -> Article:
        """The article with this id (or unique id prefix); raises NotFound."""

    def has_article(self, article_id: str) -> bool: ...

    def iter_articles(self) -> Iterator[Article]:
        """Every article, oldest ingested first."""

    def count_articles(self) -> int: ...

    def search(self, query: str, lang: str | None = None, limit: int = 20) -> list[SearchHit]: ...

    def iter_entities(self) -> Iterator[Entity]: ...

    def get_entity(self, entity_id: str) -> Entity:
        """The entity with this id; raises NotFound."""

    def entity_aliases(
        self, entity_id: str | None = None
    ) -> list[tuple[str, str, str, str, str | None]]:
        """(entity id, type, name, alias, language) of every stored surface form."""

    def entity_context(self, entity_id: str, per_entity: int, upto: int) -> list[list[str]]:
        """The sorted ids of the entities linked in each of the first ``per_entity`` articles
        (in ingest order, of those numbered ``upto`` or less) that mention ``entity_id``, one
        list per article, in that order."""

    def memory_mark(self) -> tuple[int, ...]:
        """Numbers that change whenever stored articles, links or corrections change."""

    def find_entity_ids(self, name: str) -> list[str]:
        """Ids of entities with this id, or with this name or surface form in any script."""

    def merged_into(self) -> dict[str, str]:
        """Entity id → the id an analyst merged it into (store/corrections.py)."""

    def entity_articles(self, entity_id: str) -> list[dict[str, Any]]:
        """Articles mentioning an entity, oldest publication first."""

    def entity_counts(self, entity_type: str | None = None) -> list[dict[str, Any]]:
        """Entities with their numbers of articles and mentions, most mentioned first."""

    def find_quotes(self, speaker: str | None = None, lang: str | None = None,
                    since: str | None = None, limit: int = 200) -> list[QuoteHit]:
        """Quotations, oldest article first, by speaker (id or any name), language, date."""

    def stats(self) -> dict[str, object]: ...

    def close(self) -> None: ...
