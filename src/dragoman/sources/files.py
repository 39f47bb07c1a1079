"""Read pages from files, folders, JSONL and stdin. Sources only read.

Every problem becomes a ``Failure`` naming the input and the reason; the
iteration goes on with the next input.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from dragoman.errors import InputError
from dragoman.model import Failure, InputKind, RawPage

# Default largest input file accepted (bytes); configurable per call and via the CLI.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
# Share of control bytes above which a file is treated as binary.
BINARY_CONTROL_SHARE = 0.10
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


def decode_bytes(data: bytes, source: str) -> str:
    """Decode bytes as UTF-8, else the charset an HTML page declares, else a detected one."""
    if not data.strip():
        raise InputError(source, "empty file")
    sample = data[:8192]
    if b"\x00" in sample or sum(b in _CONTROL for b in sample) > BINARY_CONTROL_SHARE * len(sample):
        raise InputError(source, "binary file (not text or HTML)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass  # declared wrongly: fall through to detection
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.3:
        raise InputError(source, "undecodable bytes (not UTF-8 and no reliable encoding found)")
    return str(best)


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


def _parse_time(value: object, source: str) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(source, f"fetched_at {value!r} is not an ISO 8601 date") from exc


def _jsonl_pages(text: str, source: str) -> Iterator[RawPage | Failure]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise InputError(where, "JSONL line is not an object")
            if obj.get("html"):
                content, kind = str(obj["html"]), "html"
            elif obj.get("text"):
                content, kind = str(obj["text"]), "text"
            else:
                raise InputError(where, "JSONL line has neither 'html' nor 'text'")
            yield RawPage(
                source=where,
                content=content,
                kind=kind,  # type: ignore[arg-type]
                url=obj.get("url") or None,
                fetched_at=_parse_time(obj.get("fetched_at"), where),
            )
        except json.JSONDecodeError as exc:
            yield Failure(where, f"invalid JSON ({exc.msg} at column {exc.colno})", "read")
        except InputError as exc:
            yield Failure(exc.source, exc.reason, "read")


def read_bytes(data: bytes, source: str, kind: InputKind | str) -> Iterator[RawPage | Failure]:
    if source.endswith(".gz") or data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield Failure(source, f"corrupt gzip data ({exc})", "read")
            return
    try:
        text = decode_bytes(data, source)
    except InputError as exc:
        yield Failure(exc.source, exc.reason, "read")
        return
    if kind == "jsonl" or (kind == "auto" and text.lstrip().startswith("{")):
        yield from _jsonl_pages(text, source)
    else:
        yield RawPage(source=source, content=text, kind=kind)  # type: ignore[arg-type]


def _files_under(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not child.name.startswith("."):
                yield child
    else:
        yield path


def read_paths(
    paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, kind: InputKind = "auto"
) -> Iterator[RawPage | Failure]:
    """Pages from files, folders (recursively, in name order) and ``-`` (stdin)."""
    from dragoman.sources.warc import is_warc, read_warc  # warc.py imports this module

    for name in paths:
        if name.startswith(("http://", "https://")):  # a page, a feed or a news sitemap
            from dragoman.sources.web import read_url

            yield from read_url(name)
            continue
        if name == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            if len(data) > max_bytes:
                yield Failure("stdin", f"input larger than the limit of {max_bytes} bytes", "read")
                continue
            yield from read_bytes(data, "stdin", kind)
            continue
        root = Path(name)
        if not root.exists():
            yield Failure(name, "no such file or directory", "read")
            continue
        for path in _files_under(root):
            source = str(path)
            if is_warc(path):  # archives are streamed; --max-bytes applies per record
                yield from read_warc(path, max_bytes)
                continue
            try:
                size = path.stat().st_size
                if size > max_bytes:
                    yield Failure(
                        source, f"file is {size} bytes, over the limit of {max_bytes} bytes", "read"
                    )
                    continue
                data = path.read_bytes()
            except OSError as exc:
                yield Failure(source, f"cannot read file ({exc.strerror or exc})", "read")
                continue
            yield from read_bytes(data, source, kind if kind != "auto" else _kind_for(path))
