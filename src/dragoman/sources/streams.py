"""Bounded reading: regular files only, streamed gzip inflation, lines with a per-record cap.

Nothing here holds more than one page (``max_bytes``) plus one chunk in memory, whatever
the input claims or inflates to: a compression bomb is stopped when its inflated size
passes the limit, a JSONL line over the limit is skipped while it streams by, and a
device, FIFO or socket given as a path is refused before it is opened.
"""

from __future__ import annotations

import os
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from dragoman.errors import InputError

# Bytes read or inflated per step.
CHUNK_BYTES = 64 * 1024
GZIP_MAGIC = b"\x1f\x8b"
# A gzip stream that inflates past the per-record limit *and* to more than this many times
# its compressed size is a compression bomb (python eval/gzip_ratio.py): single pages
# (samples, test pages, seeds) inflate 1.5-2.8x, a JSONL of 2,000 generated HTML articles
# 11x, one record repeated 2,000 times 166x (the worst legitimate case found); zeros 1,026x.
# Streams under the per-record limit are never refused for their ratio. Below this ratio
# a bomb still costs only bounded memory: JSONL is streamed, a page stops at the limit.
MAX_INFLATE_RATIO = 250
_GZIP_WBITS = zlib.MAX_WBITS | 16
_FILE_TYPES = ((stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
               (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
               (stat.S_ISDIR, "a directory"))  # fmt: skip


def regular_file_size(path: Path) -> int:
    """The size of ``path``; InputError unless it is a regular file (checked before opening)."""
    try:
        mode = path.stat()
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror or exc})") from exc
    if not stat.S_ISREG(mode.st_mode):
        what = next((name for test, name in _FILE_TYPES if test(mode.st_mode)), "a special file")
        raise InputError(str(path), f"not a regular file ({what}); refused")
    return mode.st_size


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading without blocking on a FIFO swapped in after the check."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise InputError(str(path), "not a regular file; refused")
    return os.fdopen(fd, "rb")


def chunks_of(stream: BinaryIO) -> Iterator[bytes]:
    while chunk := stream.read(CHUNK_BYTES):
        yield chunk


def peek(chunks: Iterable[bytes], size: int) -> tuple[bytes, Iterator[bytes]]:
    """The first ``size`` bytes (fewer at the end) and an iterator that still yields them."""
    it = iter(chunks)
    head = b""
    for chunk in it:
        head += chunk
        if len(head) >= size:
            break
    return head[:size], chain([head] if head else [], it)


def gunzip(chunks: Iterable[bytes], source: str, limit: int) -> Iterator[bytes]:
    """Inflate gzip data (every member) piece by piece; InputError on corrupt or bomb data."""
    inflater = zlib.decompressobj(_GZIP_WBITS)
    fed = inflated = 0
    started = False  # inside a member
    try:
        for chunk in chunks:
            fed += len(chunk)
            data = chunk
            while True:
                if not started:
                    data = data.lstrip(b"\x00")  # zero padding between members
                    if not data:
                        break
                    started = True
                out = inflater.decompress(data, CHUNK_BYTES)
                data = inflater.unconsumed_tail
                if inflater.eof:  # a member ended: what follows starts the next one
                    data = inflater.unused_data
                    inflater, started = zlib.decompressobj(_GZIP_WBITS), False
                inflated += len(out)
                if inflated > limit and inflated > MAX_INFLATE_RATIO * fed:
                    raise InputError(source, f"compression bomb: gzip data inflates over "
                                             f"{MAX_INFLATE_RATIO}x ({inflated} bytes from {fed}) "
                                             f"and over the limit of {limit} bytes")  # fmt: skip
                if out:
                    yield out
                elif not data:
                    break
    except zlib.error as exc:
        raise InputError(source, f"corrupt gzip data ({exc})") from exc
    if started:
        raise InputError(source, "truncated gzip data (the stream ends inside a compressed member)")


def collect(chunks: Iterable[bytes], limit: int) -> bytes | None:
    """All bytes when there are at most ``limit`` of them, else None (reading stops there)."""
    parts: list[bytes] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > limit:
            return None
        parts.append(chunk)
    return b"".join(parts)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a stream: its bytes, or None when it ran over the limit (``size`` counts it)."""

    number: int
    data: bytes | None
    size: int


def lines(chunks: Iterable[bytes], limit: int) -> Iterator[Line]:
    """Lines split on ``\\n``; a line over ``limit`` bytes is not kept, only counted."""
    number = 0
    buf = bytearray()
    over = 0  # bytes of the current line once it ran over the limit
    for chunk in chunks:
        pos = 0
        while True:
            end = chunk.find(b"\n", pos)
            piece = chunk[pos:] if end < 0 else chunk[pos:end]
            if over:
                over += len(piece)
            else:
                buf += piece
                if len(buf) > limit:
                    over = len(buf)
                    buf = bytearray()
            if end < 0:
                break
            number += 1
            yield Line(number, None, over) if over else Line(number, bytes(buf), len(buf))
            buf, over, pos = bytearray(), 0, end + 1
    if buf or over:
        yield Line(number + 1, None, over) if over else Line(number + 1, bytes(buf), len(buf))
