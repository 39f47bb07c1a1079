"""eval/archive_diff: rows stored in one archive only become blind items (no side in them)."""

import sqlite3
from pathlib import Path

from eval.archive_diff import blind, items

from dragoman import Archive
from dragoman.model import RawPage
from dragoman.settings import Settings

TEXT = ("Lena Okafor, the mayor of Brindlemoor, said on Monday that the bridge would reopen. "
        "“We are nearly there,” Okafor told reporters.")


def _archive(path: Path, text: str) -> str:
    archive = Archive(str(path), settings=Settings(stories=False))
    archive.ingest([RawPage("page.txt", text, kind="text")])
    archive.close()
    return str(path)


def test_same_archives_give_no_items(tmp_path: Path) -> None:
    a = _archive(tmp_path / "a.db", TEXT)
    b = _archive(tmp_path / "b.db", TEXT)
    assert items(a, b) == []


def test_rows_of_one_side_are_hidden_and_keyed(tmp_path: Path) -> None:
    a = _archive(tmp_path / "a.db", TEXT)
    b = _archive(tmp_path / "b.db", TEXT)
    con = sqlite3.connect(b)
    con.execute("delete from mentions where text like 'Lena%'")
    con.commit()
    con.close()
    found = items(a, b)
    assert found and {f["side"] for f in found} == {"before"}
    assert all("[[" in f["context"] for f in found if f["kind"] == "mention")
    hidden, key = blind(found, seed=1)
    assert all("side" not in h for h in hidden)
    assert [k["id"] for k in key] == [h["id"] for h in hidden]
    assert {k["side"] for k in key} == {"before"}
