"""Cross-lingual search recall@10 on NTREX news (English ↔ Arabic), both directions.

    nice -n 5 .venv/bin/python -m eval.run search

The 61 English documents of ``../shared/data/parallel/ntrex-en-ar/docs.tsv`` and
their 61 Arabic translations are ingested through ``Archive.ingest`` as one JSONL
file (``url`` + ``text``), i.e. the whole pipeline, as a user would. Then, for
each document and each direction, the first sentence of one version (which
holds the headline: the corpus runs headline and body together) is the query,
searched with ``hybrid_search`` restricted to the other language; a hit is the
translation in the top 10. Also recorded: how often the translation is first
(recall@1), the mean reciprocal rank, and the same for a short query (the first
``SHORT_WORDS`` words of that sentence: ``*_first_6_words``).

Split: documents are split by their position in the file, even positions
``dev``, odd ``test``. The search constants in ``dragoman.search.hybrid`` were
set looking at ``dev`` only (``tuned_on``); ``test`` is held out.
"""

from __future__ import annotations

import csv
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from dragoman.language.segment import split_sentences

SHARED = Path(__file__).resolve().parents[2] / "shared"
DOCS = SHARED / "data" / "parallel" / "ntrex-en-ar" / "docs.tsv"
LANGS = ("en", "ar")
TOP = 10
TUNED_ON = "ntrex-en-ar dev (even document positions)"
# Words of the short query (the headline's first words), a second, harder query per document.
SHORT_WORDS = 6


def read_docs(path: Path = DOCS) -> list[tuple[str, dict[str, str]]]:
    """(doc id, {language: text}) in file order, documents with both languages only."""
    csv.field_size_limit(sys.maxsize)
    docs: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            docs.setdefault(row["doc_id"], {})[row["lang"]] = row["text"].strip()
    return [(k, v) for k, v in docs.items() if all(lang in v for lang in LANGS)]


def url_of(doc_id: str, lang: str) -> str:
    return f"https://ntrex.example/{lang}/{doc_id}"


def first_sentence(text: str, lang: str) -> str:
    spans = split_sentences(text, lang)
    return text[spans[0][0]:spans[0][1]].strip() if spans else text[:200]


def _figures(ranks: list[int | None]) -> dict[str, Any]:
    n = len(ranks)
    return {
        "queries": n,
        "recall_at_10": round(sum(r is not None and r < TOP for r in ranks) / n, 4) if n else None,
        "recall_at_1": round(sum(r == 0 for r in ranks) / n, 4) if n else None,
        "mrr_at_10": round(sum(1 / (r + 1) for r in ranks if r is not None and r < TOP) / n, 4)
        if n else None,
    }


def _queries(text: str, lang: str) -> dict[str, str]:
    sentence = first_sentence(text, lang)
    return {"sentence": sentence, "first_6_words": " ".join(sentence.split()[:SHORT_WORDS])}


def measure(archive: Any, docs: list[tuple[str, dict[str, str]]], ids: dict[str, str]
            ) -> dict[str, Any]:
    ranks: dict[tuple[str, str, str, str], int | None] = {}
    misses: list[dict[str, Any]] = []
    latency: list[float] = []
    for position, (doc_id, texts) in enumerate(docs):
        split = "dev" if position % 2 == 0 else "test"
        for source, target in (("en", "ar"), ("ar", "en")):
            for kind, query in _queries(texts[source], source).items():
                started = time.perf_counter()
                hits = archive.hybrid_search(query, lang=target, limit=TOP)
                latency.append(time.perf_counter() - started)
                found = [h.article_id for h in hits]
                wanted = ids[url_of(doc_id, target)]
                rank = found.index(wanted) if wanted in found else None
                ranks[(doc_id, kind, source, target)] = rank
                if rank is None and kind == "sentence":
                    misses.append({"doc": doc_id, "split": split,
                                   "direction": f"{source}->{target}", "query": query[:120]})
    out: dict[str, Any] = {}
    for split in ("dev", "test"):
        docs_in = [d for i, (d, _) in enumerate(docs) if (i % 2 == 0) == (split == "dev")]
        out[split] = {
            f"{s}_to_{t}": _figures([ranks[(d, "sentence", s, t)] for d in docs_in])
            for s, t in (("en", "ar"), ("ar", "en"))
        }
        out[f"{split}_first_6_words"] = {
            f"{s}_to_{t}": _figures([ranks[(d, "first_6_words", s, t)] for d in docs_in])
            for s, t in (("en", "ar"), ("ar", "en"))
        }
    out["misses"] = misses
    out["query_seconds"] = {"median": round(statistics.median(latency), 3),
                            "max": round(max(latency), 3)}
    return out


def main() -> dict[str, object]:
    if not DOCS.exists():
        return {"skipped": f"{DOCS} is absent"}
    from dragoman.archive import Archive

    docs = read_docs()
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp) / "ntrex.jsonl"
        with pages.open("w", encoding="utf-8") as f:
            for doc_id, texts in docs:
                for lang in LANGS:
                    f.write(json.dumps({"url": url_of(doc_id, lang), "text": texts[lang]},
                                       ensure_ascii=False) + "\n")
        with Archive(str(Path(tmp) / "ntrex.db")) as archive:
            started = time.perf_counter()
            report = archive.ingest([str(pages)])
            ingest_s = time.perf_counter() - started
            ids = {a.url: a.id for a in archive.articles() if a.url}
            missing = [u for d, _ in docs for u in (url_of(d, "en"), url_of(d, "ar"))
                       if u not in ids]
            if missing:
                return {"error": f"{len(missing)} documents did not become articles",
                        "failures": [f.reason for f in report.failures][:5]}
            figures = measure(archive, docs, ids)
    return {"split": "dev = even document positions, test = odd (held out)",
            "tuned_on": TUNED_ON, "documents": len(docs), "top": TOP,
            "ingest_seconds": round(ingest_s, 1), **figures}


if __name__ == "__main__":
    print(json.dumps(main(), indent=2, ensure_ascii=False))
