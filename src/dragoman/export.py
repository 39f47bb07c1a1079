"""The export schema: one JSON object per article. Field names are a stable contract."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from dragoman.model import Article


def _entities(article: Article) -> list[dict[str, Any]]:
    by_id = {e.id: e for e in article.entities}
    # One entry per entity id ("Russia" and "Russian" are both country-RU); a span linking
    # found no entity for (a doubtful one) is not listed as an entity.
    groups: dict[str, list[dict[str, Any]]] = {}
    labels: dict[str, str] = {}
    for m in article.mentions:
        if m.entity_id is None:
            continue
        labels.setdefault(m.entity_id, m.label)
        # score: the span's confidence (NER's, or the rule's that found it); reason: how it
        # was linked (entities/referents.py LINK_REASONS); role: a title written with it.
        row: dict[str, Any] = {"start": m.start, "end": m.end, "text": m.text,
                               "score": round(m.score, 4), "reason": m.reason}
        if m.role:
            row["role"] = m.role
        groups.setdefault(m.entity_id, []).append(row)
    out = []
    for entity_id, mentions in groups.items():
        entity = by_id.get(entity_id)
        out.append(
            {
                "id": entity_id,
                "name": entity.name if entity else mentions[0]["text"],
                "type": entity.type if entity else labels[entity_id],
                "roles": list(dict.fromkeys(r["role"] for r in mentions if "role" in r)),
                "mentions": mentions,
            }
        )
    return out


def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "url": article.url,
        "site": article.site,
        "title": article.title,
        "authors": list(article.authors),
        "published": article.published,
        "published_confidence": article.published_confidence,
        "published_source": article.published_source,
        "language": article.language,
        "page_type": article.page_type,
        "text": article.text,
        "entities": _entities(article),
        "quotes": [
            {
                "speaker": {"id": q.speaker_id, "name": q.speaker_name or q.speaker_text},
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "direct": q.direct,
                "cue": q.cue,
            }
            for q in article.quotes
        ],
        "story": article.story_id,
        "storyline": article.storyline_id,
        "duplicate_of": article.duplicate_of,
        "source": article.source,
        "warnings": list(article.warnings),
    }


def to_jsonl(articles: Iterable[Article]) -> Iterator[str]:
    for article in articles:
        yield json.dumps(article_to_dict(article), ensure_ascii=False)


CSV_FIELDS = ("id", "url", "site", "title", "authors", "published", "language", "entities",
              "quotes", "story", "text")  # fmt: skip


def to_csv(articles: Iterable[Article]) -> Iterator[str]:
    """CSV rows (header first); list fields are joined with '; '."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    yield buffer.getvalue()
    for article in articles:
        buffer.seek(0)
        buffer.truncate()
        row = article_to_dict(article)
        row["authors"] = "; ".join(row["authors"])
        row["entities"] = "; ".join(sorted({e["name"] for e in row["entities"]}))
        row["quotes"] = len(row["quotes"])
        writer.writerow(row)
        yield buffer.getvalue()
