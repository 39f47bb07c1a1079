"""Reading inputs: kinds, encodings and every kind of bad input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from dragoman.model import Failure, RawPage
from dragoman.sources import read_paths
from dragoman.sources.files import DEFAULT_MAX_BYTES

ARTICLE = (
    "Harbour Reopens After Storm\n\n"
    "The harbour of Port Elrond reopened on Thursday after a storm closed it for three days, "
    "the port authority said in a statement.\n\n"
    "Fishing boats returned to sea within hours, and ferry services resumed in the afternoon.\n"
)


def _read(*paths: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[RawPage | Failure]:
    return list(read_paths([str(p) for p in paths], max_bytes=max_bytes))


def test_text_html_jsonl_and_gzip(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>")
    rows = [{"url": "https://example.org/x", "text": ARTICLE, "fetched_at": "2024-05-01T10:00:00Z"},
            {"html": "<p>hi</p>"}]
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    (tmp_path / "d.txt.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    out = _read(tmp_path)
    assert all(isinstance(r, RawPage) for r in out)
    kinds = {r.source.split("/")[-1]: r.kind for r in out if isinstance(r, RawPage)}
    assert kinds == {"a.txt": "text", "b.html": "html", "c.jsonl:1": "text", "c.jsonl:2": "html",
                     "d.txt.gz": "text"}
    first_jsonl = next(r for r in out if isinstance(r, RawPage) and r.source.endswith(":1"))
    assert first_jsonl.url == "https://example.org/x"
    assert first_jsonl.fetched_at is not None and first_jsonl.fetched_at.year == 2024


def test_legacy_encodings_are_decoded(tmp_path: Path) -> None:
    arabic = "قال الأمين العام للحلف إن الاجتماع سيعقد في العاصمة الأسبوع المقبل لبحث الدعم."
    (tmp_path / "ar.txt").write_bytes((arabic + "\n") .encode("cp1256"))
    html = f'<html><head><meta charset="windows-1256"></head><body><p>{arabic}</p></body></html>'
    (tmp_path / "ar.html").write_bytes(html.encode("cp1256"))
    (tmp_path / "fr.txt").write_bytes(("Le président a déclaré qu'il était très inquiet "
                                       "de la situation économique et sociale.\n").encode("latin-1"))
    out = _read(tmp_path)
    assert all(isinstance(r, RawPage) for r in out), out
    texts = {Path(r.source).name: r.content for r in out if isinstance(r, RawPage)}
    assert arabic in texts["ar.txt"] and arabic in texts["ar.html"]
    assert "déclaré" in texts["fr.txt"]


def test_bad_inputs_fail_with_reasons_and_others_go_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("   \n\n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "big.txt").write_text("word " * 5000)
    (tmp_path / "bad.jsonl").write_text('{"url": "x"}\nnot json\n[1]\n')
    (tmp_path / "broken.gz").write_bytes(b"\x1f\x8b\x08garbage")
    (tmp_path / "good.txt").write_text(ARTICLE)
    out = _read(tmp_path, tmp_path / "missing.txt", max_bytes=10_000)
    failures = {Path(f.source).name: f.reason for f in out if isinstance(f, Failure)}
    assert failures["empty.txt"] == "empty file"
    assert failures["blank.txt"] == "empty file"
    assert failures["binary.txt"].startswith("binary file")
    assert "over the limit of 10000 bytes" in failures["big.txt"]
    assert "neither 'html' nor 'text'" in failures["bad.jsonl:1"]
    assert failures["bad.jsonl:2"].startswith("invalid JSON")
    assert failures["bad.jsonl:3"] == "JSONL line is not an object"
    assert "gzip" in failures["broken.gz"]
    assert failures["missing.txt"] == "no such file or directory"
    pages = [r for r in out if isinstance(r, RawPage)]
    assert [Path(p.source).name for p in pages] == ["good.txt"]
