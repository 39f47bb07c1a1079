"""Watchlists: saved queries (keywords, entities, speakers, languages) kept current as
articles arrive, each with an Atom feed and an optional webhook.

``match`` decides what matches, ``service`` stores watchlists and records their hits,
``atom`` writes the feed, ``webhook`` delivers new hits.
"""

from dragoman.watchlists.match import Match, Watchlist, match_article
from dragoman.watchlists.service import (
    HitItem,
    add_watchlist,
    get_watchlist,
    list_watchlists,
    new_watchlist,
    recent_items,
    refresh,
    remove_watchlist,
)

__all__ = ["HitItem", "Match", "Watchlist", "add_watchlist", "get_watchlist", "list_watchlists",
           "match_article", "new_watchlist", "recent_items", "refresh", "remove_watchlist"]
