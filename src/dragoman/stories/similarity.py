"""Pairwise article similarity: embedding cosine, shared entities, shared places, time distance.

The score and every part that made it are returned together, so a user sees
why two articles match.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np

from dragoman.language.normalize import normalize_for_match
from dragoman.model import Article

# Weights of the parts in the combined score. Calibrated on ntrex-en-ar
# (eval/stories.py) and the sample corpus: cosine carries most of the signal;
# shared linked entities and places add evidence that survives translation.
WEIGHT_COSINE = 1.0
WEIGHT_ENTITIES = 0.15
WEIGHT_PLACES = 0.10
# Time decay of the score: halves every this many days between publication dates.
TIME_HALF_LIFE_DAYS = 30.0
# Floor of the time factor, so that a storyline over years still scores.
TIME_FLOOR = 0.5
# Characters of the body searched for a stated date when an article has neither a
# publication date nor a fetch time (datelines and "on 3 March 2025" sit in the lead).
TEXT_DATE_CHARS = 1200


@dataclass(slots=True)
class Similarity:
    score: float
    cosine: float
    entities: float  # Jaccard overlap of linked (non-place) entities
    places: float  # Jaccard overlap of places
    days_apart: float | None  # None when either date is unknown
    time_factor: float
    shared_entities: list[str]
    shared_places: list[str]


def parse_day(value: str | None) -> date | None:
    """The calendar day of an ISO date or datetime string (None when absent or unreadable)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None


def event_day(article: Article) -> tuple[date | None, str]:
    """The day an article reports on, and where it came from: its publication date, else the
    day it was fetched, else the latest full date stated near the top of its text, else
    ``(None, "none")``."""
    day = parse_day(article.published)
    if day is not None:
        return day, "published"
    day = parse_day(article.fetched_at)
    if day is not None:
        return day, "fetched"
    from dragoman.extract.dates import find_dates

    stated = [d.value for d in find_dates(article.text[:TEXT_DATE_CHARS])]
    if stated:
        latest = max(v.date() if isinstance(v, datetime) else v for v in stated)
        return latest, "text"
    return None, "none"


def entity_keys(article: Article) -> tuple[set[str], set[str]]:
    """(entities, places) of an article: linked ids when present, else normalised mention text."""
    people: set[str] = set()
    places: set[str] = set()
    for m in article.mentions:
        key = m.entity_id or "~" + normalize_for_match(m.text)
        (places if m.label == "LOC" else people).add(key)
    return people, places


def display_names(keys: list[str], *articles: Article) -> list[str]:
    names = {e.id: e.name for a in articles for e in a.entities}
    return [names.get(k, k.lstrip("~")) for k in keys]


def _jaccard(a: set[str], b: set[str]) -> tuple[float, list[str]]:
    shared = sorted(a & b)
    union = len(a | b)
    return (len(shared) / union if union else 0.0), shared


def time_factor(days: float | None) -> float:
    """1 when either date is unknown: a missing date is not evidence against a match (the
    clusterer asks undated articles for a stricter content score instead)."""
    if days is None:
        return 1.0
    return max(TIME_FLOOR, math.pow(0.5, days / TIME_HALF_LIFE_DAYS))


def combine(cosine: float, entities: float, places: float, days: float | None) -> float:
    raw = WEIGHT_COSINE * cosine + WEIGHT_ENTITIES * entities + WEIGHT_PLACES * places
    return raw * time_factor(days)


def similarity_of(a: Article, b: Article, va: np.ndarray, vb: np.ndarray) -> Similarity:
    """Similarity of two articles given their embedding vectors (normalised rows)."""
    cosine = float(np.dot(va, vb))
    ea, pa = entity_keys(a)
    eb, pb = entity_keys(b)
    ent, shared_e = _jaccard(ea, eb)
    plc, shared_p = _jaccard(pa, pb)
    da, db = parse_day(a.published), parse_day(b.published)
    days = float(abs((da - db).days)) if da and db else None
    return Similarity(
        score=round(combine(cosine, ent, plc, days), 4), cosine=round(cosine, 4),
        entities=round(ent, 4), places=round(plc, 4), days_apart=days,
        time_factor=round(time_factor(days), 4),
        shared_entities=display_names(shared_e, a, b), shared_places=display_names(shared_p, a, b),
    )


def similarity(a: Article, b: Article, embedder: str = "use") -> Similarity:
    """Similarity of two articles, embedding them with ``embedder`` (headline + lead)."""
    from dragoman.stories.embed import get_embedder, represent

    model = get_embedder(embedder)
    va, vb = model.embed([represent(a), represent(b)], [a.language, b.language])
    return similarity_of(a, b, va, vb)
