"""Pages through the user's path: ``Archive.ingest`` into a temporary archive, as
``dragoman ingest`` does, then the stored articles read back. The story step is off (it
groups articles; the evaluations that use this module score what one page yields)."""

from __future__ import annotations

import gzip
import tempfile
from collections.abc import Iterable
from pathlib import Path

from dragoman.archive import Archive
from dragoman.model import Article, Failure, RawPage
from dragoman.sources.decoding import decode_bytes
from eval.backend import eval_settings


def ingest_pages(pages: Iterable[RawPage]) -> tuple[dict[str, Article], list[Failure]]:
    """The stored article of each page by its source (pages that failed are absent), and the
    failures."""
    with tempfile.TemporaryDirectory() as tmp, \
            Archive(str(Path(tmp) / "eval.db"), settings=eval_settings(stories=False)) as archive:
        report = archive.ingest(list(pages))
        stored = {article.source: article for article in archive.articles()}
    return stored, report.failures


def read_html(path: Path) -> str:
    """A stored page's text as `dragoman ingest` reads it: gunzipped, then decoded by the
    charset detection ingest uses (`sources.decoding.decode_bytes`), not as UTF-8 with
    replacement characters (17 htmldate-eval pages are not UTF-8)."""
    data = path.read_bytes()
    return decode_bytes(gzip.decompress(data) if path.name.endswith(".gz") else data, str(path))
