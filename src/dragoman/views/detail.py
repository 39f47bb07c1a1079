"""Detail records shared by the JSON API and the web pages (one place assembles each)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from dragoman.errors import NotFound
from dragoman.export import article_to_dict
from dragoman.store import ArchiveStore

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
    """The entity page's record, the same for the web page and the API."""
    from dragoman.views.analyst import entity_view

    return entity_view(store, entity_id)


def story_detail(store: ArchiveStore, story_id: str) -> dict[str, Any]:
    """The story page's record, the same for the web page, the API and the CLI."""
    from dragoman.stories.view import story_view

    return story_view(store, story_id)


def storyline_detail(store: ArchiveStore, storyline_id: str) -> dict[str, Any]:
    stories, total = store.list_stories(storyline=storyline_id, limit=100)
    if not total:
        raise NotFound(f"no storyline with id {storyline_id!r}")
    stories.sort(key=lambda s: s["first_seen"] or "")
    return {"id": storyline_id, "stories": stories, "total": total}
