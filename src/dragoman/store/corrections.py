"""Analyst corrections of entities: merge, split (by article or by mention), rename, retype,
not an entity. Both backends (a mixin over ``dialect.SQLBase``).

A correction is a row of ``corrections``; the linker's own answer stays in ``linked_*``
columns (``mentions.linked_id``, ``quotes.linked_speaker_id``, ``entities.linked_name`` /
``linked_type``). ``entity_id``/``speaker_id``/``name``/``type`` hold the corrected view that
every query (CLI, API, web, export) reads. Adding or undoing a correction recomputes that
view from the linker's answer and the active corrections in the order they were made;
``put_article`` applies the active corrections to each new article in its own transaction,
so re-ingest and new articles cannot undo them. Undo sets ``undone_at`` (kept in the list).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from dragoman.errors import DragomanError, NotFound
from dragoman.store.dialect import SQLBase

KINDS = ("merge", "split", "rename", "retype", "not_entity")
ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
_COLUMNS = ("id", "kind", "entity_id", "other_id", "article_id", "start", "end", "name", "type",
            "reason", "created_at", "undone_at")
# Entities an active correction took out of the lists: merged into another, or not an entity.
CORRECTED_AWAY = ("SELECT other_id FROM corrections WHERE kind = 'merge' AND undone_at IS NULL"
                  " UNION SELECT entity_id FROM corrections WHERE kind = 'not_entity' AND undone_at IS NULL")


class CorrectionError(DragomanError):
    """A correction that cannot be made as asked (names the entity and the reason)."""


@dataclass(slots=True)
class Correction:
    """One analyst correction. ``merge``: ``other_id`` is folded into ``entity_id``;
    ``split``: the entity's mentions in ``article_id`` (only ``start``-``end`` when given)
    become a new entity ``split_id`` named ``name``; ``rename``: ``name``; ``retype``: ``type``;
    ``not_entity``: the entity's mentions are no longer linked to anything."""

    id: int
    kind: str
    entity_id: str
    other_id: str | None = None
    article_id: str | None = None
    start: int | None = None
    end: int | None = None
    name: str | None = None
    type: str | None = None
    reason: str = ""
    created_at: str = ""
    undone_at: str | None = None

    @property
    def split_id(self) -> str | None:
        """The id of the entity a split creates."""
        return f"{self.entity_id}~split{self.id}" if self.kind == "split" else None

    def to_dict(self) -> dict[str, Any]:
        data = {c: getattr(self, c) for c in _COLUMNS}
        data["new_entity_id"] = self.split_id
        return data


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class CorrectionQueries(SQLBase):
    path: str

    # -- reading -------------------------------------------------------------------------
    def list_corrections(self, entity_id: str | None = None,
                         include_undone: bool = True) -> list[Correction]:
        """Corrections, oldest first; of one entity (as target, merged-in or split-off)."""
        p = self.dialect.param
        sql = "SELECT * FROM corrections WHERE 1 = 1"
        params: list[Any] = []
        if entity_id is not None:
            sql += f" AND (entity_id = {p} OR other_id = {p})"
            params += [entity_id, entity_id]
        if not include_undone:
            sql += " AND undone_at IS NULL"
        found = [Correction(**{c: r[c] for c in _COLUMNS}) for r in self._q(sql + " ORDER BY id", params)]
        if entity_id is not None and "~split" in entity_id:
            found += [c for c in self.list_corrections(include_undone=include_undone)
                      if c.split_id == entity_id]
        return found

    def get_correction(self, correction_id: int) -> Correction:
        p = self.dialect.param
        row = self._q(f"SELECT * FROM corrections WHERE id = {p}", (correction_id,)).fetchone()
        if row is None:
            raise NotFound(f"no correction with id {correction_id} in {self.path}")
        return Correction(**{c: row[c] for c in _COLUMNS})

    # -- writing -------------------------------------------------------------------------
    def add_correction(self, kind: str, entity_id: str, *, other_id: str | None = None,
                       article_id: str | None = None, start: int | None = None,
                       end: int | None = None, name: str | None = None,
                       type: str | None = None, reason: str = "") -> Correction:
        """Record a correction and apply it; NotFound for an unknown entity or article,
        CorrectionError for a correction that makes no sense."""
        self._check(kind, entity_id, other_id, article_id, start, end, name, type)
        with self._write():
            self._lock(shared=False)
            row = self._q(
                'INSERT INTO corrections (kind, entity_id, other_id, article_id, start, "end", '
                f"name, type, reason, created_at) VALUES ({self.dialect.marks(10)}) RETURNING id",
                (kind, entity_id, other_id, article_id, start, end, name,
                 type.upper() if type else None, reason, _now()),
            ).fetchone()
            self._reapply_all()
        self._forget_listings()
        return self.get_correction(int(row[0]))

    def undo_correction(self, correction_id: int) -> Correction:
        """Mark a correction undone and recompute the corrected view without it."""
        p = self.dialect.param
        found = self.get_correction(correction_id)
        if found.undone_at is not None:
            raise CorrectionError(f"correction {correction_id} was already undone at {found.undone_at}")
        with self._write():
            self._lock(shared=False)
            self._q(f"UPDATE corrections SET undone_at = {p} WHERE id = {p}", (_now(), correction_id))
            self._reapply_all()
        self._forget_listings()
        return self.get_correction(correction_id)

    def _forget_listings(self) -> None:
        """This connection wrote: its memo of browse listings (``BrowseQueries._memo``, which
        only notices other connections' commits) is stale."""
        self.__dict__.pop("_browse_memo", None)

    def _check(self, kind: str, entity_id: str, other_id: str | None, article_id: str | None,
               start: int | None, end: int | None, name: str | None, type: str | None) -> None:
        if kind not in KINDS:
            raise CorrectionError(f"unknown correction kind {kind!r}; known: {', '.join(KINDS)}")
        self.get_entity(entity_id)  # type: ignore[attr-defined]  # NotFound names the id
        needs = {"merge": other_id, "rename": name, "retype": type, "split": article_id}
        if kind in needs and not (needs[kind] or "").strip():
            field = {"merge": "another entity id", "rename": "a new name", "retype": "a new type",
                     "split": "an article id"}[kind]
            raise CorrectionError(f"{kind} of entity {entity_id!r} needs {field}")
        if kind == "merge":
            assert other_id is not None
            if other_id == entity_id:
                raise CorrectionError(f"cannot merge entity {entity_id!r} into itself")
            self.get_entity(other_id)  # type: ignore[attr-defined]
        if kind == "retype" and (type or "").upper() not in ENTITY_TYPES:
            raise CorrectionError(f"retype of entity {entity_id!r}: unknown type {type!r}; "
                                  f"known: {', '.join(ENTITY_TYPES)}")
        if kind == "split":
            self._check_split(entity_id, article_id or "", start, end)

    def _check_split(self, entity_id: str, article_id: str, start: int | None, end: int | None) -> None:
        p = self.dialect.param
        if (start is None) != (end is None):
            raise CorrectionError(f"split of entity {entity_id!r}: give both start and end, or neither")
        sql = f"SELECT count(*) FROM mentions WHERE entity_id = {p} AND article_id = {p}"
        params: list[Any] = [entity_id, article_id]
        if start is not None:
            sql += f' AND start = {p} AND "end" = {p}'
            params += [start, end]
        if not self._q(sql, params).fetchone()[0]:
            where = f" at {start}-{end}" if start is not None else ""
            raise NotFound(f"entity {entity_id!r} has no mention in article {article_id!r}{where} "
                           f"in {self.path}")

    # -- applying ------------------------------------------------------------------------
    def _lock(self, shared: bool) -> None:
        sql = self.dialect.lock_sql(shared)
        if sql is not None:
            self._q(sql)

    def _apply_corrections(self, article_id: str) -> None:
        """Inside ``put_article``'s transaction: remember the linker's answer for a new
        article and apply the active corrections to it (PostgreSQL: ``put_article`` took
        the shared lock first)."""
        p = self.dialect.param
        self._q(f"UPDATE mentions SET linked_id = entity_id WHERE article_id = {p}", (article_id,))
        self._q(f"UPDATE quotes SET linked_speaker_id = speaker_id WHERE article_id = {p}", (article_id,))
        present = {r[0] for r in self._q(
            f"SELECT entity_id FROM mentions WHERE article_id = {p} UNION "
            f"SELECT speaker_id FROM quotes WHERE article_id = {p}", (article_id, article_id))}
        for c in self.list_corrections(include_undone=False):
            # Renames and retypes live on the entity row, which new articles do not change.
            source = c.other_id if c.kind == "merge" else c.entity_id
            if c.kind in ("rename", "retype") or source not in present:
                continue
            self._apply(c, article_id)
            present.add(c.entity_id if c.kind == "merge" else c.split_id)

    def _reapply_all(self) -> None:
        """Back to the linker's answer, then every active correction in order."""
        self._q("UPDATE mentions SET entity_id = linked_id"
                " WHERE coalesce(entity_id, '') <> coalesce(linked_id, '')")
        self._q("UPDATE quotes SET speaker_id = linked_speaker_id"
                " WHERE coalesce(speaker_id, '') <> coalesce(linked_speaker_id, '')")
        self._q("UPDATE entities SET name = coalesce(linked_name, name), type = coalesce(linked_type, type),"
                " linked_name = NULL, linked_type = NULL"
                " WHERE linked_name IS NOT NULL OR linked_type IS NOT NULL")
        self._q("DELETE FROM entities WHERE id IN (SELECT entity_id || '~split' || id FROM corrections"
                " WHERE kind = 'split')")
        for correction in self.list_corrections(include_undone=False):
            self._apply(correction, None)

    def _apply(self, c: Correction, article_id: str | None) -> None:
        p = self.dialect.param
        scope, extra = ("", []) if article_id is None else (f" AND article_id = {p}", [article_id])
        if c.kind == "rename":
            self._q("UPDATE entities SET linked_name = coalesce(linked_name, name), "
                    f"name = {p} WHERE id = {p}",
                    (c.name, c.entity_id))
        elif c.kind == "retype":
            self._q("UPDATE entities SET linked_type = coalesce(linked_type, type), "
                    f"type = {p} WHERE id = {p}",
                    (c.type, c.entity_id))
        elif c.kind in ("merge", "not_entity"):
            source, target = (c.other_id, c.entity_id) if c.kind == "merge" else (c.entity_id, None)
            self._relink(target, f"entity_id = {p}" + scope, f"speaker_id = {p}" + scope, [source, *extra])
        elif c.kind == "split" and article_id in (None, c.article_id):
            self._split(c)

    def _split(self, c: Correction) -> None:
        p = self.dialect.param
        self._q("INSERT INTO entities (id, name, type, names, aliases) "
                f"SELECT {p}, coalesce({p}, name), type, '{{}}', '[]' FROM entities WHERE id = {p} "
                "ON CONFLICT (id) DO NOTHING",
                (c.split_id, c.name, c.entity_id))
        where = f"entity_id = {p} AND article_id = {p}"
        params: list[Any] = [c.entity_id, c.article_id]
        quote_where = f"speaker_id = {p} AND article_id = {p}"
        if c.start is not None:
            where += f' AND start = {p} AND "end" = {p}'
            quote_where += f" AND speaker_start = {p} AND speaker_end = {p}"
            params += [c.start, c.end]
        self._relink(c.split_id, where, quote_where, params)

    def _relink(self, target: str | None, where: str, quote_where: str, params: list[Any]) -> None:
        p = self.dialect.param
        self._q(f"UPDATE mentions SET entity_id = {p} WHERE {where}", [target, *params])
        self._q(f"UPDATE quotes SET speaker_id = {p} WHERE {quote_where}", [target, *params])

    def merged_into(self) -> dict[str, str]:
        """Entity id → the id it was merged into (followed to the end), active merges only."""
        pairs = {r[0]: r[1] for r in self._q(
            "SELECT other_id, entity_id FROM corrections WHERE kind = 'merge' AND undone_at IS NULL"
            " ORDER BY id")}
        result = {}
        for source in pairs:
            target, seen = pairs[source], {source}
            while target in pairs and target not in seen:
                seen.add(target)
                target = pairs[target]
            result[source] = target
        return result
