"""Strict quotation scoring on PolNeAR, with a held-out test half of its dev split.

The lenient scorer in ``eval/quotes.py`` counts a prediction right when it overlaps
any attribution of either kind. This one is strict:

- same kind: a direct prediction can only match a direct gold statement, a reported
  one only a reported gold statement of the reported-speech subset (speech cue or
  quoted content, as in ``eval/quotes.py``); a prediction that covers a belief or an
  intention ("X thinks that …") is a false positive;
- one-to-one: candidate pairs (overlap >= ``MATCH_OVERLAP`` of the gold span) are
  taken greedily, largest overlap first, each gold and each prediction used once
  (predictions sharing a cue are one prediction, as in the lenient scorer);
- speaker: judged only on matched gold statements whose source is a name (contains a
  capitalised word and is not a pronoun; a capital on an opening determiner or possessive,
  as in "The president" or "His aide", does not make a name), so no coreference
  approximation is needed;
  right when the predicted speaker span overlaps the source or its name shares a
  capitalised word with it.

Splits. ``tune``: PolNeAR dev documents at even positions of the sorted list of
document ids (the file stem without the annotator suffix); ``test``: those at odd
positions. Rules are tuned on PolNeAR train and dev ``tune`` only; ``test`` is scored,
never read. Every figure block carries ``split`` and ``tuned_on``.

Usage: ``python -m eval.quotes_strict [tune|test|train] [--errors N]``.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from dragoman.model import Quote
from dragoman.quotes import find_quotes
from eval.backend import eval_analyze
from eval.quotes import MATCH_OVERLAP, POLNEAR, Gold, read_ann

TUNED_ON = "PolNeAR train + PolNeAR dev-tune (even-position dev documents)"
_PRONOUNS = {"he", "she", "they", "i", "we", "it", "him", "her", "his", "them", "you"}
# Words capitalised only because they open the source phrase: "The president", "His aide",
# "Several officials" are roles or groups, not names, and their speaker is not judged.
_SOURCE_OPENERS = {
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
    "these", "those", "one", "some", "many", "several", "both", "each", "every", "all",
    "most", "few", "another", "other", "others", "two", "three", "four", "five",
}


@dataclass(slots=True)
class Pred:
    direct: bool
    spans: list[tuple[int, int]]
    quote: Quote


@dataclass(slots=True)
class Strict:
    """Counts per kind ("direct", "reported")."""

    gold: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    pred: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    matched: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    speaker_n: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    speaker_ok: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    errors: list[dict[str, str]] = field(default_factory=list)

    def add(self, name: str, text: str, quotes: list[Quote], golds: list[Gold]) -> None:
        preds = group_predictions(quotes)
        kept = [g for g in golds if g.speech or g.direct]
        for p in preds:
            self.pred[_kind(p.direct)] += 1
        for g in kept:
            self.gold[_kind(g.direct)] += 1
        pairs = match(preds, kept)
        for pi, gi in pairs:
            g, p = kept[gi], preds[pi]
            kind = _kind(g.direct)
            self.matched[kind] += 1
            src = " ".join(text[a:b] for a, b in g.source)
            if g.source and _named(src):
                ok = speaker_right(p.quote, g, text)
                self.speaker_n[kind] += 1
                self.speaker_ok[kind] += ok
                if not ok:
                    self._error(name, "speaker", p.quote, src)
        used_p = {pi for pi, _ in pairs}
        used_g = {gi for _, gi in pairs}
        for pi, p in enumerate(preds):
            if pi not in used_p:
                self._error(name, "false " + _kind(p.direct), p.quote, "")
        for gi, g in enumerate(kept):
            if gi not in used_g:
                a, b = g.content[0][0], g.content[-1][1]
                self.errors.append({"doc": name, "error": "missed " + _kind(g.direct),
                                    "text": text[a:b][:200], "cue": g.cue,
                                    "gold_source": " ".join(text[s:e] for s, e in g.source)})

    def _error(self, name: str, kind: str, q: Quote, src: str) -> None:
        self.errors.append({"doc": name, "error": kind, "text": q.text[:200], "cue": q.cue,
                            "speaker": q.speaker_text or "", "gold_source": src})

    def figures(self) -> dict[str, float | int]:
        out: dict[str, float | int] = {}
        for kind in ("direct", "reported"):
            p = self.matched[kind] / self.pred[kind] if self.pred[kind] else 0.0
            r = self.matched[kind] / self.gold[kind] if self.gold[kind] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            n = self.speaker_n[kind]
            out |= {f"{kind}_precision": round(p, 3), f"{kind}_recall": round(r, 3),
                    f"{kind}_f1": round(f, 3), f"{kind}_gold": self.gold[kind],
                    f"{kind}_predicted": self.pred[kind],
                    f"{kind}_speaker_accuracy_named": round(self.speaker_ok[kind] / n, 3) if n else 0.0,
                    f"{kind}_speaker_judged": n}
        return out


def _kind(direct: bool) -> str:
    return "direct" if direct else "reported"


def _named(source: str) -> bool:
    words = source.split()
    if words and words[0].casefold() in _SOURCE_OPENERS:
        words = words[1:]
    return (bool(re.search(r"\b[A-Z][a-z]", " ".join(words)))
            and source.strip().casefold() not in _PRONOUNS)


def group_predictions(quotes: list[Quote]) -> list[Pred]:
    """Quotations sharing a cue (“A,” he said, “B.”) are one statement."""
    groups: dict[object, list[Quote]] = defaultdict(list)
    for q in quotes:
        groups[(q.direct, q.cue_start) if q.cue_start is not None else id(q)].append(q)
    return [Pred(g[0].direct, [(q.start, q.end) for q in g], g[0]) for g in groups.values()]


def _overlap(spans: list[tuple[int, int]], gold: Gold) -> float:
    inter = sum(max(0, min(e, ge) - max(s, gs)) for s, e in spans for gs, ge in gold.content)
    return inter / max(gold.size, 1)


def match(preds: list[Pred], golds: list[Gold]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of the same kind, largest overlap first."""
    cands = []
    for pi, p in enumerate(preds):
        for gi, g in enumerate(golds):
            if p.direct != g.direct:
                continue
            ov = _overlap(p.spans, g)
            if ov >= MATCH_OVERLAP:
                cands.append((ov, pi, gi))
    return one_to_one(cands)


def one_to_one(candidates: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """(prediction, gold) pairs from (overlap, prediction, gold) candidates: largest overlap
    first, each prediction and each gold used once (ties by index)."""
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, pi, gi in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        out.append((pi, gi))
    return out


def _caps(text: str) -> set[str]:
    return {w for w in re.findall(r"\b[A-Z][\w'’-]+", text) if w.casefold() not in _PRONOUNS}


def speaker_right(q: Quote, gold: Gold, text: str) -> bool:
    if q.speaker_start is None or q.speaker_end is None:
        return False
    if any(min(q.speaker_end, e) > max(q.speaker_start, s) for s, e in gold.source):
        return True
    src = " ".join(text[a:b] for a, b in gold.source)
    return bool(_caps(f"{q.speaker_text or ''} {q.speaker_name or ''}") & _caps(src))


def documents(split: str) -> tuple[Path, list[tuple[str, Path]]]:
    """(folder, [(doc id, annotation path)]) of a split: train, tune or test."""
    base = POLNEAR / ("train" if split == "train" else "dev")
    anns: dict[str, Path] = {}
    for path in sorted((base / "attributions").glob("*.ann")):
        anns.setdefault(path.stem.rsplit("_", 1)[0], path)  # one annotator per article
    names = sorted(anns)
    if split == "tune":
        names = names[0::2]
    elif split == "test":
        names = names[1::2]
    elif split != "train":
        raise ValueError(f"unknown PolNeAR split {split!r}: expected train, tune or test")
    return base, [(n, anns[n]) for n in names]


def score(split: str, keep_errors: bool = False) -> dict[str, object]:
    """Strict figures of one split, through ``dragoman.analyze`` like an ingested article."""
    if not POLNEAR.is_dir():
        return {"skipped": f"{POLNEAR} is absent"}
    base, docs = documents(split)
    tally = Strict()
    cpu = 0.0
    for name, ann in docs:
        text = (base / "text" / f"{name}.txt").read_text(encoding="utf-8")
        golds = read_ann(text, ann.read_text(encoding="utf-8"))
        article = eval_analyze(text, lang="en")
        t0 = time.process_time()  # the quote stage alone, on the analysed article
        find_quotes(article)
        cpu += time.process_time() - t0
        tally.add(name, text, article.quotes, golds)
    label = {"train": "polnear-train", "tune": "polnear-dev-tune", "test": "polnear-dev-test"}
    out: dict[str, object] = {"split": label[split], "tuned_on": TUNED_ON, "documents": len(docs),
                              **tally.figures(),
                              "quote_stage_articles_per_cpu_second": round(len(docs) / cpu, 1)
                              if cpu else 0.0}
    if keep_errors:
        out["errors"] = tally.errors
    return out


def main() -> dict[str, object]:
    return {"strict_dev_tune": score("tune"), "strict_dev_test": score("test")}


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    result = score(args[0] if args else "tune", keep_errors="--errors" in sys.argv)
    print(json.dumps(result, indent=1, ensure_ascii=False))
