"""Load test of the web application and API: search and story pages over 10,000 articles.

    python -m bench.load [--articles 10000] [--requests 600] [--threads 4] [--seconds 60]

Bounded and loopback only: it serves a temporary archive with ``dragoman serve`` on
127.0.0.1 (rate limit off), sends a fixed number of requests from a few client threads
(stopping early at the time limit), and reports requests/s and latency percentiles per
endpoint to bench/results/load.json.

The archive is filled directly through the store with generated articles (original
template text in en/fr/es/ar, with stories, storylines, entity mentions and quotations
already assigned), skipping the analysis stages: this measures serving, not analysis
(bench/ingest.py measures that).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote

from dragoman.model import Article, Entity, Mention, Quote
from dragoman.store.sqlite import SQLiteStore

RESULTS = Path(__file__).parent / "results" / "load.json"
# Words per language for the generated text (original, not taken from any corpus).
WORDS = {lang: words.split() for lang, words in {
    "en": ("council harbour budget bridge talks ministers water prices flooding union "
           "hospital funding election inquiry ceasefire grain corridor summit energy grid "
           "schools repairs museum railway strike court"),
    "fr": ("conseil port budget pont négociations ministres eau prix inondations syndicat "
           "hôpital financement élection enquête cessez-le-feu céréales sommet énergie réseau "
           "écoles travaux musée grève tribunal"),
    "es": ("consejo puerto presupuesto puente negociaciones ministros agua precios "
           "inundaciones sindicato hospital financiación elección investigación alto-el-fuego "
           "grano cumbre energía red escuelas obras museo huelga tribunal"),
    "ar": ("المجلس الميناء الميزانية الجسر المفاوضات الوزراء المياه الأسعار الفيضانات النقابة "
           "المستشفى التمويل الانتخابات التحقيق الهدنة الحبوب الممر القمة الطاقة الشبكة المدارس "
           "الإصلاحات المتحف الإضراب المحكمة"),
}.items()}
PEOPLE = ["Mira Holm", "Tarek Aziz", "Lena Brandt", "Ousmane Diallo", "Sofia Reyes",
          "Pavel Novak", "Ana Lucas", "Idris Kamal", "Jonas Berg", "Rania Saleh"]


# Made-up words added to each language's list, so that term frequencies fall off as in
# real text (Zipf) and a query matches a realistic share of the archive.
RARE_WORDS = 4000
SYLLABLES = {"en": ["ka", "ro", "tel", "mun", "sa", "ver", "din", "lo", "pra", "ste"],
             "fr": ["ra", "mé", "lon", "tri", "sou", "vé", "gar", "nel", "po", "che"],
             "es": ["ta", "ri", "ca", "mon", "du", "ve", "lo", "pre", "nas", "que"],
             "ar": ["كا", "رو", "تل", "من", "سا", "فر", "دن", "لو", "بر", "ست"]}


def vocabulary(rng: random.Random) -> dict[str, tuple[list[str], list[float]]]:
    """Per language: words, and Zipf weights (the common words first)."""
    out = {}
    for lang, common in WORDS.items():
        syll = SYLLABLES[lang]
        rare = sorted({"".join(rng.choice(syll) for _ in range(rng.randint(2, 4)))
                       for _ in range(RARE_WORDS)})
        words = common + [w for w in rare if w not in common]
        out[lang] = (words, [1.0 / (rank + 1) for rank in range(len(words))])
    return out


def generate(path: Path, count: int, seed: int = 7) -> tuple[list[str], list[str]]:
    """Fill a new archive with ``count`` articles in stories of about 10.

    Returns the story ids and search terms (common and mid-frequency words, two-word
    phrases) to query.
    """
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    store = SQLiteStore(path)
    stories: list[str] = []
    entities = {p: Entity(f"b-{i}", p, "PER") for i, p in enumerate(PEOPLE)}
    for i in range(count):
        if i % 10 == 0:
            stories.append(f"bench-story-{len(stories)}")
        lang = rng.choice(list(WORDS))
        words, weights = vocab[lang]
        person = rng.choice(PEOPLE)
        paragraphs = [" ".join(rng.choices(words, weights, k=rng.randint(25, 45))) + "."
                      for _ in range(rng.randint(3, 6))]
        lead = f"{person}: " + paragraphs[0]
        text = "\n\n".join([lead, *paragraphs[1:]])
        day = 1 + (i // 10) % 28
        article = Article(
            id=f"b{i:06d}", source="bench", text=text, language=lang,
            title=" ".join(rng.choices(words, weights, k=7)),
            published=f"2024-05-{day:02d}T{rng.randint(0, 23):02d}:00:00",
            published_confidence=1.0, story_id=stories[-1],
            storyline_id=f"bench-line-{len(stories) // 5}")
        article.mentions.append(Mention(0, len(person), person, "PER", entities[person].id))
        article.entities.append(entities[person])
        q_start = len(person) + 2
        article.quotes.append(Quote(q_start, q_start + 40, text[q_start:q_start + 40], True,
                                    speaker_id=entities[person].id, speaker_name=person))
        store.put_article(article)
    store.close()
    terms = [t for lang in WORDS for t in (vocab[lang][0][3], vocab[lang][0][60],
                                           vocab[lang][0][400],
                                           f"{vocab[lang][0][1]} {vocab[lang][0][30]}")]
    return stories, terms


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def hammer(base: str, paths: list[str], threads: int, seconds: float) -> dict[str, Any]:
    """GET every path once, spread over ``threads`` clients; stop at ``seconds``."""
    latencies: list[float] = []
    failures = 0
    lock = threading.Lock()
    queue = list(reversed(paths))
    deadline = time.monotonic() + seconds

    def client() -> None:
        nonlocal failures
        while time.monotonic() < deadline:
            with lock:
                if not queue:
                    return
                path = queue.pop()
            t0 = time.perf_counter()
            try:
                with urllib.request.urlopen(base + path, timeout=30) as r:
                    r.read()
                    ok = r.status == 200
            except OSError:
                ok = False
            elapsed = time.perf_counter() - t0
            with lock:
                latencies.append(elapsed)
                failures += not ok

    start = time.perf_counter()
    workers = [threading.Thread(target=client) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    wall = time.perf_counter() - start
    return {
        "requests": len(latencies), "failures": failures, "seconds": round(wall, 2),
        "requests_per_s": round(len(latencies) / wall, 1) if wall else 0.0,
        "p50_ms": round(statistics.median(latencies) * 1000, 1) if latencies else None,
        "p95_ms": round(_percentile(latencies, 0.95) * 1000, 1) if latencies else None,
    }


def main() -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=600, help="per endpoint group")
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=60.0, help="limit per group")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--db", type=Path, default=None,
                        help="keep the generated archive here and reuse it when present")
    args = parser.parse_args()
    rng = random.Random(11)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "load.db"
        t0 = time.perf_counter()
        if args.db is not None and db.exists():
            stories, terms = generate(Path(tmp) / "dry.db", 0)  # the terms only
            stories = [f"bench-story-{i}" for i in range((args.articles + 9) // 10)]
        else:
            stories, terms = generate(db, args.articles)
        fill_s = time.perf_counter() - t0
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [sys.executable, "-c", "from dragoman.cli import main; main()", "--db", str(db),
             "serve", "--host", "127.0.0.1", "--port", str(port), "--rate-limit", "0"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={**os.environ, "DRAGOMAN_WRITE_TOKEN": ""})
        try:
            for _ in range(150):
                try:
                    urllib.request.urlopen(base + "/api/v1/health", timeout=2).read()
                    break
                except OSError:
                    time.sleep(0.2)
            n = args.requests
            def searches(path: str, count: int, mode: str) -> list[str]:
                return [f"{path}?q={quote(rng.choice(terms))}&mode={mode}" for _ in range(count)]

            # Hybrid search embeds word windows of its candidates at query time and runs
            # one query at a time: it gets fewer requests.
            groups = {
                "search page, keyword (/search)": searches("/search", n, "keyword"),
                "search API, keyword (/api/v1/search)": searches("/api/v1/search", n, "keyword"),
                "search API, hybrid (/api/v1/search)": searches("/api/v1/search", n // 20,
                                                                "hybrid"),
                "story page (/stories/{id})": [f"/stories/{rng.choice(stories)}"
                                               for _ in range(n)],
                "story API (/api/v1/stories/{id})": [f"/api/v1/stories/{rng.choice(stories)}"
                                                     for _ in range(n)],
                "stories of the week (/)": ["/" for _ in range(n // 4)],
            }
            results = {name: hammer(base, paths, args.threads, args.seconds)
                       for name, paths in groups.items()}
        finally:
            server.terminate()
            server.wait(timeout=10)
    report = {"articles": args.articles, "threads": args.threads, "fill_seconds": round(fill_s, 1),
              "cpus": os.cpu_count(),
              # The machine's 1-minute load average around the run (other work competes).
              "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)],
              "results": results}
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return report


if __name__ == "__main__":
    main()
