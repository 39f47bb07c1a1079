"""Cross-lingual entity consistency and NER + linking speed on NTREX news (English ↔ Arabic).

    .venv/bin/python -m eval.run crosslingual

For each document of ``../shared/data/parallel/ntrex-en-ar/docs.tsv`` (news and
its professional Arabic translation), the PER/ORG/LOC entity ids linked in the
English and the Arabic version are compared by Jaccard overlap; pairs where
neither side has an entity are left out. Two settings:

* ``jaccard_archive``: both versions go through one entities stage, English
  first, as they would in one archive (names learned from the English article
  are known when the Arabic one arrives; that is how learned entities work);
* ``jaccard_independent``: each version alone (fresh memory): only the
  knowledge base and spelling rules connect the two.

Speed: sentences per CPU second of the entities stage (NER + linking; language
and sentence spans given) in one single-threaded process, i.e. per core (CPU
time, so that other work on a shared machine does not count); wall-clock too,
and NER alone.
"""

from __future__ import annotations

import csv
import statistics
import sys
import time
from copy import deepcopy as copy
from pathlib import Path

from dragoman.entities.memory import Memory
from dragoman.entities.ner import CrfRecognizer, recognize
from dragoman.entities.stage import entities_stage
from dragoman.language.segment import split_sentences
from dragoman.model import Article
from dragoman.pipeline.stage import Stage

SHARED = Path(__file__).resolve().parents[2] / "shared"
DOCS = SHARED / "data" / "parallel" / "ntrex-en-ar" / "docs.tsv"
SCORED = {"PER", "ORG", "LOC"}


def _read(path: Path) -> dict[str, dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    docs: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            docs.setdefault(row["doc_id"], {})[row["lang"]] = row["text"]
    return {k: v for k, v in docs.items() if "en" in v and "ar" in v}


def _ids(article: Article) -> set[str]:
    types = {e.id: e.type for e in article.entities}
    return {m.entity_id for m in article.mentions
            if m.entity_id and types.get(m.entity_id) in SCORED}


def _jaccard(a: set[str], b: set[str]) -> float | None:
    return len(a & b) / len(a | b) if a | b else None


def _article(doc_id: str, lang: str, text: str) -> Article:
    return Article(id=f"{doc_id}:{lang}", source=doc_id, text=text, language=lang,
                   language_score=1.0, sentences=split_sentences(text, lang))


def _run(stage: Stage, article: Article) -> Article:
    out = next(iter(stage([article])))
    if not isinstance(out, Article):
        raise RuntimeError(f"{article.source}: {out}")
    return out


def main() -> dict[str, object]:
    if not DOCS.exists():
        return {"skipped": f"{DOCS} is absent"}
    docs = _read(DOCS)
    pairs = [(_article(d, "en", p["en"]), _article(d, "ar", p["ar"])) for d, p in docs.items()]
    sentences = sum(len(a.sentences) for pair in pairs for a in pair)
    _run(entities_stage(), _article("warm-up", "en", "NATO met."))  # loads KB and models
    _run(entities_stage(), _article("warm-up", "ar", "اجتمع الناتو."))

    t0 = time.process_time()
    for pair in pairs:
        for article in pair:
            recognize(article.text, article.language, article.sentences)
    ner_seconds = time.process_time() - t0

    ar_model = CrfRecognizer().model("ar")
    if ar_model is not None and ar_model.vectors is not None:
        ar_model.vectors.clear_cache()  # the stage's timing starts from new words too
    archive = entities_stage(memory=Memory())  # one stage: English first, then Arabic
    shared: list[float | None] = []
    copies = [(copy(en), copy(ar)) for en, ar in pairs]
    t0, w0 = time.process_time(), time.perf_counter()
    for en, ar in copies:
        shared.append(_jaccard(_ids(_run(archive, en)), _ids(_run(archive, ar))))
    stage_seconds, stage_wall = time.process_time() - t0, time.perf_counter() - w0
    alone = [_jaccard(_ids(_run(entities_stage(), copy(en))),
                      _ids(_run(entities_stage(), copy(ar)))) for en, ar in pairs]
    scored = [s for s in shared if s is not None]
    scored_alone = [s for s in alone if s is not None]
    return {
        "documents": len(docs),
        "pairs_with_entities": len(scored),
        "jaccard_archive": round(statistics.mean(scored), 3) if scored else None,
        "jaccard_independent": round(statistics.mean(scored_alone), 3) if scored_alone else None,
        "sentences": sentences,
        "ner_sentences_per_cpu_second": round(sentences / ner_seconds, 1),
        "ner_and_linking_sentences_per_cpu_second": round(sentences / stage_seconds, 1),
        "ner_and_linking_sentences_per_wall_second": round(sentences / stage_wall, 1),
    }


if __name__ == "__main__":
    print(main())
