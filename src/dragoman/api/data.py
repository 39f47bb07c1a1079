"""Detail records shared by the JSON API and the web pages (one place assembles each)."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from dragoman.archive import Archive
from dragoman.errors import DragomanError, NotFound
from dragoman.export import article_to_dict
from dragoman.store import ArchiveStore

if TYPE_CHECKING:
    from dragoman.api.app import Services

# Publication dates with a lower confidence are shown as "uncertain" (the threshold the
# export schema documents for `published_confidence`).
CERTAIN_DATE = 0.85


def date_certainty(published: str | None, confidence: float) -> str:
    """'unknown', 'uncertain' or 'certain' for a publication date."""
    if not published:
        return "unknown"
    return "certain" if confidence >= CERTAIN_DATE else "uncertain"


def article_detail(store: ArchiveStore, article_id: str) -> dict[str, Any]:
    art = store.get_article(article_id)
    data = article_to_dict(art)
    data["date_certainty"] = date_certainty(art.published, art.published_confidence)
    data["modified"] = art.modified
    data["mentions"] = [asdict(m) for m in art.mentions]
    data["quote_spans"] = [asdict(q) for q in art.quotes]
    data["blocks"] = [asdict(b) for b in art.blocks]
    return data


def entity_detail(store: ArchiveStore, entity_id: str) -> dict[str, Any]:
    ent = store.get_entity(entity_id)
    forms = store.entity_mention_forms(ent.id)
    names = dict(ent.names)
    for form in forms:  # most frequent spelling per language when no display name is stored
        names.setdefault(form["language"] or "und", form["text"])
    quotes, quote_total = store.list_quotes(speaker=ent.id, limit=50)
    articles, article_total = store.list_articles(entity=ent.id, limit=50)
    return {
        "id": ent.id, "name": ent.name, "type": ent.type, "names": names,
        "aliases": ent.aliases, "forms": forms,
        "timeline": store.entity_timeline(ent.id),
        "quote_timeline": store.quote_timeline(ent.id),
        "related": store.related_entities(ent.id),
        "quotes": quotes, "quote_total": quote_total,
        "articles": articles, "article_total": article_total,
    }


def coverage(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Articles per publication day and language (undated articles left out)."""
    counts = Counter((a["published"][:10], a["language"] or "und")
                     for a in articles if a["published"])
    return [{"day": d, "language": lang, "articles": n}
            for (d, lang), n in sorted(counts.items())]


def story_detail(store: ArchiveStore, story_id: str) -> dict[str, Any]:
    articles, total = store.list_articles(story=story_id, limit=500)
    if not total:
        raise NotFound(f"no story with id {story_id!r}")
    by_language: dict[str, list[dict[str, Any]]] = {}
    for a in sorted(articles, key=lambda a: a["published"] or "9999"):
        by_language.setdefault(a["language"] or "und", []).append(a)
    dated = sorted(a["published"] for a in articles if a["published"])
    return {
        "id": story_id, "titles": store.story_titles(story_id), "articles": total,
        "languages": sorted(by_language), "by_language": by_language,
        "first_seen": dated[0] if dated else None, "last_seen": dated[-1] if dated else None,
        "storyline_id": next((a["storyline_id"] for a in articles if a["storyline_id"]), None),
        "coverage": coverage(articles),
    }


def storyline_detail(store: ArchiveStore, storyline_id: str) -> dict[str, Any]:
    stories, total = store.list_stories(storyline=storyline_id, limit=100)
    if not total:
        raise NotFound(f"no storyline with id {storyline_id!r}")
    stories.sort(key=lambda s: s["first_seen"] or "")
    return {"id": storyline_id, "stories": stories, "total": total}


def run_search(svc: Services, query: str, lang: str | None, limit: int,
               mode: str = "hybrid") -> tuple[list[dict[str, Any]], str]:
    """Hits as dicts, and the mode used: "hybrid" (keyword + cross-lingual, when the archive
    offers it and its embedder loads) or "keyword" (FTS5 only)."""
    hits: list[Any] | None = None
    used = "keyword"
    if mode == "hybrid" and hasattr(Archive, "hybrid_search"):
        with svc.archive_lock:
            try:
                hits = svc.archive().hybrid_search(query, lang=lang, limit=limit)
                used = "hybrid"
            except (DragomanError, ImportError):
                hits = None  # no embedder here: keyword search still answers
    if hits is None:
        hits = svc.store().search(query, lang=lang, limit=limit)
    return [asdict(h) for h in hits], used
