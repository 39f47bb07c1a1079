"""The entity and article records behind the analyst pages (API and web alike).

``entity_summary``: who an entity is, shared by ``dragoman entity`` and the pages;
``entity_view``: the page, i.e. the summary plus names by language with the articles each
form comes from, roles seen with the name, quotations by the entity and about it,
co-occurring entities, timelines and stories. ``article_context``: the article's story and
its most similar articles in any language (``StoryService.similar``, the library function
behind ``dragoman similar``).
"""

from __future__ import annotations

import re
from typing import Any

from dragoman.errors import DragomanError, NotFound
from dragoman.language.normalize import normalize_for_match

# Articles listed per written form of an entity's name.
SOURCES_PER_NAME = 5
# Quotations by / about an entity on its page (the rest through /quotations).
ENTITY_QUOTES = 20
# Similar articles on an article's page.
SIMILAR_ARTICLES = 5
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


def names_with_sources(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Per language, each written form with its mention count and first articles."""
    forms: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        form = forms.setdefault((r["language"], r["text"]),
                                {"text": r["text"], "mentions": 0, "articles": 0,
                                 "sources": []})
        form["mentions"] += int(r["n"])
        form["articles"] += 1
        if len(form["sources"]) < SOURCES_PER_NAME:
            form["sources"].append({"id": r["article_id"], "title": r["title"],
                                    "published": r["published"]})
    out: dict[str, list[dict[str, Any]]] = {}
    for (language, _), form in sorted(forms.items(), key=lambda kv: (
            kv[0][0], -kv[1]["mentions"], kv[0][1])):
        out.setdefault(language, []).append(form)
    return out


def roles(phrases: list[dict[str, Any]], known: set[str]) -> list[dict[str, Any]]:
    """Titles written next to the name where the entity is quoted: the speaker phrase less
    any known form of the name ("Foreign Minister Annika Saar" → "Foreign Minister")."""
    found: dict[tuple[str, str], int] = {}
    forms = sorted({k for k in known if k}, key=len, reverse=True)
    for p in phrases:
        text = p["text"]
        folded = normalize_for_match(text)
        if folded in {normalize_for_match(k) for k in forms}:
            continue
        for k in forms:
            text = text.replace(k, " ")
        role = _EDGES.sub("", " ".join(text.split()))
        if role and role != p["text"] and any(c.isalpha() for c in role):
            key = (p["language"], role)
            found[key] = found.get(key, 0) + int(p["n"])
    return [{"language": lang, "role": role, "count": n}
            for (lang, role), n in sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))]


def roles_by_article(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The titles the linker cut off the entity's name (``Mention.role``), each with its
    mention count and the articles it was written in (the first ``SOURCES_PER_NAME``, oldest
    first), most mentioned first."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        language = r["language"] or "und"
        role = found.setdefault((language, r["role"]), {
            "language": language, "role": r["role"], "count": 0, "article_count": 0,
            "articles": []})
        role["count"] += int(r["mentions"])
        role["article_count"] += 1
        if len(role["articles"]) < SOURCES_PER_NAME:
            role["articles"].append({"id": r["id"], "title": r["title"],
                                     "published": r["published"]})
    return sorted(found.values(), key=lambda x: (-x["count"], x["language"], x["role"]))


def also_known_as(names: dict[str, str], name: str, aliases: list[str]) -> list[str]:
    """Aliases that are not already shown as the name or a name in some language (compared
    in their folded form, so "Saar" and "SAAR" are one)."""
    shown = {normalize_for_match(n) for n in [name, *names.values()]}
    out = []
    for alias in aliases:
        key = normalize_for_match(alias)
        if key and key not in shown:
            shown.add(key)
            out.append(alias)
    return out


def entity_summary(store: Any, entity_id: str) -> dict[str, Any] | None:
    """Who an entity is, as every face shows it (the CLI's ``dragoman entity``, the API's
    and the web's entity page): id, name, type, names by language (the stored display name,
    else the most frequent written form), aliases, ``also`` (aliases not already shown),
    written forms with counts, and ``seen_as``: the stored surface forms of the entity and of
    every entity an analyst merged into it. An id that is mentioned but has no stored record
    (a knowledge-base id) is named by its id; ``None`` when it is neither stored nor mentioned.
    """
    try:
        ent = store.get_entity(entity_id)
    except NotFound:
        ent = None
    forms = store.entity_mention_forms(entity_id)
    if ent is None and not forms:
        return None
    name, aliases = (ent.name, list(ent.aliases)) if ent else (entity_id, [])
    names = dict(ent.names) if ent else {}
    for form in forms:  # most frequent spelling per language when no display name is stored
        names.setdefault(form["language"] or "und", form["text"])
    merged = store.merged_into()
    merged_in = [k for k, v in merged.items() if v == entity_id]
    seen_as = sorted({row[3] for i in [entity_id, *merged_in] for row in store.entity_aliases(i)})
    return {"id": entity_id, "name": name, "type": ent.type if ent else None, "names": names,
            "aliases": aliases, "also": also_known_as(names, name, aliases), "forms": forms,
            "seen_as": seen_as, "merged_into": merged.get(entity_id)}


def entity_view(store: Any, entity_id: str) -> dict[str, Any]:
    """The entity page (API and web): the summary, then what it said and what was said about
    it, where it appears, with whom, and when. NotFound unless the entity is stored."""
    ent = store.get_entity(entity_id)
    summary = entity_summary(store, ent.id)
    assert summary is not None  # a stored entity always has one
    quotes, quote_total = store.list_quotes(speaker=ent.id, limit=ENTITY_QUOTES)
    about, about_total = store.list_quotes(about=ent.id, limit=ENTITY_QUOTES)
    articles, article_total = store.list_articles(entity=ent.id, limit=ENTITY_QUOTES)
    known = {ent.name, *summary["names"].values(), *ent.aliases, *(f["text"] for f in summary["forms"])}
    return {
        **summary,
        "names_with_sources": names_with_sources(store.entity_name_sources(ent.id)),
        "roles": roles(store.speaker_phrases(ent.id), known),
        # Titles written with the name in articles ("Ambassador"), with those articles.
        "roles_by_article": roles_by_article(store.entity_mention_roles(ent.id)),
        "timeline": store.entity_timeline(ent.id),
        "quote_timeline": store.quote_timeline(ent.id),
        "related": store.related_entities(ent.id),
        "stories": store.entity_stories(ent.id),
        "quotes": quotes, "quote_total": quote_total,
        # Analyst corrections (store/corrections.py): the history; where a merge sent it is
        # the summary's merged_into.
        "corrections": [c.to_dict() for c in store.list_corrections(ent.id)],
        "quote_facets": store.quote_facets(["language", "direct"], speaker=ent.id),
        "quotes_about": about, "quotes_about_total": about_total,
        "quotes_about_facets": store.quote_facets(["speaker", "language", "direct"],
                                                  about=ent.id),
        "articles": articles, "article_total": article_total,
    }


def similar_articles(svc: Any, article_id: str, limit: int = SIMILAR_ARTICLES
                     ) -> list[dict[str, Any]]:
    """The articles most similar to one, in any language; [] when no embedder is here."""
    with svc.archive_lock:
        try:
            ranked = svc.analyser().story_service().similar(article_id, limit=limit)
        except (DragomanError, ImportError):
            return []
    return [{"id": other.id, "title": other.title, "language": other.language,
             "published": other.published, "published_confidence": other.published_confidence,
             "site": other.site, "story_id": other.story_id, "score": round(sim.score, 4),
             "cosine": round(sim.cosine, 4)} for other, sim in ranked]


def article_story(store: Any, article: dict[str, Any]) -> dict[str, Any] | None:
    """The story an article belongs to: its id, titles and number of articles."""
    if not article.get("story"):
        return None
    _, size = store.list_articles(story=article["story"], limit=1)
    return {"id": article["story"], "titles": store.story_titles(article["story"]),
            "articles": size}


def article_context(svc: Any, article: dict[str, Any]) -> dict[str, Any]:
    """The story an article belongs to (its titles and size) and its similar articles."""
    return {"story_record": svc.archive().article_story(article),
            "similar": similar_articles(svc, article["id"])}
