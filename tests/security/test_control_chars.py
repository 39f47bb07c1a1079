"""Bidi and terminal control characters never reach stored fields or the terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.archive import Archive
from dragoman.cli import main
from dragoman.controls import BIDI_CONTROLS, OTHER_CONTROLS, clean_body, clean_line, escape_controls
from dragoman.language.normalize import normalize_for_match
from dragoman.model import Article, Block, Entity, Mention, Quote, RawPage
from dragoman.settings import Settings

RLO, PDF, LRI, PDI, LRM, ALM = "\u202e", "\u202c", "\u2066", "\u2069", "\u200e", "\u061c"
TERM_TITLE = "\x1b]0;owned\x07"  # OSC 0: set the terminal's title
CSI = "\x9b"  # C1 control sequence introducer
FORBIDDEN = set(BIDI_CONTROLS + OTHER_CONTROLS) - {"\n", "\t"}

HTML = f"""<!doctype html>
<html lang="en"><head>
<title>Harbour talks {RLO}emuser{PDF} today{TERM_TITLE}</title>
<meta property="og:title" content="Harbour talks {RLO}emuser{PDF} today{TERM_TITLE}">
<meta property="og:site_name" content="Coast{LRM} Ledger{CSI}">
<meta name="author" content="{LRI}Mirela Vandross{PDI}">
</head><body><article>
<h1>Harbour talks &#x202E;emuser&#x202C; today&#x1b;</h1>
<p>The harbour authority of Port Calder said{RLO} on Tuesday that talks with the ferry
operators would resume next week, after a month without agreement on fees.{TERM_TITLE}</p>
<p>Mirela Vandross, who chairs the authority, told reporters that both sides had
moved{ALM} closer and that a deal could be signed before the summer season.</p>
<p>Operators have asked for lower berth fees during the winter months, when fewer
passengers travel between the islands and the mainland ports.</p>
</article></body></html>
"""

TEXT = (f"Night ferry {RLO}deppots{PDF} again{TERM_TITLE} – Island Courier{LRM}\n\n"
        f"By {LRI}Tobias Wrenfield{PDI}\n\n"
        "The night ferry between Lornholm and the mainland stopped running again on Friday, "
        f"the operator said{TERM_TITLE}, citing a shortage of crew for the late crossing.\n\n"
        "Passengers were offered seats on the morning boat, which left two hours early to "
        "take the extra travellers and their cars across before the weather turned.\n")


def _clean(value: str | None) -> bool:
    return value is None or not FORBIDDEN & set(value)


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Archive:
    monkeypatch.setenv("DRAGOMAN_STORIES", "0")
    return Archive(str(tmp_path / "controls.db"), settings=Settings(stories=False))


@pytest.mark.parametrize(("page", "word"), [
    (RawPage("hostile.html", HTML, kind="html", url="https://coast.example/harbour\x1b[2J"), "emuser"),
    (RawPage("hostile.txt", TEXT, kind="text"), "deppots"),
], ids=["html", "text"])
def test_stored_fields_hold_no_controls(archive: Archive, page: RawPage, word: str) -> None:
    report = archive.ingest([page])
    assert report.added, report.failures
    stored = archive.get(report.added[0])
    for value in (stored.title, stored.site, stored.url, *stored.authors):
        assert _clean(value), repr(value)
    assert not FORBIDDEN & set(stored.text), repr(stored.text[:200])
    assert stored.title and word in stored.title  # the words stay, only controls go
    for block in stored.blocks:  # offsets still point at the paragraphs
        assert stored.text[block.start:block.end].strip() == stored.text[block.start:block.end]
    for m in stored.mentions:
        assert stored.text[m.start:m.end] == m.text


def test_clean_body_moves_block_offsets() -> None:
    paragraphs = [f"First{RLO} line{PDF} here.", "Second\x00 line\u2028here.", "Third line."]
    text = "\n\n".join(paragraphs)
    blocks, pos = [], 0
    for p in paragraphs:
        blocks.append(Block(pos, pos + len(p)))
        pos += len(p) + 2
    cleaned, moved = clean_body(text, blocks)
    assert [cleaned[b.start:b.end] for b in moved] == ["First line here.", "Second line here.",
                                                       "Third line."]


def test_soft_hyphens_leave_words_whole_with_offsets_moved() -> None:
    paragraphs = ["Die Gemeinde Ober\u00adwil\u00adlers\u00addorf feiert.", "Zweiter Ab\u00adsatz."]
    text = "\n\n".join(paragraphs)
    blocks = [Block(0, len(paragraphs[0])), Block(len(paragraphs[0]) + 2, len(text))]
    cleaned, moved = clean_body(text, blocks)
    assert [cleaned[b.start:b.end] for b in moved] == ["Die Gemeinde Oberwillersdorf feiert.",
                                                       "Zweiter Absatz."]
    assert clean_line("Ober\u00adwil\u00adlers\u00addorf") == "Oberwillersdorf"
    assert clean_body("a-b \u2011 c", []) == ("a-b \u2011 c", [])  # visible hyphens stay


def test_match_keys_ignore_soft_hyphens() -> None:
    assert normalize_for_match("Ober\u00adwil\u00adlers\u00addorf") == normalize_for_match("Oberwillersdorf")


def test_clean_line_turns_breaks_into_spaces() -> None:
    assert clean_line(f"Talks\nresume{TERM_TITLE}\t{RLO}today") == "Talks resume]0;owned today"
    assert clean_line("Ортис сказал") == "Ортис сказал"  # nothing to clean: same string


def test_escape_controls_is_visible_and_keeps_layout() -> None:
    assert escape_controls(f"a{RLO}b\x1bc\n\td") == "a\\u202eb\\u001bc\n\td"


def _old_article() -> Article:
    """An article as an older archive may hold it: controls in every field."""
    title = f"Harbour talks {RLO}emuser{PDF}{TERM_TITLE}"
    text = (f"Talks on harbour fees resume{RLO} next week, said Mirela Vandross{TERM_TITLE}. "
            "\"We are closer than ever,\" she said.")
    name_start = text.index("Mirela")
    name_end = name_start + len("Mirela Vandross")
    quote_start = text.index("\"")
    quote_end = text.index("\"", quote_start + 1) + 1
    return Article(
        id="ucontrols0001", source="old.html", text=text, url="https://coast.example/a",
        site=f"Coast Ledger{CSI}", title=title, authors=[f"{LRI}Mirela{PDI}"], language="en",
        language_score=1.0, published="2024-05-02", published_confidence=0.95,
        mentions=[Mention(name_start, name_end, text[name_start:name_end], "PER", "x-mirela")],
        entities=[Entity("x-mirela", f"Mirela {RLO}Vandross{TERM_TITLE}", "PER",
                         {"en": f"Mirela {RLO}Vandross"}, [f"Mirela {RLO}Vandross"])],
        quotes=[Quote(quote_start, quote_end, text[quote_start:quote_end], True, cue="said",
                      speaker_text=f"Mirela{RLO}", speaker_id="x-mirela",
                      speaker_name=f"Mirela {RLO}Vandross{TERM_TITLE}")],
    )


AR_TITLE = "افتتاح الميناء بعد الإصلاحات"


def test_cli_prints_no_control_characters(tmp_path: Path) -> None:
    db = str(tmp_path / "old.db")
    with Archive(db) as archive:
        archive.add_article(_old_article())
        archive.add_article(Article(id="uarabic0001", source="ar.html", title=AR_TITLE,
                                    text="أعيد افتتاح الميناء صباح الاثنين بعد أسبوع من الإصلاحات.",
                                    language="ar", language_score=1.0))
        archive.update_stories()
        story = archive.get("ucontrols0001").story_id
    commands = [["search", "harbour", "--keyword"], ["search", "harbour", "--keyword", "--json"],
                ["show", "ucontrols0001"], ["show", "ucontrols0001", "--json"], ["report"],
                ["entities"], ["entity", "x-mirela"], ["quotes"], ["stories"],
                *([["story", story]] if story else [])]
    printed = []
    for args in commands:
        result = CliRunner().invoke(main, ["--db", db, *args])
        assert result.exit_code == 0, (args, result.output)
        out = result.stdout + result.stderr
        if args == ["report"]:  # the one mark the program adds: RLM before an Arabic title
            assert "\u200f" + AR_TITLE in out
            out = out.replace("\u200f" + AR_TITLE, AR_TITLE)
        assert not FORBIDDEN & set(out.replace("\n", "").replace("\t", "")), (args, out)
        printed.append(out)
    assert any("\\u202e" in out for out in printed)  # content was printed, made visible
