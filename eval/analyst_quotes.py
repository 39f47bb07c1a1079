"""An analyst's reading of the quotations Dragoman stores on real pages nobody tuned on.

    .venv/bin/python -m eval.analyst_quotes dump a|b OUT_DIR [JUDGED.jsonl]  # ingest, dump to judge
    .venv/bin/python -m eval.analyst_quotes                    # count the stored judgments
    .venv/bin/python -m eval.run analyst_quotes                # the same, into eval/results

The 80 Fundus evaluation pages (``../shared/data/extraction/fundus-eval``) are ingested through
``Archive.ingest`` (stories off) as a user feeds them. Sample A is ``random.Random(6).sample`` of
20 of the sorted file names; sample B is ``random.Random(7).sample`` of 20 of the 60 others.
``dump`` writes every stored quotation of a sample with its context (``OUT_DIR/<sample>_dump.txt``)
for a reader to judge, one verdict per quotation, by the rules written before judging
(``eval/data/quotes/analyst/README.md``): direct quotations right / wrong_speaker /
wrong_span / not_quotation, reported ones right / wrong_speaker / fragment / not_statement.

Judgments (``eval/data/quotes/analyst/*.jsonl``, offsets into the stored text and the first
five words, no page text): ``a.jsonl`` sample A on the code of 07:30 UTC 2026-12-06 (its error
classes were then fixed: sample A is dev); ``b_before.jsonl`` and ``b_after.jsonl`` sample B
on that code and after the fixes (07:49 UTC; only the changed quotations judged again), never
read by whoever wrote rules: held out. ``b_round7.jsonl``: sample B on the code of the seventh
session (only the quotations that changed judged again, by a third reader; see the README there);
``b_round8.jsonl``: the same on the code of the eighth session (four quotations changed, judged by the lead);
``b_round10.jsonl``: the same on the code of the tenth session (seven quotations changed, judged by
the lead; the ninth session changed none); ``b_round11.jsonl``: the eleventh session's code (one
quotation changed: another wrong speaker, judged by the lead).
One reader per sample; pages are not independent, so the
page bootstrap interval is given beside Wilson's.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

FUNDUS = Path(__file__).resolve().parents[2] / "shared/data/extraction/fundus-eval/dataset"
JUDGED = Path(__file__).resolve().parent / "data/quotes/analyst"
SAMPLE_PAGES = 20
BOOTSTRAP_DRAWS = 2000


def wilson(right: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson's 95% interval of a proportion."""
    if n == 0:
        return (0.0, 0.0)
    p = right / n
    d = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / d
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (round(centre - half, 3), round(centre + half, 3))


def samples() -> dict[str, list[str]]:
    names = sorted(p.name for p in (FUNDUS / "html").glob("*.html.gz"))
    a = random.Random(6).sample(names, SAMPLE_PAGES)
    rest = sorted(set(names) - set(a))
    return {"a": a, "b": random.Random(7).sample(rest, SAMPLE_PAGES)}


def _judged_keys(path: Path | None) -> set[tuple[Any, ...]]:
    """(page, class, start, end, speaker, cue) of each quotation judged in ``path``."""
    if path is None:
        return set()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return {(r["page"], r["class"], r["start"], r["end"], r["speaker"] or "", r["cue"] or "")
            for r in rows if r["kind"] == "quote"}


def dump(sample: str, out_dir: Path, against: Path | None = None) -> None:
    """Ingest the 80 pages as a user does; write the sample's quotations with context
    (``against``: only those a judgment file does not hold unchanged, to judge them anew)."""
    from dragoman.model import RawPage
    from eval.ingested import ingest_pages, read_html

    truth = json.loads((FUNDUS / "ground_truth.json").read_text(encoding="utf-8"))
    stored, _ = ingest_pages(RawPage(p.name, read_html(p), "html",
                                     url=truth.get(p.name, {}).get("url"))
                             for p in sorted((FUNDUS / "html").glob("*.html.gz")))
    judged = _judged_keys(against)
    lines = []
    for name in samples()[sample]:
        if name not in stored:
            lines.append(f"##### {name}: not stored")
            continue
        text, quotes = stored[name].text, stored[name].quotes
        lines.append(f"##### {name} quotes={len(quotes)} chars={len(text)}")
        for i, q in enumerate(quotes):
            speaker = q.speaker_name or q.speaker_text
            kind = "direct" if q.direct else "reported"
            if (name, kind, q.start, q.end, speaker or "", q.cue or "") in judged:
                continue
            lines.append(f"--- q{i} direct={q.direct} speaker={speaker} cue={q.cue!r} "
                         f"[{q.start}:{q.end}]")
            lines.append("    " + text[max(0, q.start - 250):q.start] + " <<"
                         + text[q.start:q.end] + ">> " + text[q.end:q.end + 200])
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{sample}_dump.txt").write_text("\n".join(lines), encoding="utf-8")


def _page_bootstrap(rows: list[dict[str, Any]]) -> tuple[float, float]:
    pages = sorted({r["page"] for r in rows})
    by_page = {p: [r["verdict"] == "right" for r in rows if r["page"] == p] for p in pages}
    rng = random.Random(0)
    shares = []
    for _ in range(BOOTSTRAP_DRAWS):
        picked = [v for p in rng.choices(pages, k=len(pages)) for v in by_page[p]]
        if picked:
            shares.append(sum(picked) / len(picked))
    shares.sort()
    return (round(shares[int(0.025 * len(shares))], 3), round(shares[int(0.975 * len(shares))], 3))


def count(path: Path) -> dict[str, Any]:
    """Precision per kind (quotation, span and speaker all right) with both intervals."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    quotes = [r for r in rows if r["kind"] == "quote"]
    out: dict[str, Any] = {"quotations": len(quotes), "pages": len({r["page"] for r in quotes})}
    for kind in ("direct", "reported"):
        judged = [r for r in quotes if r["class"] == kind]
        right = sum(r["verdict"] == "right" for r in judged)
        out[kind] = {"right": right, "judged": len(judged),
                     "precision": round(right / len(judged), 3) if judged else None,
                     "wilson95": wilson(right, len(judged)),
                     "page_bootstrap95": _page_bootstrap(judged) if judged else None,
                     "verdicts": dict(Counter(r["verdict"] for r in judged))}
    recall = [r for r in rows if r["kind"] == "recall"]
    if recall:
        seen, found = sum(r["seen"] for r in recall), sum(r["found"] for r in recall)
        out["rough_recall"] = {"found": found, "seen": seen, "pages": len(recall),
                               "wilson95": wilson(found, seen)}
    return out


def main() -> dict[str, Any]:
    return {
        "split": "Fundus 80: sample A (20 pages, random.Random(6)) dev; sample B (20 of the 60 "
                 "others, random.Random(7)) held out, never read by a rule writer",
        "tuned_on": "nothing on these pages before sample A was judged; the speaker and statement "
                    "fixes of 2026-12-06 07:35-07:49 UTC were read off sample A; round 7 rules "
                    "and round 8 rules were read off PolNeAR train/dev-tune, real-page dev "
                    "pages and original sentences, not these pages",
        "judged_by": "one reader per sample, rules in eval/data/quotes/analyst/README.md",
        "sample_a_before_fixes": count(JUDGED / "a.jsonl"),
        "sample_b_before_fixes": count(JUDGED / "b_before.jsonl"),
        "sample_b_after_fixes": count(JUDGED / "b_after.jsonl"),
        "sample_b_round7": count(JUDGED / "b_round7.jsonl"),
        "sample_b_round8": count(JUDGED / "b_round8.jsonl"),
        "sample_b_round10": count(JUDGED / "b_round10.jsonl"),
        "sample_b_round11": count(JUDGED / "b_round11.jsonl"),
    }


if __name__ == "__main__":
    if sys.argv[1:2] == ["dump"]:
        dump(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]) if sys.argv[4:] else None)
    else:
        print(json.dumps(main(), indent=1))
