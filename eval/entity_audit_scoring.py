"""Scoring of the entity audit (``eval/entity_audit.py``): gold referents against the entities
an archive shows, by normalised surface forms. No Dragoman code: the gold is read and compared
with plain string functions, so the scorer cannot inherit the linker's mistakes."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCORED = {"PER", "ORG", "LOC"}
TOP = 50  # the "top 50 entities of that archive"
# The order in which an entity's classes in its articles decide its one class in the archive.
SEVERITY = ("merged", "wrong type", "span", "junk")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class GoldReferent:
    name: str
    type: str
    forms: tuple[str, ...]

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(k for k in map(normalise, self.forms) if k)


@dataclass(frozen=True)
class GoldPage:
    page: str
    lang: str
    split: str
    referents: tuple[GoldReferent, ...]


@dataclass(frozen=True)
class ArticleEntity:
    """One entity as an article's record shows it: id, name, type, its mentions' texts."""

    id: str
    name: str
    type: str
    surfaces: tuple[str, ...]


@dataclass(frozen=True)
class Verdict:
    kind: str  # "right", "junk", "span", "merged", "wrong type"
    referent: str | None  # the gold canonical name it stands for, when exactly one
    touched: frozenset[str]  # every gold referent one of its surfaces is a form of


def normalise(text: str) -> str:
    """NFKC, casefold, apostrophes unified, a possessive 's or trailing ' dropped, dots and
    apostrophes removed (U.S. = US), other punctuation to spaces, a leading "the" dropped."""
    s = unicodedata.normalize("NFKC", text).casefold().translate(_QUOTES).strip()
    s = re.sub(r"'s$|'$", "", s)
    s = s.replace(".", "").replace("'", "")
    s = " ".join(_PUNCT.sub(" ", s).split())
    return s[4:] if s.startswith("the ") else s


def page_problems(entry: Any) -> list[str]:
    """What is malformed in one gold page entry (empty when it is well formed)."""
    if not isinstance(entry, dict):
        return ["a page entry is not an object"]
    problems = [f"no {k}" for k in ("page", "lang", "split", "referents") if k not in entry]
    if problems:
        return problems
    if entry["split"] not in ("dev", "test"):
        problems.append(f"split {entry['split']!r}")
    names: Counter[str] = Counter()
    for ref in entry["referents"]:
        names[ref.get("name", "")] += 1
        if ref.get("type") not in SCORED:
            problems.append(f"{ref.get('name')}: type {ref.get('type')!r}")
        forms = ref.get("forms")
        if not forms or not all(isinstance(f, str) and normalise(f) for f in forms):
            problems.append(f"{ref.get('name')}: forms {forms!r}")
    problems += [f"referent {n!r} listed {c} times" for n, c in names.items() if c > 1 or not n]
    return problems


def load_gold(folder: Path) -> list[GoldPage]:
    """Every ``*.json`` of ``folder``; ValueError on a malformed entry or a page listed twice."""
    pages: list[GoldPage] = []
    for path in sorted(folder.glob("*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8")):
            problems = page_problems(entry)
            if problems:
                raise ValueError(f"{path.name}: {entry.get('page')}: {'; '.join(problems)}")
            refs = tuple(GoldReferent(r["name"], r["type"], tuple(r["forms"]))
                         for r in entry["referents"])
            pages.append(GoldPage(entry["page"], entry["lang"], entry["split"], refs))
    twice = [p for p, n in Counter(p.page for p in pages).items() if n > 1]
    if twice:
        raise ValueError(f"pages annotated twice: {twice}")
    return pages


def classify(entity: ArticleEntity, referents: tuple[GoldReferent, ...]) -> Verdict:
    """What one entity is in one article, given the article's gold referents."""
    matches = [frozenset(r.name for r in referents if normalise(s) in r.keys)
               for s in entity.surfaces]
    touched = frozenset().union(*matches) if matches else frozenset()
    found = [m for m in matches if m]
    if not found:
        return Verdict("junk", None, touched)
    common = frozenset.intersection(*found)
    if not common:
        return Verdict("merged", None, touched)
    name = next(r.name for r in referents if r.name in common)  # the first in gold order
    if len(found) < len(matches):
        return Verdict("span", name, touched)
    gold_type = next(r.type for r in referents if r.name == name)
    return Verdict("right" if gold_type == entity.type else "wrong type", name, touched)


@dataclass
class _Tally:
    name: str = ""
    type: str = ""
    mentions: int = 0
    verdicts: dict[str, Verdict] | None = None
    surfaces: dict[str, tuple[str, ...]] | None = None

    def kind(self) -> str:
        verdicts = list((self.verdicts or {}).values())
        kinds = {v.kind for v in verdicts}
        if kinds == {"right"}:
            return "right" if len({v.referent for v in verdicts}) == 1 else "merged"
        return next(k for k in SEVERITY if k in kinds)


def _tallies(pages: list[GoldPage], found: dict[str, list[ArticleEntity]]
             ) -> tuple[dict[str, _Tally], dict[str, dict[str, set[str]]]]:
    """Per entity id its verdict in each article; per page, gold referent -> entity ids."""
    tallies: dict[str, _Tally] = {}
    reached: dict[str, dict[str, set[str]]] = {}
    for page in pages:
        reached[page.page] = defaultdict(set)
        for entity in found.get(page.page, []):
            if entity.type not in SCORED or not entity.surfaces:
                continue
            verdict = classify(entity, page.referents)
            tally = tallies.setdefault(entity.id, _Tally(entity.name, entity.type, 0, {}, {}))
            tally.mentions += len(entity.surfaces)
            assert tally.verdicts is not None and tally.surfaces is not None
            tally.verdicts[page.page] = verdict
            tally.surfaces[page.page] = entity.surfaces
            for name in verdict.touched:
                reached[page.page][name].add(entity.id)
    return tallies, reached


def _precision(ids: list[str], tallies: dict[str, _Tally]) -> dict[str, Any]:
    kinds = Counter(tallies[i].kind() for i in ids)
    return {"entities": len(ids), "right": kinds["right"],
            "precision": round(kinds["right"] / len(ids), 3) if ids else None,
            "by_class": {k: kinds[k] for k in SEVERITY if kinds[k]}}


def _rates(pages: list[GoldPage], tallies: dict[str, _Tally],
           reached: dict[str, dict[str, set[str]]]) -> dict[str, Any]:
    """Recall, split rate and in-article precision over ``pages``."""
    referents = reached_n = split_n = recalled = pairs = right_pairs = 0
    for page in pages:
        for ref in page.referents:
            referents += 1
            ids = reached[page.page].get(ref.name, set())
            reached_n += bool(ids)
            split_n += len(ids) >= 2
            recalled += any(tallies[i].kind() == "right"
                            and (tallies[i].verdicts or {})[page.page].referent == ref.name
                            for i in ids)
        for tally in tallies.values():
            verdict = (tally.verdicts or {}).get(page.page)
            if verdict is not None:
                pairs += 1
                right_pairs += verdict.kind == "right"
    return {"gold_referents": referents, "referents_reached": reached_n,
            "referents_split": split_n,
            "split_rate": round(split_n / reached_n, 3) if reached_n else None,
            "recall": round(recalled / referents, 3) if referents else None,
            "entity_article_pairs": pairs,
            "in_article_precision": round(right_pairs / pairs, 3) if pairs else None}


def _errors(tallies: dict[str, _Tally], reached: dict[str, dict[str, set[str]]],
            pages: list[GoldPage]) -> list[dict[str, Any]]:
    errors: list[dict[str, Any]] = []
    for entity_id, tally in sorted(tallies.items()):
        kind = tally.kind()
        if kind == "right":
            continue
        for source, verdict in sorted((tally.verdicts or {}).items()):
            errors.append({"page": source, "entity": entity_id, "name": tally.name,
                           "type": tally.type, "class": kind, "in_article": verdict.kind,
                           "surfaces": sorted(set((tally.surfaces or {})[source])),
                           "gold": sorted(verdict.touched)})
    for page in pages:
        for ref in page.referents:
            ids = reached[page.page].get(ref.name, set())
            if len(ids) >= 2:
                errors.append({"page": page.page, "class": "split", "gold": [ref.name],
                               "gold_type": ref.type,
                               "entities": sorted(f"{i} ({tallies[i].name}, {tallies[i].type})"
                                                  for i in ids)})
            elif not ids:  # a recall loss: no entity carries any of its forms
                errors.append({"page": page.page, "class": "missed", "gold": [ref.name],
                               "gold_type": ref.type, "entities": []})
    return errors


def errors_by_class(errors: list[dict[str, Any]]) -> dict[str, int]:
    """Entities counted once each; split and missed once per gold referent of an article, as
    "split referent" and "missed referent" (a key "split" is the provenance's, eval/provenance.py)."""
    once = {(e.get("entity") or f"{e['page']}|{e['gold'][0]}"): e for e in errors}
    return dict(sorted(Counter(e["class"] + (" referent" if e["class"] in ("split", "missed") else "")
                               for e in once.values()).items()))


def score(pages: list[GoldPage], found: dict[str, list[ArticleEntity]]) -> dict[str, Any]:
    """The audit's figures for one archive: ``found`` holds each page's entities."""
    tallies, reached = _tallies(pages, found)
    ranked = sorted(tallies, key=lambda i: (-len(tallies[i].verdicts or {}),
                                            -tallies[i].mentions, i))
    by_lang: dict[str, Any] = {}
    for lang in sorted({p.lang for p in pages}):
        subset = [p for p in pages if p.lang == lang]
        ids = [i for i in ranked if set(tallies[i].verdicts or {}) & {p.page for p in subset}]
        by_lang[lang] = {**_rates(subset, tallies, reached),
                         "entities_precision": _precision(ids, tallies)["precision"]}
    by_type = {kind: _precision([i for i in ranked if tallies[i].type == kind], tallies)
               for kind in sorted(SCORED)}
    return {"top50": _precision(ranked[:TOP], tallies), "all": _precision(ranked, tallies),
            **_rates(pages, tallies, reached), "by_language": by_lang, "by_type": by_type,
            "errors": _errors(tallies, reached, pages)}
