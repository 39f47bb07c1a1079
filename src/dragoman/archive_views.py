"""What the faces ask an archive for: the read and analyst-write methods of ``Archive``.

The CLI, the JSON API and the web pages call these methods and never the store: each
method is the one implementation of its view model (most delegate to ``views/``, which
holds the plain functions over the store). ``Archive`` inherits them (``archive.py``);
``tests/test_architecture.py`` checks that no face imports ``dragoman.store`` or reaches
for an ``.store`` attribute.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from dragoman.store.corrections import Correction

if TYPE_CHECKING:
    from dragoman.model import Article
    from dragoman.store import ArchiveStore
    from dragoman.store.statements import Statement
    from dragoman.views.listing import ListPage
    from dragoman.watchlists import HitItem, Watchlist

__all__ = ["ArchiveViews", "Correction"]

# Most quotations read for the report's "most quoted speakers".
REPORT_QUOTES = 10_000


class ArchiveViews:
    """Reads (view models, lists, counts) and analyst writes (corrections, watchlists)."""

    store: ArchiveStore

    # -- what this backend keeps ---------------------------------------------------------------
    def keeps_stories(self) -> bool:
        return hasattr(self.store, "story_list")

    def keeps_vectors(self) -> bool:
        return hasattr(self.store, "iter_vectors")

    # -- counts --------------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        """Reachability: the number of articles and the schema version."""
        return {"articles": self.store.count_articles(),
                "schema_version": self.store.schema_version}

    def counts(self) -> dict[str, Any]:
        """Counts by kind and language, stories and storylines included."""
        data = dict(self.store.stats())
        data["stories"] = self.story_count()
        data["storylines"] = self.store.list_storylines(limit=1)[1]
        return data

    def story_count(self) -> int:
        return int(self.store.list_stories(limit=1)[1])

    # -- lists (views/listing.py) ---------------------------------------------------------------
    def articles_page(self, filters: dict[str, Any], sort: str | None = None,
                      facets: str | None = None, limit: int = 20, offset: int = 0) -> ListPage:
        from dragoman.views.listing import articles_page

        return articles_page(self.store, filters, sort, facets, limit, offset)

    def entities_page(self, filters: dict[str, Any], sort: str | None = None,
                      facets: str | None = None, limit: int = 20, offset: int = 0) -> ListPage:
        from dragoman.views.listing import entities_page

        return entities_page(self.store, filters, sort, facets, limit, offset)

    def quotations_page(self, filters: dict[str, Any], sort: str | None = None,
                        facets: str | None = None, limit: int = 20, offset: int = 0
                        ) -> ListPage:
        from dragoman.views.listing import quotations_page

        return quotations_page(self.store, filters, sort, facets, limit, offset)

    def stories_page(self, filters: dict[str, Any], sort: str | None = None,
                     facets: str | None = None, limit: int = 20, offset: int = 0) -> ListPage:
        from dragoman.views.listing import stories_page

        return stories_page(self.store, filters, sort, facets, limit, offset)

    def search_page(self, query: str, filters: dict[str, Any], sort: str | None = None,
                    facets: str | None = None, limit: int = 20, offset: int = 0,
                    service: Any | None = None) -> ListPage:
        """``service``: the story service for cross-lingual hits, or None (keywords only)."""
        from dragoman.views.listing import search_page

        return search_page(self.store, service, query, filters, sort, facets, limit, offset)

    def front_page(self, days: int | None, language: str | None, limit: int,
                   offset: int = 0) -> dict[str, Any]:
        """The home page: stories of the last ``days`` (None: all) before the busiest recent
        day, rising stories and entities, and the newest articles when there is no story."""
        from dragoman.stories.trends import rising

        store = self.store
        # the last period with a story of two or more articles (not the lone newest article's)
        latest = getattr(store, "busiest_day", store.latest_day)() or store.latest_day()
        trends = rising(store) if hasattr(store, "trend_rows") else {}
        since = None
        if latest and days is not None:
            since = (date.fromisoformat(latest) - timedelta(days=days)).isoformat()
        stories, total = store.list_stories(since=since, until=latest if since else None,
                                            language=language or None, limit=limit,
                                            offset=offset)
        recent = [] if total else store.list_articles(limit=limit)[0]
        return {"stories": stories, "total": total, "latest": latest, "since": since,
                "trends": trends, "recent": recent}

    def stories(self, since: str | None = None, lang: str | None = None,
                limit: int = 50) -> list[dict[str, Any]]:
        """Stories, largest first (``dragoman stories``)."""
        return list(self.store.story_list(since=since, lang=lang, limit=limit))

    def storylines(self, limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        rows, total = self.store.list_storylines(limit=limit, offset=offset)
        return rows, int(total)

    def trends(self) -> dict[str, Any]:
        """Rising stories and entities (stories/trends.py)."""
        from dragoman.stories.trends import rising

        return rising(self.store)

    # -- one record each (views/detail.py, views/analyst.py) -----------------------------------
    def article(self, article_id: str) -> dict[str, Any]:
        """The article page's record (the API, the web page and ingest answers)."""
        from dragoman.views.detail import article_detail

        return article_detail(self.store, article_id)

    def article_story(self, article: dict[str, Any]) -> dict[str, Any] | None:
        """The story an article (its page record) belongs to: titles and size."""
        from dragoman.views.analyst import article_story

        return article_story(self.store, article)

    def entity(self, entity_id: str) -> dict[str, Any]:
        """The entity page's record (the web page and the API)."""
        from dragoman.views.detail import entity_detail

        return entity_detail(self.store, entity_id)

    def entity_summary(self, entity_id: str) -> dict[str, Any] | None:
        """Names by language and the forms seen (``dragoman entity`` and the entity page)."""
        from dragoman.views.analyst import entity_summary

        return entity_summary(self.store, entity_id)

    def find_entities(self, name_or_id: str, also: list[str] | None = None) -> list[str]:
        """Ids of the entities named ``name_or_id`` (and the ids in ``also``), each one an
        analyst merged away replaced by the one it became; in order, without repeats."""
        merged = self.store.merged_into()
        found = [*self.store.find_entity_ids(name_or_id), *(also or [])]
        return list(dict.fromkeys(merged.get(i, i) for i in found))

    def entity_counts(self, entity_type: str | None = None) -> list[dict[str, Any]]:
        return list(self.store.entity_counts(entity_type))

    def entity_articles(self, entity_id: str) -> list[dict[str, Any]]:
        return list(self.store.entity_articles(entity_id))

    def story(self, story_id: str) -> dict[str, Any]:
        """The story page's record (the web page, the API and ``dragoman story``)."""
        from dragoman.views.detail import story_detail

        return story_detail(self.store, story_id)

    def storyline(self, storyline_id: str) -> dict[str, Any]:
        from dragoman.views.detail import storyline_detail

        return storyline_detail(self.store, storyline_id)

    # -- quotations and statements -------------------------------------------------------------
    def quotes(self, speaker: str | None = None, lang: str | None = None,
               since: str | None = None, limit: int = 200) -> list[Any]:
        """Quotation hits, oldest first (``dragoman quotes``)."""
        return list(self.store.find_quotes(speaker=speaker, lang=lang, since=since, limit=limit))

    def statement_ids(self, keys: list[tuple[str, int, int]]) -> dict[tuple[str, int, int], str]:
        """The statement of each (article, start, end) quotation that has one."""
        return dict(self.store.statement_ids(keys))

    def statements(self, speaker: str | None = None, lang: str | None = None,
                   since: str | None = None, limit: int = 200) -> list[Statement]:
        return list(self.store.list_statements(speaker=speaker, lang=lang, since=since,
                                               limit=limit))

    def statement(self, statement_id: str) -> Statement:
        return self.store.statement(statement_id)

    # -- the archive report (``dragoman report``) -----------------------------------------------
    def report(self, top: int, articles: int) -> dict[str, Any]:
        """Counts and languages, the ``top`` largest stories, most mentioned entities and most
        quoted speakers (name, the languages of their quotations), and the ``articles``
        newest articles (their list rows and records) with the total."""
        speakers: dict[str, list[str]] = {}
        for hit in self.store.find_quotes(limit=REPORT_QUOTES):
            name = hit.quote.speaker_name or hit.quote.speaker_text
            if name:
                speakers.setdefault(name, []).append(hit.language or "und")
        ranked = sorted(speakers.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:top]
        newest: list[tuple[dict[str, Any], Article]] = []
        total = 0
        if articles > 0:
            rows, total = self.store.list_articles(limit=articles)
            newest = [(row, self.store.get_article(row["id"])) for row in rows]
        return {"stats": self.store.stats(),
                "stories": self.stories(limit=top) if self.keeps_stories() else [],
                "entities": self.entity_counts()[:top], "speakers": ranked,
                "articles": newest, "article_total": total}

    # -- analyst corrections (store/corrections.py) --------------------------------------------
    def corrections(self, entity_id: str | None = None) -> list[Correction]:
        return list(self.store.list_corrections(entity_id))

    def correct(self, kind: str, entity_id: str, **fields: Any) -> Correction:
        """Record and apply a correction (merge, split, rename, retype, not_entity)."""
        return self.store.add_correction(kind, entity_id, **fields)

    def undo_correction(self, correction_id: int) -> Correction:
        return self.store.undo_correction(correction_id)

    # -- watchlists (dragoman.watchlists) -------------------------------------------------------
    def add_watchlist(self, watchlist: Watchlist) -> Watchlist:
        from dragoman.watchlists import add_watchlist

        return add_watchlist(self.store, watchlist)

    def watchlists(self) -> list[tuple[Watchlist, int]]:
        """Every watchlist with its number of hits."""
        from dragoman.watchlists import list_watchlists

        return [(w, self.watchlist_hits(w.id)) for w in list_watchlists(self.store)]

    def watchlist(self, ident: str) -> Watchlist:
        from dragoman.watchlists import get_watchlist

        return get_watchlist(self.store, ident)

    def watchlist_hits(self, ident: str) -> int:
        return int(self.store.count_watchlist_hits(ident))

    def watchlist_items(self, ident: str, limit: int = 50) -> list[HitItem]:
        """A watchlist's newest hits, after matching new articles."""
        from dragoman.watchlists import recent_items

        return recent_items(self.store, ident, limit=limit)

    def remove_watchlist(self, ident: str) -> None:
        from dragoman.watchlists import remove_watchlist

        remove_watchlist(self.store, ident)
