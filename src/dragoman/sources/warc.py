"""Read HTML pages from WARC / WARC.gz files (web archives such as Common Crawl's CC-NEWS).

Only ``response`` records with an HTTP 2xx status and an HTML content type
become pages; request, metadata, warcinfo, revisit, non-HTML and error
records are skipped. The record's WARC-Date becomes ``RawPage.fetched_at``,
the reference date for relative dates.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from dragoman.errors import InputError, MissingDependency
from dragoman.model import Failure, RawPage
from dragoman.sources.files import decode_bytes

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(path: str | Path) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


def _record_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def read_warc(path: str | Path, max_bytes: int) -> Iterator[RawPage | Failure]:
    """HTML pages from one WARC file; a corrupt file ends in one Failure naming it."""
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError as exc:  # pragma: no cover - fastwarc is a core dependency
        raise MissingDependency("fastwarc", "sources", "reading WARC files") from exc
    source = str(path)
    try:
        with open(path, "rb") as stream:
            records = ArchiveIterator(
                stream, record_types=WarcRecordType.response, parse_http=True,
                max_content_length=max_bytes, fsspec_args=False,
            )  # fmt: skip
            for number, record in enumerate(records, start=1):
                page = _page(record, f"{source}#{number}")
                if page is not None:
                    yield page
    except (OSError, ValueError) as exc:
        yield Failure(source, f"unreadable WARC file ({exc})", "read")


def _page(record: object, where: str) -> RawPage | Failure | None:
    http = getattr(record, "http_headers", None)
    if http is None or not 200 <= int(http.status_code or 0) < 300:
        return None
    ctype = (getattr(record, "http_content_type", None) or "").lower()
    if not ctype.startswith(HTML_TYPES):
        return None
    headers = record.headers  # type: ignore[attr-defined]
    url = headers.get("WARC-Target-URI") or None
    data = record.reader.read()  # type: ignore[attr-defined]
    try:
        content = decode_bytes(data, url or where)
    except InputError as exc:
        return Failure(exc.source, exc.reason, "read")
    return RawPage(
        source=url or where, content=content, kind="html", url=url,
        fetched_at=_record_date(headers.get("WARC-Date")),
    )  # fmt: skip
