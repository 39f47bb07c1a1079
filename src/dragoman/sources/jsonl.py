"""JSONL pages, streamed line by line: ``{"url", "html" or "text", "fetched_at"?}`` per line.

The size limit applies to each line, never to the file; every field is checked for its
type, and a refused line becomes a Failure named ``file:line`` with the field and reason.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from urllib.parse import urlsplit

from dragoman.errors import InputError
from dragoman.model import Failure, RawPage
from dragoman.sources.decoding import decode_bytes
from dragoman.sources.streams import lines

URL_SCHEMES = ("http", "https")


def jsonl_records(chunks: Iterable[bytes], source: str, max_bytes: int) -> Iterator[RawPage | Failure]:
    """One RawPage or Failure per non-blank line; lines over ``max_bytes`` are refused alone."""
    for line in lines(chunks, max_bytes):
        where = f"{source}:{line.number}"
        if line.data is None:
            yield Failure(where, f"record is {line.size} bytes, over the limit of {max_bytes} bytes", "read")
            continue
        data = line.data.removeprefix(codecs.BOM_UTF8) if line.number == 1 else line.data
        if not data.strip():
            continue
        try:
            yield parse_record(data, where)
        except InputError as exc:
            yield Failure(exc.source, exc.reason, "read")


def parse_record(data: bytes, where: str) -> RawPage:
    """The page one JSONL line describes; InputError naming ``where`` and the field at fault."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = decode_bytes(data, where)  # mostly-UTF-8 or a legacy charset
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"invalid JSON ({exc.msg} at column {exc.colno})") from exc
    except (ValueError, RecursionError) as exc:  # huge numbers, nesting beyond the parser's depth
        raise InputError(where, f"invalid JSON ({type(exc).__name__}: {str(exc)[:80]})") from exc
    if not isinstance(obj, dict):
        raise InputError(where, "JSONL line is not an object")
    html = _string_field(obj, "html", where)
    body = _string_field(obj, "text", where)
    if html:
        content, kind = html, "html"
    elif body:
        content, kind = body, "text"
    else:
        raise InputError(where, "JSONL line has neither 'html' nor 'text'")
    content = content.replace("\x00", "")  # "\u0000" in JSON: stray NULs, as in files
    return RawPage(source=where, content=content, kind=kind, url=_url_field(obj, where),  # type: ignore[arg-type]
                   fetched_at=_time_field(obj, where))  # fmt: skip


def _string_field(obj: dict[str, object], name: str, where: str) -> str | None:
    value = obj.get(name)
    if value is not None and not isinstance(value, str):
        raise InputError(where, f'field "{name}" must be a string, not {type(value).__name__}')
    return value


def _url_field(obj: dict[str, object], where: str) -> str | None:
    url = _string_field(obj, "url", where)
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise InputError(where, f'field "url" is not a valid URL ({exc})') from exc
    if parts.scheme.lower() not in URL_SCHEMES or not parts.netloc:
        raise InputError(where, f'field "url" must be an http(s) URL, not {url[:60]!r}; record refused')
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise InputError(where, f'field "url" contains spaces or control characters: {url[:60]!r}')
    return url


def _time_field(obj: dict[str, object], where: str) -> datetime | None:
    value = obj.get("fetched_at")
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(where, f'field "fetched_at" must be an ISO 8601 string, not {type(value).__name__}')
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(where, f'field "fetched_at" {value[:40]!r} is not an ISO 8601 date') from exc
