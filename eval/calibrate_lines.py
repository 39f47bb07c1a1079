"""Fit the plain-text line classifier (dragoman/extract/line_model.json) on the Fundus pages.

Each Fundus page (80 English news pages, 16 sites) is flattened to text the way
a scraper does (block elements on their own lines, scripts and styles dropped),
every line is labelled automatically (body when its word 4-shingles are in the
ground-truth body, chrome otherwise), and a logistic model is fitted on the
features of dragoman.extract.lines. Figures are measured with the sites split
into folds (a site's pages are never both in training and test), then the
shipped weights are fitted on every page. Run: ``python -m eval.calibrate_lines``
(add ``--write`` to rewrite line_model.json). Also an eval entry (``main``).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from lxml import etree

from dragoman.extract.lines import FEATURES, page_features
from eval.extraction_scoring import GoldPage, load_gold, shingles

FUNDUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "extraction" / "fundus-eval"
MODEL = Path(__file__).resolve().parents[1] / "src" / "dragoman" / "extract" / "line_model.json"
# A line is body when at least this share of its 4-shingles occur in the gold body.
LABEL_SHARE = 0.8
FOLDS = 4
L2 = 1e-3
NEWTON_STEPS = 25

_BLOCK = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer",
    "nav", "section", "article", "aside", "figure", "figcaption", "blockquote", "tr", "table",
    "br", "main", "form", "dd", "dt", "title", "time",
}
_SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "head"}


def flatten(html: str) -> list[str]:
    """The page's visible text, one block per line (what a scraper saves)."""
    import lxml.html

    tree = lxml.html.document_fromstring(html)
    out: list[str] = []
    skip = 0
    for event, el in etree.iterwalk(tree, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _SKIP:
                skip += 1
            if not skip:
                if tag in _BLOCK:
                    out.append("\n")
                out.append(el.text or "")
        else:
            if tag in _SKIP:
                skip -= 1
            if not skip and tag in _BLOCK:
                out.append("\n")
            if skip == 0 and el.tail:
                out.append(el.tail)
    lines = (" ".join(ln.split()) for ln in "".join(out).split("\n"))
    return [ln for ln in lines if ln]


def _label(line: str, gold: set[tuple[str, ...]], paragraphs: set[str]) -> int:
    sh = shingles(line)
    if sum(sh.values()) and len(next(iter(sh))) == 4:
        inside = sum(c for s, c in sh.items() if s in gold)
        return int(inside / sum(sh.values()) >= LABEL_SHARE)
    return int(" ".join(line.casefold().split()) in paragraphs)


def dataset(pages: list[GoldPage]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    flat = {p.name: flatten(p.html) for p in pages}
    site_of = {p.name: p.name.split("_")[0] for p in pages}
    by_site: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for name, lines in flat.items():
        by_site[site_of[name]][name] = set(lines)
    rows: list[tuple[float, ...]] = []
    labels: list[int] = []
    groups: list[int] = []
    for page in sorted(pages, key=lambda p: p.name):
        lines = flat[page.name]
        others = [s for n, s in by_site[site_of[page.name]].items() if n != page.name]
        gold = set(shingles(" ".join(page.paragraphs)))
        paragraphs = {" ".join(p.casefold().split()) for p in page.paragraphs}
        seen = frozenset(ln for ln in lines if any(ln in s for s in others))
        rows.extend(page_features(lines, seen))
        labels.extend(_label(line, gold, paragraphs) for line in lines)
        groups.extend([sorted(by_site).index(site_of[page.name])] * len(lines))
    return np.array(rows), np.array(labels, dtype=float), np.array(groups)


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method (few features, exact fit)."""
    w = np.zeros(x.shape[1])
    penalty = L2 * len(y) * np.diag(np.r_[0.0, np.ones(x.shape[1] - 1)])
    for _ in range(NEWTON_STEPS):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty @ w
        hess = (x * (p * (1 - p))[:, None]).T @ x + penalty
        w -= np.linalg.solve(hess, grad)
    return w


def _prf(pred: np.ndarray, y: np.ndarray) -> dict[str, float]:
    tp = float(((pred == 1) & (y == 1)).sum())
    p = tp / max(1.0, float((pred == 1).sum()))
    r = tp / max(1.0, float((y == 1).sum()))
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def best_threshold(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    prob = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
    grid = np.arange(0.1, 0.91, 0.05)
    return float(max(grid, key=lambda t: _prf((prob >= t).astype(int), y)["f1"]))


def calibrate(write: bool = False) -> dict[str, Any]:
    if not FUNDUS.exists():
        return {"skipped": f"{FUNDUS} is absent"}
    x, y, groups = dataset(load_gold(FUNDUS))
    sites = np.unique(groups)
    preds = np.zeros_like(y)
    for fold in range(FOLDS):
        test = np.isin(groups, sites[fold::FOLDS])
        w = fit(x[~test], y[~test])
        t = best_threshold(x[~test], y[~test], w)
        preds[test] = (1 / (1 + np.exp(-np.clip(x[test] @ w, -30, 30))) >= t).astype(int)
    held_out = _prf(preds, y)
    w = fit(x, y)
    threshold = best_threshold(x, y, w)
    figures = {
        "split": f"held_out_by_site: sites held out ({FOLDS} folds by site over the 80 Fundus "
                 "pages); threshold: all pages",
        "tuned_on": "held_out_by_site: the other folds' sites; threshold: all 80 pages",
        "lines": len(y), "body_lines": int(y.sum()),
        "held_out_by_site": held_out, "threshold": round(threshold, 2),
    }
    if write:
        MODEL.write_text(json.dumps({
            "_comment": "Fitted by eval/calibrate_lines.py on the 80 Fundus evaluation pages "
                        "(16 English news sites) flattened to text, lines labelled by the "
                        "ground-truth bodies; held_out_by_site: 4-fold cross-validation by site.",
            "features": list(FEATURES),
            "weights": [round(float(v), 4) for v in w],
            "threshold": round(threshold, 2),
            "held_out_by_site": held_out,
            "lines": figures["lines"], "body_lines": figures["body_lines"],
        }, indent=1) + "\n")
    return figures


def main() -> dict[str, Any]:
    return calibrate(write=False)


if __name__ == "__main__":
    print(json.dumps(calibrate(write="--write" in sys.argv), indent=2))
