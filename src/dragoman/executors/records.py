"""Articles as flat rows (for Parquet files and for moving between Ray workers) and back."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from dragoman.model import Article, Block, Entity, Mention, Quote

ROW_COLUMNS = ("shard", "id", "language", "published", "title", "record")


def article_to_row(article: Article, shard: str) -> dict[str, Any]:
    """A few queryable columns plus the whole article as JSON (lossless)."""
    return {
        "shard": shard, "id": article.id, "language": article.language,
        "published": article.published, "title": article.title,
        "record": json.dumps(asdict(article), ensure_ascii=False),
    }  # fmt: skip


def row_to_article(row: dict[str, Any]) -> Article:
    data = json.loads(row["record"])
    data["blocks"] = [Block(**b) for b in data["blocks"]]
    data["sentences"] = [tuple(s) for s in data["sentences"]]
    data["mentions"] = [Mention(**m) for m in data["mentions"]]
    data["entities"] = [Entity(**e) for e in data["entities"]]
    data["quotes"] = [Quote(**q) for q in data["quotes"]]
    return Article(**data)
