"""A progress line for long commands (ingest, batch, eval, watch).

Drawn on stderr only when stderr is a terminal, and never with ``--quiet``; stdout stays
clean for pipes. With a known total it is a bar (``[#####-----] 12/40  30%  3.1/s``),
otherwise a counter.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any, TextIO, TypeVar

import click

# Fewest seconds between two redraws (a terminal need not repaint per record).
REDRAW_S = 0.1
BAR_WIDTH = 24

F = TypeVar("F", bound=Callable[..., Any])


def quiet_option(command: F) -> F:
    """``--quiet / -q`` on a command: no progress line (errors and summaries still print)."""
    option = click.option("--quiet", "-q", "quiet", is_flag=True,
                          help="No progress line on stderr.")
    return option(command)


class Progress:
    def __init__(self, label: str, total: int | None = None, quiet: bool = False,
                 stream: TextIO | None = None) -> None:
        self.label = label
        self.total = total
        self.stream = stream or sys.stderr
        self.live = not quiet and self.stream.isatty()
        self.done_count = 0
        self.failed = 0
        self.started = time.monotonic()
        self._drawn = 0.0
        self._width = 0

    def advance(self, count: int = 1, failed: int = 0) -> None:
        self.done_count += count
        self.failed += failed
        if self.live and (time.monotonic() - self._drawn >= REDRAW_S
                          or self.done_count == self.total):
            self.draw()

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = f"{self.done_count / elapsed:.1f}/s"
        failed = f", {self.failed} failed" if self.failed else ""
        if self.total:
            share = min(1.0, self.done_count / self.total)
            filled = round(share * BAR_WIDTH)
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            return (f"{self.label} [{bar}] {self.done_count}/{self.total} {share:4.0%} "
                    f"{rate}{failed}")
        return f"{self.label} {self.done_count} done{failed}, {rate}"

    def draw(self) -> None:
        text = self.line()
        pad = " " * max(0, self._width - len(text))
        self.stream.write("\r" + text + pad)
        self.stream.flush()
        self._width = len(text)
        self._drawn = time.monotonic()

    def close(self) -> None:
        """Erase the line, so that summaries print on a clean line."""
        if self.live and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
