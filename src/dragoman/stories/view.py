"""The story page's view model: one record that the web page, the JSON API and the CLI show.

``story_view(store, story_id)`` answers: who (people and organisations, with counts across
languages), what was said (quotations grouped by speaker), where (places), when (articles
per day, by publication date else fetch time; per day and language for the chart), the
lead sentence that best represents the story in each language (with its offsets into its
article), the languages and outlets, related stories and the storyline. ``store`` is an
archive store (browse + story queries).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from dragoman.errors import NotFound
from dragoman.model import Article

# Articles of one story read in full for the entity, quotation and lead sections (the
# counts and lists above say how many there are in all; a larger story is summarised from
# its newest articles).
DETAIL_ARTICLES = 200
# Entries kept per section.
TOP_WHO = 12
TOP_WHERE = 8
TOP_SPEAKERS = 8
QUOTES_PER_SPEAKER = 4
RELATED_STORIES = 6
# A story with no titled article is headed by the start of its best lead sentence.
HEADLINE_CHARS = 120


@dataclass(slots=True)
class Tally:
    """An entity (or speaker) with its count in the story and its count per language."""

    id: str
    name: str
    type: str
    count: int = 0
    languages: Counter[str] = field(default_factory=Counter)

    def record(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "count": self.count,
                "languages": dict(sorted(self.languages.items()))}


def _coverage(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Articles per publication day and language (undated articles left out)."""
    counts = Counter((a["published"][:10], a["language"] or "und")
                     for a in articles if a["published"])
    return [{"day": d, "language": lang, "articles": n} for (d, lang), n in sorted(counts.items())]


def _tally_entities(articles: list[Article]) -> tuple[list[Tally], list[Tally]]:
    """(who, where): entities by mentions across the articles, most mentioned first."""
    tallies: dict[str, Tally] = {}
    for article in articles:
        names = {e.id: (e.name, e.type) for e in article.entities}
        for m in article.mentions:
            key = m.entity_id or "~" + m.text
            name, kind = names.get(m.entity_id or "", (m.text, m.label))
            tally = tallies.setdefault(key, Tally(key, name, kind))
            tally.count += 1
            tally.languages[article.language or "und"] += 1
    ranked = sorted(tallies.values(), key=lambda t: (-t.count, t.name))
    who = [t for t in ranked if t.type != "LOC"][:TOP_WHO]
    where = [t for t in ranked if t.type == "LOC"][:TOP_WHERE]
    return who, where


def _quotes_by_speaker(articles: list[Article]) -> list[dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    for article in articles:
        for q in article.quotes:
            name = q.speaker_name or q.speaker_text or "unknown speaker"
            key = q.speaker_id or "~" + name
            group = groups.setdefault(key, {"speaker_id": q.speaker_id, "speaker": name,
                                            "count": 0, "languages": Counter(), "quotes": []})
            group["count"] += 1
            group["languages"][article.language or "und"] += 1
            if len(group["quotes"]) < QUOTES_PER_SPEAKER:
                group["quotes"].append({"article": article.id, "language": article.language,
                                        "text": q.text, "start": q.start, "end": q.end,
                                        "direct": q.direct})
    ranked = sorted(groups.values(), key=lambda g: (-g["count"], g["speaker"]))[:TOP_SPEAKERS]
    for group in ranked:
        group["languages"] = dict(sorted(group["languages"].items()))
    return ranked


def _lead(article: Article) -> dict[str, Any]:
    start, end = article.sentences[0] if article.sentences else (0, len(article.text.split("\n")[0]))
    return {"article": article.id, "title": article.title, "site": article.site,
            "text": article.text[start:end].strip(), "start": start, "end": end}


def _leads(store: Any, articles: list[Article]) -> dict[str, dict[str, Any]]:
    """Per language, the lead of the article nearest the story's mean vector (the earliest
    article when no vectors are stored)."""
    vectors: dict[str, np.ndarray] = {}
    if hasattr(store, "article_vectors"):
        vectors = store.article_vectors([a.id for a in articles])
    usable = [v for v in vectors.values() if v.shape == next(iter(vectors.values())).shape]
    mean = np.mean(usable, axis=0) if usable else None
    best: dict[str, tuple[float, Article]] = {}
    for article in articles:
        lang = article.language or "und"
        vector = vectors.get(article.id)
        score = float(vector @ mean) if mean is not None and vector is not None \
            and vector.shape == mean.shape else 0.0
        if lang not in best or score > best[lang][0]:
            best[lang] = (score, article)
    return {lang: _lead(article) for lang, (_, article) in sorted(best.items()) if article.text}


def _related(store: Any, story_id: str, storyline_id: str | None,
             who: list[Tally]) -> list[dict[str, Any]]:
    """Other stories of the storyline, then stories naming the story's top linked entities."""
    counts: Counter[str] = Counter()
    for tally in [t for t in who if not t.id.startswith("~")][:3]:
        rows, _ = store.list_articles(entity=tally.id, limit=50)
        counts.update(r["story_id"] for r in rows if r.get("story_id") not in (None, story_id))
    line_rows = store.list_stories(storyline=storyline_id, limit=RELATED_STORIES + 1)[0] \
        if storyline_id else []
    out = [dict(r, why="storyline") for r in line_rows if r["id"] != story_id]
    seen = {r["id"] for r in out} | {story_id}
    for other, shared in counts.most_common():
        if len(out) >= RELATED_STORIES:
            break
        if other not in seen:
            titles = store.story_titles(other)
            out.append({"id": other, "titles": titles, "why": "entities", "shared_mentions": shared})
            seen.add(other)
    return out[:RELATED_STORIES]


def story_view(store: Any, story_id: str) -> dict[str, Any]:
    """Everything the story page shows; raises NotFound for an unknown story id."""
    if hasattr(store, "get_group"):  # a unique prefix of a story id is enough
        record = store.get_group("story", story_id)
        story_id = record["id"] if record else story_id
    rows, total = store.list_articles(story=story_id, limit=500)
    if not total:
        raise NotFound(f"no story with id {story_id!r}")
    story_id = rows[0].get("story_id") or story_id
    by_language: dict[str, list[dict[str, Any]]] = {}
    for row in sorted(rows, key=lambda a: a["published"] or "9999"):
        by_language.setdefault(row["language"] or "und", []).append(row)
    dated = sorted(a["published"] for a in rows if a["published"])
    articles = [store.get_article(r["id"]) for r in rows[:DETAIL_ARTICLES]]
    who, where = _tally_entities(articles)
    storyline_id = next((a["storyline_id"] for a in rows if a.get("storyline_id")), None)
    fetched = {a.id: (a.fetched_at or "")[:10] for a in articles}
    timeline = Counter((a["published"] or "")[:10] or fetched.get(a["id"]) or "undated" for a in rows)
    dated_by = Counter("published" if a["published"] else "fetched" if fetched.get(a["id"])
                       else "none" for a in rows)
    outlets = Counter(a.get("site") or "unknown" for a in rows)
    titles = store.story_titles(story_id)
    leads = _leads(store, articles)
    said = _quotes_by_speaker(articles)
    first_lead = next(iter(leads.values()), {}).get("text", "")
    duplicates = sum(1 for a in articles if a.duplicate_of)
    return {
        "id": story_id, "titles": titles, "articles": total - duplicates,
        "headline": next(iter(titles.values()), None) or first_lead[:HEADLINE_CHARS] or story_id,
        "duplicates": duplicates,
        "languages": sorted(by_language), "by_language": by_language,
        "first_seen": dated[0] if dated else None, "last_seen": dated[-1] if dated else None,
        "storyline_id": storyline_id, "storyline": storyline_id,
        "coverage": _coverage(rows), "timeline": dict(sorted(timeline.items())),
        "timeline_dated_by": dict(dated_by),  # days from publication dates or fetch times
        "who": [t.record() for t in who], "where": [t.record() for t in where],
        "entities": {t.name: t.count for t in who + where},
        "said": said,
        "quotes": [dict(q, speaker=g["speaker"]) for g in said for q in g["quotes"]],
        "leads": leads,
        "outlets": [{"site": s, "articles": n} for s, n in outlets.most_common()],
        "related": _related(store, story_id, storyline_id, who),
        "detail_articles": len(articles),
    }
