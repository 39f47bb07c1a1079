"""Read HTML pages from WARC / WARC.gz files (web archives such as Common Crawl's CC-NEWS).

Only ``response`` records with an HTTP 2xx status and an HTML content type
become pages; request, metadata, warcinfo, revisit, non-HTML and error
records are skipped. The record's WARC-Date becomes ``RawPage.fetched_at``,
the reference date for relative dates.

Damage is reported, never stored: a record whose body is shorter than its
``Content-Length`` (a cut download, a truncated gzip member) is a Failure naming
the file, the record number and its URL, so that a complete copy ingested later
is not shadowed by a damaged one (articles are keyed by URL). A file with no WARC
record, or with unreadable data after some records, ends in a Failure naming it.
``max_bytes`` applies to each record, never to the file.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from dragoman.errors import InputError, MissingDependency
from dragoman.model import Failure, RawPage
from dragoman.sources.files import decode_bytes
from dragoman.sources.streams import (
    CHUNK_BYTES,
    GZIP_MAGIC,
    chunks_of,
    gunzip,
    open_regular,
    peek,
    regular_file_size,
)

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
# Bytes searched for the end of a WARC record header (real headers are under 2 KB).
HEADER_SCAN_BYTES = 64 * 1024
TRUNCATED = "truncated"  # first word of the reason of every cut-record Failure
_CONTENT_LENGTH = re.compile(rb"(?im)^content-length:[ \t]*(\d+)[ \t]*\r?$")


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


def _read_body(reader: Any, limit: int) -> bytes | None:
    """A record body read in chunks; None as soon as it runs over ``limit`` bytes."""
    parts: list[bytes] = []
    size = 0
    while chunk := reader.read(CHUNK_BYTES):
        size += len(chunk)
        if size > limit:
            return None
        parts.append(chunk)
    return b"".join(parts)


def read_warc(path: str | Path, max_bytes: int) -> Iterator[RawPage | Failure]:
    """HTML pages from one WARC file; damaged records and files become Failures naming them."""
    try:
        from fastwarc.warc import ArchiveIterator
    except ImportError as exc:  # pragma: no cover - fastwarc is a core dependency
        raise MissingDependency("fastwarc", "sources", "reading WARC files") from exc
    source = str(path)
    stream = _open(Path(path))
    if isinstance(stream, Failure):
        yield stream
        return
    number = last_pos = 0
    last: RawPage | Failure | None = None
    with stream:
        try:
            for number, record in enumerate(ArchiveIterator(stream, parse_http=True, fsspec_args=False),
                                            start=1):  # fmt: skip
                last_pos = record.stream_pos
                last = _record(record, source, number, max_bytes)
                if last is not None:
                    yield last
        except (OSError, ValueError) as exc:
            what = "not a WARC file" if number == 0 else f"unreadable WARC data after record {number}"
            yield Failure(source, f"{what} ({exc}); the rest of the file is skipped", "read")
            return
    if number == 0:
        yield Failure(source, "no WARC record found (not a WARC file, or cut before its first record)",
                      "read")  # fmt: skip
        return
    if isinstance(last, Failure) and last.reason.startswith(TRUNCATED):
        return  # the cut is already reported
    damage = _tail_damage(Path(path), last_pos)
    if damage:
        yield Failure(source, f"{TRUNCATED} file: the end is cut ({damage}) after {number} records; "
                              "the cut record is not stored", "read")  # fmt: skip


def _open(path: Path) -> BinaryIO | Failure:
    """The file opened for reading, or why not (not a regular file, empty, unreadable)."""
    try:
        if regular_file_size(path) == 0:
            return Failure(str(path), "empty file (no WARC record)", "read")
        return open_regular(path)
    except InputError as exc:
        return Failure(exc.source, exc.reason, "read")
    except OSError as exc:
        return Failure(str(path), f"cannot read file ({exc.strerror or exc})", "read")


def _tail_damage(path: Path, last_pos: int) -> str | None:
    """Why the file does not end cleanly after its last record (fastwarc stops silently), or None.

    Reads only from the start of the last record: gzip members are inflated to their end
    (a cut member is found), an uncompressed record is measured against its Content-Length.
    """
    with open_regular(path) as stream:
        stream.seek(last_pos)
        head, chunks = peek(chunks_of(stream), HEADER_SCAN_BYTES)
        if head.startswith(GZIP_MAGIC):
            try:
                for _ in gunzip(chunks, str(path), limit=sys.maxsize):
                    pass
            except InputError as exc:
                return exc.reason
            return None
        end = head.find(b"\r\n\r\n")
        match = _CONTENT_LENGTH.search(head, 0, max(end, 0))
        if end < 0 or match is None:
            return "cut WARC record header"
        record_end = last_pos + end + 4 + int(match.group(1)) + 4  # header, CRLFCRLF, block, CRLFCRLF
        size = os.fstat(stream.fileno()).st_size
        if size < record_end:
            return f"cut WARC record ({size - last_pos} of {record_end - last_pos} bytes)"
        stream.seek(record_end)
        if stream.read(HEADER_SCAN_BYTES).strip():  # what fastwarc could not read as a record
            return "a cut or unreadable record after the last one read"
    return None


def _record(record: Any, source: str, number: int, max_bytes: int) -> RawPage | Failure | None:
    """The page of one HTML 2xx response, a Failure when it is cut or too large, else None.

    Other records are not read here (fastwarc skips them); a cut among them is at the
    end of the file, where ``_tail_damage`` finds it.
    """
    if not _is_html_response(record):
        return None
    where = f"{source}#{number}"
    url = record.headers.get("WARC-Target-URI") or None
    expected = int(record.content_length or 0)
    data = _read_body(record.reader, max_bytes) if expected <= max_bytes else None
    if data is None:
        return Failure(where, f"record for {url} is {expected} bytes, over the limit of {max_bytes} bytes",
                       "read")  # fmt: skip
    if len(data) < expected:
        return Failure(where, f"{TRUNCATED} response record for {url} ({len(data)} of {expected} bytes); "
                              "not stored", "read")  # fmt: skip
    try:
        content = decode_bytes(data, url or where)
    except InputError as exc:
        return Failure(exc.source, exc.reason, "read")
    return RawPage(
        source=url or where, content=content, kind="html", url=url,
        fetched_at=_record_date(record.headers.get("WARC-Date")),
    )  # fmt: skip


def _is_html_response(record: Any) -> bool:
    if (record.headers.get("WARC-Type") or "").lower() != "response":
        return False
    http = record.http_headers
    if http is None or not 200 <= int(http.status_code or 0) < 300:
        return False
    return (record.http_content_type or "").lower().startswith(HTML_TYPES)
