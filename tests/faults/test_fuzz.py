"""Mutated pages in one batch: no traceback escapes, one clear error per bad input at most,
the batch goes on, each page costs bounded time, and nothing is half-written."""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

import pytest

from dragoman.archive import Archive
from dragoman.model import Article, Failure, RawPage, Record
from dragoman.settings import Settings
from tests.conftest import ROOT

PAGES = ROOT / "tests" / "extract" / "pages"
# Pages whose dates send htmldate into dateparser's first-use set-up (seconds): left out
# so the fuzz stays fast; tests/extract covers them.
SLOW_PAGES = {"ar_text_date_levant.html"}
SEED = 20240512
MUTANTS = 60
# Seconds one page may take end to end here (extraction has 10 s, analysis 20 s budgets;
# generous for a loaded 2-core machine). Small pages take well under a second.
PAGE_BOUND_S = 40.0
# Exception names that must never be the whole of a failure's reason: they mean a bug
# leaked instead of a reason naming what is wrong with the input.
RAW_ERRORS = ("ValueError", "TypeError", "KeyError", "IndexError", "AttributeError",
              "AssertionError", "RecursionError", "UnicodeError", "XMLSyntaxError", "ParserError")

GOOD = (
    "Tram Line Extension Approved\n\n"
    "The city council of Varnholt approved on Wednesday the extension of the eastern tram "
    "line to the new hospital, the transport office said in a statement.\n\n"
    "Construction is due to start in the spring and the first trams should run within two "
    "years, said Annelise Drummond, who heads the office.\n"
)
GOOD_HTML = (
    "<html><head><title>Library Reopens After Repairs</title></head><body><article>"
    "<h1>Library Reopens After Repairs</h1>"
    "<p>The public library of Easterby reopened on Saturday after six months of repairs to "
    "its roof, the town council said, and lending resumed the same morning.</p>"
    "<p>Readers queued before the doors opened, and the reading room was full by noon, "
    "according to the librarian, Konrad Ilves.</p></article></body></html>"
)


def _truncate(rng: random.Random, page: str) -> str:
    return page[: rng.randint(0, len(page))]


def _flip_bytes(rng: random.Random, page: str) -> str:
    data = bytearray(page.encode("utf-8"))
    for _ in range(rng.randint(1, 40)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return data.decode("utf-8", errors="replace")


def _huge_attribute(rng: random.Random, page: str) -> str:
    at = rng.randint(0, len(page))
    value = "x" * rng.choice((10_000, 200_000))
    return f'{page[:at]}<div data-v="{value}" title="{value[:5000]}">q</div>{page[at:]}'


def _deep_nesting(rng: random.Random, page: str) -> str:
    depth = rng.choice((150, 400, 2000))
    return page + "<div>" * depth + "deep text" + "</div>" * depth


def _control_bytes(rng: random.Random, page: str) -> str:
    chars = list(page)
    for _ in range(rng.randint(5, 200)):
        control = chr(rng.choice([*range(0, 9), 11, 12, *range(14, 32), 127, *range(128, 160),
                                  0x202E, 0x2066, 0xFEFF]))
        chars.insert(rng.randint(0, len(chars)), control)
    return "".join(chars)


def _tiny_paragraphs(rng: random.Random, page: str) -> str:
    count = rng.choice((200, 1000))
    if page.lstrip().startswith("<"):
        return page.replace("</body>", "<p>Ab.</p>" * count + "</body>", 1)
    return page + "\n\n".join(["Ab."] * count)


MUTATIONS = (_truncate, _flip_bytes, _huge_attribute, _deep_nesting, _control_bytes,
             _tiny_paragraphs)


def _mutants() -> list[RawPage]:
    rng = random.Random(SEED)
    bases = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(PAGES.iterdir())
             if p.suffix in (".html", ".txt") and p.name not in SLOW_PAGES]
    bases += [("good.txt", GOOD), ("good.html", GOOD_HTML)]
    out = []
    for i in range(MUTANTS):
        name, page = rng.choice(bases)
        mutate = MUTATIONS[i % len(MUTATIONS)]
        out.append(RawPage(f"mutant-{i:02d}-{mutate.__name__[1:]}-{name}", mutate(rng, page)))
    return out


@pytest.mark.slow
def test_mutated_pages_cost_only_themselves(tmp_path: Path) -> None:
    mutants = _mutants()
    good = [RawPage("after-1.txt", GOOD, kind="text"), RawPage("after-2.html", GOOD_HTML, kind="html")]
    seen: list[Record] = []
    gaps: list[float] = []
    last = time.perf_counter()

    def on_record(record: Record) -> None:
        nonlocal last
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
        seen.append(record)

    db = tmp_path / "fuzz.db"
    with Archive(str(db), settings=Settings(stories=False)) as archive:
        report = archive.ingest([*mutants, *good], on_record=on_record)
        stored = {a.id: a for a in archive.articles()}

    # one record per input, in order: each bad input yields one failure naming it, no more
    assert [r.source for r in seen] == [p.source for p in [*mutants, *good]]
    for failure in report.failures:
        assert isinstance(failure, Failure) and failure.reason
        assert not failure.reason.startswith(RAW_ERRORS), (failure.source, failure.reason)
    # the batch went on: the good pages after the mutants are stored
    assert all(isinstance(r, Article) and r.id in stored for r in seen[-2:])
    assert max(gaps) < PAGE_BOUND_S
    # nothing half-written: every stored fact points into its article's text, no orphans
    for article in stored.values():
        for m in article.mentions:
            assert article.text[m.start:m.end] == m.text
        for q in article.quotes:
            assert 0 <= q.start < q.end <= len(article.text)
    with sqlite3.connect(db) as con:
        for table in ("mentions", "quotes"):
            orphans = con.execute(f"SELECT COUNT(*) FROM {table} WHERE article_id NOT IN "
                                  "(SELECT id FROM articles)").fetchone()[0]
            assert orphans == 0, table


def test_lxml_value_errors_become_extraction_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    import dragoman.extract as extract
    from dragoman.errors import ExtractionError

    def refuse(*args: object, **kwargs: object) -> None:
        raise ValueError("All strings must be XML compatible: Unicode or ASCII, no NULL bytes "
                         "or control characters")

    monkeypatch.setattr(extract, "extract_html_page", refuse)
    with pytest.raises(ExtractionError) as caught:
        extract.extract_page(RawPage("odd.html", GOOD_HTML, kind="html"))
    assert caught.value.source == "odd.html" and "XML compatible" in caught.value.reason
