"""Names a face may ask a list for, shared by ``views/`` and the stores: the sort orders of
each list (the first is the default). Kept here, importing nothing, so the views check a
request's sort without importing the store; ``tests/test_architecture.py`` checks that the
store's SQL orders (``store/browse.py``) are exactly these names."""

from __future__ import annotations

ARTICLE_SORTS = ("date", "oldest")
ENTITY_SORTS = ("count", "articles", "name")
QUOTE_SORTS = ("date", "oldest")
STORY_SORTS = ("count", "date")
