"""Quotations on real pages: hand annotations of French, German, English, Spanish, Italian
and Russian articles of htmldate-eval.

Gold: ``eval/data/quotes/real/<lang>.json``, one entry a page of
``../shared/data/dates/htmldate-eval/pages``: the file, its URL, the sha1 of the body Dragoman
stored for it when the page was annotated (a changed extraction is reported, never scored
against offsets into another text), and every quotation of that body: ``kind`` (direct or
reported), ``start``/``end`` (character offsets of the content into the stored body),
``head`` (its first five words, to check the offsets) and ``speaker`` (the name, the named
antecedent of a pronoun or role, or null when the article names nobody). The annotator read
the stored body (``Archive.ingest``, as ``eval/ingested.py``), never Dragoman's quotations,
before writing a page's gold. Conventions: scare quotes, titles and single quoted words are
no quotation; reported speech needs a speech cue whose subject is the speaker.

Split, fixed before annotation: a page is ``test`` iff the first hex digit of
sha256(file name) is one of 0-7, else ``dev``. Rules may be changed for errors seen on dev
pages only.

Scoring (strict): same kind, one-to-one (pairs taken greedily by overlap, largest first), a
prediction matches a gold quotation when their contents overlap by at least
``MATCH_SHARE`` of the shorter one. Speaker accuracy is judged on matched gold quotations
with a named speaker: right when, after ``normalize_for_match``, the predicted speaker
(text or linked name) holds the gold name's last word (its surname).

17 French, 16 German and 9 English pages. French and German test pages were scored before any
rule was changed for this set (``first_scoring.json``) and again after the fixes for errors
seen on their dev pages; the English pages were annotated after those fixes and scored once
with the rules as they then stood (``first_scoring_en.json``). Spanish (4 pages), Italian (4)
and Russian (1, dev only) are every page of those languages in htmldate-eval that has a
quotation (no Portuguese or Arabic page is there); they were annotated later, without looking
at the system's quotations, and their test pages scored once (``first_scoring_more.json``);
no rule was changed for them until the errors on their dev pages were read (issue 16,
``TUNED_ON_MORE``; their test pages never). Their pages also appear in the
extraction and NER sets (``also_named_in``), never in a quotation set. A second round of fixes for
errors on the dev pages of all three languages (reported content beside a colon quotation,
German "so X" and "heißt es", role speakers, German names NER missed) was followed by one more
scoring of the test pages.

Usage: ``python -m eval.quotes_real [fr|de|en|es|it|ru ...] [--split dev|test] [--errors]``.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dragoman.language.normalize import normalize_for_match
from dragoman.model import Article, Quote, RawPage
from eval.quotes_strict import one_to_one

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "data" / "quotes" / "real"
PAGES = ROOT.parent / "shared" / "data" / "dates" / "htmldate-eval" / "pages"
LANGS = ("fr", "de", "en", "es", "it", "ru")
# Languages annotated after the rules were tuned (their dev-page errors read later, issue 16).
LANGS_MORE = ("es", "it", "ru")
KINDS = ("direct", "reported")
# A prediction and a gold quotation match when they share at least this share of the
# shorter of the two contents (the task's definition of a strict match, not tuned).
MATCH_SHARE = 0.5
TUNED_ON = ("quotation rules: PolNeAR train + dev-tune, the written per-language dev passages, "
            "and the errors on the dev pages of this set (test pages scored, never read "
            "for errors)")
TUNED_ON_MORE = ("the errors on the es/it/ru dev pages of this set, read after the first scoring "
                 "of their test pages (test pages never read for errors); rules also: PolNeAR "
                 "train + dev-tune, the written per-language dev passages, the fr/de/en real "
                 "dev pages")


def split_of(name: str) -> str:
    """``test`` iff the first hex digit of sha256(file name) is 0-7, else ``dev``."""
    return "test" if hashlib.sha256(name.encode()).hexdigest()[0] in "01234567" else "dev"


def body_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class GoldQuote:
    kind: str
    start: int
    end: int
    speaker: str | None = None


@dataclass(slots=True)
class PredQuote:
    kind: str
    start: int
    end: int
    speaker: list[str] = field(default_factory=list)  # speaker text and linked name


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(preds: list[PredQuote], golds: list[GoldQuote]) -> list[tuple[int, int]]:
    """One-to-one pairs (prediction index, gold index) of the same kind whose overlap is at
    least ``MATCH_SHARE`` of the shorter content, largest overlap first."""
    pairs: list[tuple[float, int, int]] = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if p.kind != g.kind:
                continue
            shared = overlap((p.start, p.end), (g.start, g.end))
            shorter = min(p.end - p.start, g.end - g.start)
            if shorter > 0 and shared >= MATCH_SHARE * shorter:
                pairs.append((shared, i, j))
    return one_to_one(pairs)


def _tokens(name: str) -> list[str]:
    return re.findall(r"\w+", normalize_for_match(name))


def speaker_right(predicted: list[str], gold: str) -> bool:
    """The predicted speaker (text or linked name) holds the gold name's last word, its
    surname ("Macron", "M. Macron" for "Emmanuel Macron"; an initial is no surname)."""
    want = [t for t in _tokens(gold) if len(t) > 1] or _tokens(gold)  # "Yassin E.": Yassin
    if not want:
        return True
    return any(want[-1] in _tokens(got) for got in predicted)


@dataclass(slots=True)
class Tally:
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    pred: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    matched: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    speaker_n: int = 0
    speaker_ok: int = 0
    pages: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, preds: list[PredQuote], golds: list[GoldQuote], text: str = "",
            page: str = "") -> None:
        self.pages += 1
        for g in golds:
            self.gold[g.kind] += 1
        for p in preds:
            self.pred[p.kind] += 1
        pairs = match(preds, golds)
        for i, j in pairs:
            self.matched[golds[j].kind] += 1
            speaker = golds[j].speaker
            if speaker:
                self.speaker_n += 1
                ok = speaker_right(preds[i].speaker, speaker)
                self.speaker_ok += ok
                if not ok:
                    self._err(page, "speaker", text, preds[i].start, preds[i].end,
                              f"got {preds[i].speaker[:1]} want {speaker!r}")
        hit_p = {i for i, _ in pairs}
        hit_g = {j for _, j in pairs}
        for i, p in enumerate(preds):
            if i not in hit_p:
                self._err(page, f"FP {p.kind}", text, p.start, p.end, f"speaker {p.speaker[:1]}")
        for j, g in enumerate(golds):
            if j not in hit_g:
                self._err(page, f"FN {g.kind}", text, g.start, g.end, f"speaker {g.speaker!r}")

    def _err(self, page: str, what: str, text: str, start: int, end: int, note: str) -> None:
        snippet = " ".join(text[start:end].split())[:90] if text else f"{start}-{end}"
        self.errors.append(f"{page} {what}: {snippet!r} ({note})")

    def figures(self) -> dict[str, Any]:
        out: dict[str, Any] = {"pages": self.pages}
        for kind in KINDS:
            g, p, m = self.gold[kind], self.pred[kind], self.matched[kind]
            prec = m / p if p else 0.0
            rec = m / g if g else 0.0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            out[kind] = {"gold": g, "predicted": p, "matched": m, "precision": round(prec, 3),
                         "recall": round(rec, 3), "f1": round(f1, 3)}
        out["speaker_accuracy"] = round(self.speaker_ok / self.speaker_n, 3) if self.speaker_n \
            else 0.0
        out["speaker_judged"] = self.speaker_n
        return out


def predictions(quotes: list[Quote]) -> list[PredQuote]:
    return [PredQuote("direct" if q.direct else "reported", q.start, q.end,
                      [x for x in (q.speaker_text, q.speaker_name) if x]) for q in quotes]


def golds_of(page: dict[str, Any]) -> list[GoldQuote]:
    return [GoldQuote(q["kind"], q["start"], q["end"], q.get("speaker")) for q in page["quotes"]]


def load(lang: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLD / f"{lang}.json").read_text(encoding="utf-8"))
    for page in data["pages"]:
        if page["split"] != split_of(page["file"]):
            raise ValueError(f"{lang}: {page['file']} is filed under the wrong split")
    return data


def ingest(pages: list[dict[str, Any]]) -> dict[str, Article]:
    from eval.ingested import ingest_pages, read_html

    stored, _ = ingest_pages(RawPage(p["file"], read_html(PAGES / p["file"]), "html",
                                     url=p.get("url")) for p in pages)
    return stored


def score(langs: tuple[str, ...] = LANGS, splits: tuple[str, ...] = ("dev", "test"),
          ) -> tuple[dict[str, Any], list[str]]:
    """Figures per language and split, and the error lines of the dev pages only."""
    out: dict[str, Any] = {}
    errors: list[str] = []
    for lang in langs:
        if not (GOLD / f"{lang}.json").exists():
            continue
        data = load(lang)
        wanted = [p for p in data["pages"] if p["split"] in splits]
        stored = ingest(wanted)
        for split in splits:
            tally, changed = Tally(), []
            for page in (p for p in wanted if p["split"] == split):
                article = stored.get(page["file"])
                if article is None or body_sha1(article.text) != page["sha1"]:
                    changed.append(page["file"])
                    continue
                tally.add(predictions(article.quotes), golds_of(page), article.text,
                          f"{lang}/{page['file']}")
            figures = tally.figures()
            figures["changed_bodies"] = changed
            out.setdefault(lang, {})[split] = figures
            if split == "dev":  # test pages are scored, their errors never shown
                errors.extend(f"[{split}] {e}" for e in tally.errors)
    return out, errors


def main() -> dict[str, Any]:
    if not PAGES.is_dir():
        return {"skipped": f"{PAGES} is absent"}
    figures, _ = score()
    for section in figures.values():
        # every language's dev pages were read for errors in the second round of fixes (the
        # untuned English first scoring is kept in first_scoring_en.json)
        section["tuned_on"] = TUNED_ON
    for lang in LANGS_MORE:  # their dev-page errors were read later (issue 16)
        if lang in figures:
            figures[lang]["tuned_on"] = TUNED_ON_MORE
    return {"split": "dev+test (per page: sha256 of the file name, first hex digit 0-7 = test)",
            "tuned_on": f"fr/de/en: {TUNED_ON}; {'/'.join(LANGS_MORE)}: {TUNED_ON_MORE}",
            **figures}


USAGE = ("python -m eval.quotes_real [LANG ...] [--split dev|test] [--errors]: LANG among "
         + ", ".join(LANGS) + "; without --split both halves are scored")


if __name__ == "__main__":
    args = sys.argv[1:]
    unknown = [a for a in args if a not in LANGS and a not in ("--split", "--errors", "dev", "test")]
    if unknown:  # "--help" too: a mistyped flag must not score the test half
        raise SystemExit(USAGE)
    chosen = tuple(a for a in args if a in LANGS) or LANGS
    which: tuple[str, ...] = ("dev", "test")
    if "--split" in args:
        which = (args[args.index("--split") + 1],)
    result, errs = score(chosen, which)
    print(json.dumps(result, indent=1, ensure_ascii=False))
    if "--errors" in args:
        print("\n".join(errs))
