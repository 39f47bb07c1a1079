"""The storage interface every backend (SQLite, PostgreSQL) implements."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

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

    def stats(self) -> dict[str, object]: ...

    def close(self) -> None: ...
