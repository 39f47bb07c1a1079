"""Statements: quotations of one speaker reported by several articles, grouped as one.

The grouping itself is computed by ``dragoman.statements`` (embeddings, see
``dragoman.quotes.grouping``); this mixin stores it (``statement_quotes``: each grouped
quotation -> its statement id) and reads it back: statements with their first report,
every article and language that carried them, and their wording variants.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from dragoman.errors import NotFound
from dragoman.store.base import QuoteHit
from dragoman.store.facts import FactQueries, quote_from_row


@dataclass(slots=True)
class Statement:
    """One statement: its first report, and every report (oldest first)."""

    id: str
    speaker_id: str | None
    speaker_name: str | None
    first: QuoteHit
    reports: list[QuoteHit] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(r.article_id for r in self.reports))

    @property
    def languages(self) -> list[str]:
        return list(dict.fromkeys(r.language or "und" for r in self.reports))

    def to_dict(self, reports: bool = False) -> dict[str, Any]:
        """The JSON form (CLI and API): first appearance, articles, languages, variants."""
        first = self.first
        out: dict[str, Any] = {
            "id": self.id, "speaker": {"id": self.speaker_id, "name": self.speaker_name},
            "text": first.quote.text, "direct": first.quote.direct,
            "first": {"article": first.article_id, "published": first.published,
                      "language": first.language, "title": first.title, "url": first.url},
            "articles": self.articles, "languages": self.languages, "variants": self.variants()}
        if reports:
            out["reports"] = [{"article": r.article_id, "published": r.published,
                               "language": r.language, "title": r.title, "url": r.url,
                               "text": r.quote.text, "start": r.quote.start, "end": r.quote.end}
                              for r in self.reports]
        return out

    def variants(self) -> list[dict[str, Any]]:
        """Distinct wordings, with the language and the articles of each."""
        out: dict[tuple[str, str], dict[str, Any]] = {}
        for r in self.reports:
            key = (r.language or "und", " ".join(r.quote.text.split()))
            out.setdefault(key, {"language": key[0], "text": key[1], "articles": []})
            if r.article_id not in out[key]["articles"]:
                out[key]["articles"].append(r.article_id)
        return list(out.values())


_HIT_SQL = ("SELECT sq.statement_id, q.*, a.language, a.published, a.title, a.url "
            "FROM statement_quotes sq JOIN quotes q ON q.article_id = sq.article_id "
            "AND q.start = sq.start AND q.\"end\" = sq.\"end\" "
            "JOIN articles a ON a.id = sq.article_id")
_ORDER = " ORDER BY a.published IS NULL, a.published, a.rowid, q.start"


_SOURCES_SQL = ("SELECT q.article_id, q.start, q.\"end\", q.speaker_id, q.text, q.direct, "
                "q.cue_start, a.language, a.published{more} FROM quotes q JOIN articles a "
                "ON a.id = q.article_id{join} WHERE q.speaker_id IS NOT NULL")
_GROUPED_JOIN = (" LEFT JOIN statement_quotes sq ON sq.article_id = q.article_id "
                 "AND sq.start = q.start AND sq.\"end\" = q.\"end\"")


# Quotations with a linked speaker and no statement row (``FROM``/``WHERE`` of a query).
_UNGROUPED = ("FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id IS NOT "
              "NULL AND NOT EXISTS (SELECT 1 FROM statement_quotes sq WHERE sq.article_id = "
              "q.article_id AND sq.start = q.start AND sq.\"end\" = q.\"end\")")
# A statement row whose quotation lost its speaker (read through the quotes_speaker index).
_LOST_SPEAKER = ("SELECT 1 AS x FROM quotes q WHERE q.speaker_id IS NULL AND EXISTS (SELECT 1 "
                 "FROM statement_quotes sq WHERE sq.article_id = q.article_id "
                 "AND sq.start = q.start AND sq.\"end\" = q.\"end\") LIMIT 1")
# A statement row whose quotation is gone (scans every statement row).
_GONE = ("SELECT 1 AS x FROM statement_quotes sq WHERE NOT EXISTS (SELECT 1 FROM quotes q "
         "WHERE q.article_id = sq.article_id AND q.start = sq.start AND q.\"end\" = sq.\"end\") "
         "LIMIT 1")


class StatementQueries(FactQueries):
    def statement_sources(self) -> list[dict[str, Any]]:
        """Every quotation with a linked speaker, with its article's language and date."""
        rows = self._q(_SOURCES_SQL.format(more="", join="") + _ORDER)
        return [dict(r) for r in rows]

    # -- regrouping from the earliest new quotation on (dragoman.statements) ----------------
    def ungrouped_statement_day(self) -> str | None:
        """``published`` of the earliest quotation with a linked speaker and no statement
        (``""`` when undated); None when every one has a statement, or when a statement row
        names a quotation that lost its speaker or is gone (only a whole regrouping fixes
        that).

        Cheap at any size: the counts of quotations with a speaker and of statement rows say
        how many lack one (none, or fewer than none: None); a statement row whose quotation
        lost its speaker is found through the ``quotes_speaker`` index; the articles stored
        after the newest one with a statement row (the last ingest) are searched first, and
        every quotation only when those do not hold all the missing ones. A quotation gone
        while its article stays is seen there too, unless as many quotations of older
        articles lack a statement: nothing in the store deletes a quotation but with its
        article, whose statement rows go with it (``ON DELETE CASCADE``)."""
        missing = (self._count("SELECT count(*) AS n FROM quotes WHERE speaker_id IS NOT NULL")
                   - self._count("SELECT count(*) AS n FROM statement_quotes"))
        if missing <= 0 or self._first(_LOST_SPEAKER) is not None:
            return None
        last = self._first("SELECT a.rowid AS n FROM articles a WHERE EXISTS (SELECT 1 FROM "
                           "statement_quotes sq WHERE sq.article_id = a.id) "
                           "ORDER BY a.rowid DESC LIMIT 1")
        tail = f"{_UNGROUPED} AND a.rowid > {self.dialect.param}"
        params: list[Any] = [0 if last is None else last["n"]]
        if self._count(f"SELECT count(*) AS n {tail}", params) != missing:
            if self._first(_GONE) is not None:
                return None
            tail, params = _UNGROUPED, []
        row = self._first(f"SELECT a.published {tail} "
                          "ORDER BY a.published IS NULL, a.published LIMIT 1", params)
        return None if row is None else (row["published"] or "")

    def statement_sources_since(self, day: str | None) -> list[dict[str, Any]]:
        """``statement_sources`` rows with their ``statement_id`` (None when not grouped) of
        the quotations published on or after ``day`` (None: no dated ones), the undated ones
        and every quotation of a speaker who has an undated one; in date order.

        Two indexed reads (``articles_published``; undated articles, then ``quotes_speaker``)
        joined by ``UNION`` and sorted here: one ``OR`` of both scans every quotation."""
        p = self.dialect.param
        select = _SOURCES_SQL.format(more=", sq.statement_id, a.rowid AS arow",
                                     join=_GROUPED_JOIN)
        undated = (" AND q.speaker_id IN (SELECT q2.speaker_id FROM quotes q2 JOIN articles a2 "
                   "ON a2.id = q2.article_id WHERE a2.published IS NULL "
                   "AND q2.speaker_id IS NOT NULL)")
        sql, params = select + undated, []
        if day is not None:
            sql, params = f"{select} AND a.published >= {p} UNION {select}{undated}", [day]
        rows = [dict(r) for r in self._q(sql, params)]
        rows.sort(key=lambda r: (r["published"] is None, r["published"] or "", r["arow"],
                                 r["start"]))
        for r in rows:
            del r["arow"]
        return rows

    def _count(self, sql: str, params: Sequence[Any] = ()) -> int:
        return int(next(iter(self._q(sql, params)))["n"])

    def _first(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return next(iter(self._q(sql, params)), None)

    def put_statements(self, keys: Sequence[tuple[str, int, int]],
                       rows: Sequence[tuple[str, int, int, str]]) -> None:
        """Replace the statements of the quotations ``keys`` (article id, start, end) by
        ``rows`` (article id, start, end, statement id), in one transaction."""
        p = self.dialect.param
        with self._write():
            self._qmany(f"DELETE FROM statement_quotes WHERE article_id = {p} AND start = {p} "
                        f"AND \"end\" = {p}", keys)
            self._qmany("INSERT INTO statement_quotes (article_id, start, \"end\", statement_id) "
                        f"VALUES ({p}, {p}, {p}, {p})", rows)

    def statements_stale(self) -> bool:
        """True when quotations with a linked speaker are not all grouped (new articles)."""
        quotes = self._q("SELECT COUNT(*) AS n FROM quotes WHERE speaker_id IS NOT NULL")
        grouped = self._q("SELECT COUNT(*) AS n FROM statement_quotes")
        return int(next(iter(quotes))["n"]) != int(next(iter(grouped))["n"])

    def replace_statements(self, rows: Sequence[tuple[str, int, int, str]]) -> None:
        """The whole grouping: (article id, start, end, statement id) per quotation."""
        p = self.dialect.param
        with self._write():
            self._q("DELETE FROM statement_quotes")
            self._qmany("INSERT INTO statement_quotes (article_id, start, \"end\", statement_id) "
                        f"VALUES ({p}, {p}, {p}, {p})", rows)

    def statement_ids(self, keys: Sequence[tuple[str, int, int]]) -> dict[tuple[str, int, int], str]:
        """The statement of each (article id, start, end) that belongs to one."""
        p = self.dialect.param
        out: dict[tuple[str, int, int], str] = {}
        for article_id in sorted({k[0] for k in keys}):
            for r in self._q("SELECT start, \"end\", statement_id FROM statement_quotes "
                             f"WHERE article_id = {p}", (article_id,)):
                out[(article_id, r["start"], r["end"])] = r["statement_id"]
        return {k: out[k] for k in keys if k in out}

    def _statements(self, where: str, params: list[Any]) -> dict[str, Statement]:
        found: dict[str, Statement] = {}
        for r in self._q(_HIT_SQL + where + _ORDER, params):
            hit = QuoteHit(quote_from_row(r), r["article_id"], r["language"], r["published"],
                           r["title"], r["url"])
            st = found.get(r["statement_id"])
            if st is None:
                st = found[r["statement_id"]] = Statement(
                    r["statement_id"], hit.quote.speaker_id, hit.quote.speaker_name, hit)
            st.reports.append(hit)
        return found

    def list_statements(self, speaker: str | None = None, lang: str | None = None,
                        since: str | None = None, limit: int = 200) -> list[Statement]:
        """Statements, first report oldest first; ``speaker`` as in ``find_quotes``; ``lang``:
        carried by an article in that language; ``since``: first reported on or after."""
        where, params = " WHERE 1 = 1", []
        if speaker:
            ids, _ = self._speaker_matches(speaker)
            ids = ids[:5000]
            where += f" AND q.speaker_id IN ({self.dialect.marks(len(ids))})"
            params += ids
        out = list(self._statements(where, params).values())
        if lang:
            out = [s for s in out if lang in s.languages]
        if since:
            out = [s for s in out if (s.first.published or "") >= since]
        return out[:limit]

    def statement(self, statement_id: str) -> Statement:
        p = self.dialect.param
        found = self._statements(f" WHERE sq.statement_id = {p}", [statement_id])
        if statement_id not in found:
            raise NotFound(f"no statement {statement_id!r} in {self.path}")
        return found[statement_id]
