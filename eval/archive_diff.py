"""A blind diff of two archives of the same pages (issue 14/16: counting errors on pages no one
read). Each mention or quotation row stored in only one archive becomes an item with its
context; items are shuffled and written without their side, so a judge (a person or a helper)
labels them without knowing which version produced them; the side key goes to a second file.

    python -m eval.archive_diff BEFORE.db AFTER.db OUT.json [--seed 7]

Run each version with ``dragoman --db X.db ingest PAGES...`` first (same pages, same order).
The sixteenth session's count on pool B (README, "Measured figures") was made this way."""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
from typing import Any

CONTEXT_CHARS = 160

MentionRow = tuple[str, int, int, str]
QuoteRow = tuple[str, int, int, int, str, int | None, int | None]


def _rows(db: str) -> tuple[dict[str, str], dict[str, str], set[MentionRow], set[QuoteRow]]:
    con = sqlite3.connect(db)
    try:
        texts = dict(con.execute("select id, text from articles"))
        langs = dict(con.execute("select id, coalesce(language, '') from articles"))
        mentions = set(con.execute('select article_id, start, "end", label from mentions'))
        quotes = {(a, s, e, d, sp or "", ss, se) for a, s, e, d, sp, ss, se in con.execute(
            'select article_id, start, "end", direct, speaker_text, speaker_start, speaker_end from quotes')}
    finally:
        con.close()
    return texts, langs, mentions, quotes


def _marked(text: str, start: int, end: int) -> str:
    before = text[max(0, start - CONTEXT_CHARS):start]
    return before + "[[" + text[start:end] + "]]" + text[end:end + CONTEXT_CHARS]


def items(before: str, after: str) -> list[dict[str, Any]]:
    """Rows stored in one archive only, each with its side ("before" / "after")."""
    tb, lb, mb, qb = _rows(before)
    ta, la, ma, qa = _rows(after)
    out: list[dict[str, Any]] = []
    for side, texts, langs, only_m, only_q in (("before", tb, lb, mb - ma, qb - qa),
                                               ("after", ta, la, ma - mb, qa - qb)):
        for a, s, e, label in sorted(only_m):
            out.append({"kind": "mention", "side": side, "lang": langs.get(a), "label": label,
                        "span": texts[a][s:e], "context": _marked(texts[a], s, e)})
        for a, s, e, direct, speaker, ss, se in sorted(only_q, key=str):
            low, high = min(s, ss if ss is not None else s), max(e, se if se is not None else e)
            out.append({"kind": "quote", "side": side, "lang": langs.get(a), "direct": bool(direct),
                        "content": texts[a][s:e], "speaker": speaker,
                        "context": texts[a][max(0, low - 2 * CONTEXT_CHARS):high + 2 * CONTEXT_CHARS]})
    return out


def blind(found: list[dict[str, Any]], seed: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The shuffled items without their side, and the key (id, kind, side)."""
    shuffled = list(found)
    random.Random(seed).shuffle(shuffled)
    hidden = [{**{k: v for k, v in it.items() if k != "side"}, "id": i} for i, it in enumerate(shuffled)]
    key = [{"id": i, "kind": it["kind"], "side": it["side"]} for i, it in enumerate(shuffled)]
    return hidden, key


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    hidden, key = blind(items(args.before, args.after), args.seed)
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump(hidden, handle, ensure_ascii=False, indent=1)
    with open(args.out + ".key", "w", encoding="utf-8") as handle:
        json.dump(key, handle)
    counts: dict[str, int] = {}
    for k in key:
        counts[f"{k['kind']}_{k['side']}"] = counts.get(f"{k['kind']}_{k['side']}", 0) + 1
    print(counts)


if __name__ == "__main__":
    main()
