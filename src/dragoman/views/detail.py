"""Detail records shared by the JSON API and the web pages (one place assembles each).

``store``: the archive's store (``Archive`` passes it; views never open or import one)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from dragoman.entities.reasons import describe
from dragoman.errors import NotFound
from dragoman.export import article_to_dict
from dragoman.model import Mention

# Publication dates with a lower confidence are shown as "uncertain" (the threshold the
# export schema documents for `published_confidence`).
CERTAIN_DATE = 0.85


def date_certainty(published: str | None, confidence: float) -> str:
    """'unknown', 'uncertain' or 'certain' for a publication date."""
    if not published:
        return "unknown"
    return "certain" if confidence >= CERTAIN_DATE else "uncertain"


def link_note(mention: Mention) -> str:
    """Why a mention links where it does, for a tooltip: "linked: referent · 0.93" (with the
    role a title gave the person: "· Ambassador"); "not linked · 0.40" for an unlinked span.
    The score is the span's confidence (NER's, or the rule's that found it)."""
    if mention.entity_id is None:
        return f"not linked · {mention.score:.2f}"
    note = f"linked: {mention.reason or 'not recorded'} · {mention.score:.2f}"
    return f"{note} · {mention.role}" if mention.role else note


def _entity_links(entity: dict[str, Any]) -> list[dict[str, Any]]:
    """An entity's links by reason: how many mentions, the best score, its description."""
    found: dict[str, dict[str, Any]] = {}
    for m in entity["mentions"]:
        link = found.setdefault(m["reason"], {"reason": m["reason"], "why": describe(m["reason"]),
                                              "mentions": 0, "score": 0.0})
        link["mentions"] += 1
        link["score"] = max(link["score"], m["score"])
    return sorted(found.values(), key=lambda x: (-x["mentions"], x["reason"]))


def article_detail(store: Any, article_id: str) -> dict[str, Any]:
    """The article page's record: the export fields, each mention with its link (entity,
    score, ``reason`` with its description ``why``, ``role``, the ``note`` a page shows) and
    each entity with its links by reason (``links``, ``note``)."""
    art = store.get_article(article_id)
    data = article_to_dict(art)
    data["date_certainty"] = date_certainty(art.published, art.published_confidence)
    data["modified"] = art.modified
    data["mentions"] = [{**asdict(m), "why": describe(m.reason), "note": link_note(m)}
                        for m in art.mentions]
    for entity in data["entities"]:
        entity["links"] = _entity_links(entity)
        entity["note"] = "; ".join(
            f"linked: {x['reason'] or 'not recorded'} · {x['score']:.2f}"
            + (f" ×{x['mentions']}" if x["mentions"] > 1 else "") for x in entity["links"])
    data["quote_spans"] = [asdict(q) for q in art.quotes]
    data["blocks"] = [asdict(b) for b in art.blocks]
    return data


def entity_detail(store: Any, entity_id: str) -> dict[str, Any]:
    """The entity page's record, the same for the web page and the API."""
    from dragoman.views.analyst import entity_view

    return entity_view(store, entity_id)


def story_detail(store: Any, story_id: str) -> dict[str, Any]:
    """The story page's record, the same for the web page, the API and the CLI."""
    from dragoman.stories.view import story_view

    return story_view(store, story_id)


def storyline_detail(store: Any, storyline_id: str) -> dict[str, Any]:
    stories, total = store.list_stories(storyline=storyline_id, limit=100)
    if not total:
        raise NotFound(f"no storyline with id {storyline_id!r}")
    stories.sort(key=lambda s: s["first_seen"] or "")
    return {"id": storyline_id, "stories": stories, "total": total}
