"""Read pages from files, folders, JSONL and stdin. Sources only read.

Every problem becomes a ``Failure`` naming the input and the reason; the
iteration goes on with the next input. Reading is bounded (``sources/streams.py``):
only regular files are opened, gzip is inflated as a stream and stopped at the limit,
and JSONL is read line by line with ``max_bytes`` applied to each line.
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from dragoman.errors import InputError
from dragoman.model import Failure, InputKind, RawPage
from dragoman.sources.decoding import BINARY_CONTROL_SHARE, decode_bytes, is_wide_unicode
from dragoman.sources.jsonl import jsonl_records
from dragoman.sources.streams import (
    GZIP_MAGIC,
    chunks_of,
    collect,
    gunzip,
    open_regular,
    peek,
    regular_file_size,
)

if TYPE_CHECKING:
    from dragoman.sources.http import FetchPolicy

__all__ = ["BINARY_CONTROL_SHARE", "DEFAULT_MAX_BYTES", "decode_bytes", "read_bytes", "read_paths"]

# Default largest page (file, JSONL line or WARC record) accepted, in bytes, after
# decompression; configurable per call and via the CLI (--max-bytes).
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
# Bytes looked at to tell JSONL from a page when the kind is not given.
SNIFF_BYTES = 4096
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def _kind_for(path: Path) -> InputKind | str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    last = suffixes[-1] if suffixes else ""
    if last in JSONL_SUFFIXES:
        return "jsonl"
    if last in HTML_SUFFIXES:
        return "html"
    if last in TEXT_SUFFIXES:
        return "text"
    return "auto"


def read_bytes(
    data: bytes, source: str, kind: InputKind | str, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawPage | Failure]:
    """Pages from bytes already in memory (gzip, JSONL and encodings as for files)."""
    yield from read_stream([data], source, kind, max_bytes)


def read_stream(
    chunks: Iterable[bytes], source: str, kind: InputKind | str, max_bytes: int, size: int | None = None
) -> Iterator[RawPage | Failure]:
    """Pages from a byte stream: a page, or JSONL records; one Failure ends a broken stream."""
    try:
        yield from _pages(chunks, source, kind, max_bytes, size)
    except InputError as exc:
        yield Failure(exc.source, exc.reason, "read")
    except OSError as exc:
        yield Failure(source, f"cannot read ({exc.strerror or exc})", "read")


def _pages(
    chunks: Iterable[bytes], source: str, kind: InputKind | str, max_bytes: int, size: int | None
) -> Iterator[RawPage | Failure]:
    head, stream = peek(chunks, len(GZIP_MAGIC))
    compressed = source.lower().endswith(".gz") or head.startswith(GZIP_MAGIC)
    if compressed:
        stream = gunzip(stream, source, max_bytes)
    head, stream = peek(stream, SNIFF_BYTES)
    if kind == "jsonl" and is_wide_unicode(head):  # UTF-16/32 JSONL: decoded whole, within the limit
        text = decode_bytes(_bounded(stream, source, max_bytes, compressed), source)
        yield from jsonl_records([text.encode("utf-8")], source, max_bytes)
        return
    if kind == "jsonl" or (kind == "auto" and head.removeprefix(codecs.BOM_UTF8).lstrip()[:1] == b"{"):
        yield from jsonl_records(stream, source, max_bytes)
        return
    if size is not None and not compressed and size > max_bytes:
        raise InputError(source, f"file is {size} bytes, over the limit of {max_bytes} bytes")
    data = _bounded(stream, source, max_bytes, compressed)
    yield RawPage(source=source, content=decode_bytes(data, source), kind=kind)  # type: ignore[arg-type]


def _bounded(stream: Iterable[bytes], source: str, max_bytes: int, compressed: bool) -> bytes:
    data = collect(stream, max_bytes)
    if data is not None:
        return data
    if compressed:
        raise InputError(source, f"gzip data inflates to over {max_bytes} bytes, over the limit "
                                 "(compression bomb or a page too large); refused")  # fmt: skip
    raise InputError(source, f"input is over the limit of {max_bytes} bytes")


def read_file(path: Path, max_bytes: int, kind: InputKind | str = "auto") -> Iterator[RawPage | Failure]:
    """Pages from one file; devices, FIFOs and sockets are refused before they are opened."""
    source = str(path)
    try:
        size = regular_file_size(path)
        stream = open_regular(path)
    except InputError as exc:
        yield Failure(exc.source, exc.reason, "read")
        return
    except OSError as exc:
        yield Failure(source, f"cannot read file ({exc.strerror or exc})", "read")
        return
    with stream:
        yield from read_stream(chunks_of(stream), source, kind, max_bytes, size)


def _files_under(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not child.name.startswith("."):
                yield child
    else:
        yield path


def read_paths(
    paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, kind: InputKind = "auto",
    fetch: FetchPolicy | None = None,
) -> Iterator[RawPage | Failure]:
    """Pages from files, folders (recursively, in name order), ``-`` (stdin) and http(s)
    URLs (fetched under ``fetch``, default ``FetchPolicy()``)."""
    from dragoman.sources.warc import is_warc, read_warc  # warc.py imports this module

    if max_bytes < 1:
        raise ValueError(f"max_bytes must be a positive number of bytes, not {max_bytes}")
    for name in paths:
        if name.startswith(("http://", "https://")):  # a page, a feed or a news sitemap
            from dragoman.sources.web import read_url

            yield from read_url(name, policy=fetch)
            continue
        if name == "-":
            yield from read_stream(chunks_of(sys.stdin.buffer), "stdin", kind, max_bytes)
            continue
        root = Path(name)
        if not root.exists():
            yield Failure(name, "no such file or directory", "read")
            continue
        for path in _files_under(root):
            if is_warc(path):  # archives are streamed; --max-bytes applies per record
                yield from read_warc(path, max_bytes)
            else:
                yield from read_file(path, max_bytes, kind if kind != "auto" else _kind_for(path))
