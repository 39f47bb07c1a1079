"""Finding a record by its id or by a unique prefix of it (``dragoman show t78c``, the API's
and web's article and story pages), the same way on SQLite and PostgreSQL.

The prefix is matched literally: LIKE's wildcards (``%``, ``_``) and the escape character
are escaped, and the match is case-sensitive on both engines. A prefix that matches several
records raises ``AmbiguousId`` listing some of them, never an arbitrary one.
"""

from __future__ import annotations

from dragoman.errors import AmbiguousId
from dragoman.store.dialect import SQLBase

# How many matching ids an ambiguity error lists (enough to pick from, short enough to read).
MAX_CANDIDATES = 10


def escape_like(text: str) -> str:
    """``text`` with LIKE's wildcards escaped for ``ESCAPE '\\'``."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def resolve_id(store: SQLBase, table: str, wanted: str, kind: str) -> str | None:
    """The id in ``table`` equal to ``wanted``, else the one id starting with it; None when
    none does (or ``wanted`` is empty). Raises AmbiguousId when several start with it."""
    p = store.dialect.param
    if store._q(f"SELECT 1 FROM {table} WHERE id = {p}", (wanted,)).fetchone() is not None:
        return wanted
    if not wanted:
        return None
    rows = store._q(
        f"SELECT id FROM {table} WHERE id LIKE {p} ESCAPE '\\' "
        f"AND substr(id, 1, length(CAST({p} AS TEXT))) = {p} ORDER BY id LIMIT {p}",
        (escape_like(wanted) + "%", wanted, wanted, MAX_CANDIDATES + 1),
    ).fetchall()
    ids = [str(r[0]) for r in rows]
    if len(ids) > 1:
        raise AmbiguousId(kind, wanted, ids[:MAX_CANDIDATES], more=len(ids) > MAX_CANDIDATES)
    return ids[0] if ids else None
