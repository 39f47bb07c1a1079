"""Synthetic news stream: story clustering quality and throughput as the archive grows.

Two parts, reported separately because embedding 100,000 articles with USE would
take hours on this 2-core machine:

1. ``text``: articles generated from templates in four languages (en, fr, es, ar)
   over many events and days, embedded with the real USE backend (headline +
   lead) and placed by ``StoryService`` on an in-memory SQLite store: B-cubed F1
   against the generating event and end-to-end articles/s (embedding +
   clustering + storage).
2. ``scaling``: the clustering alone (``Clusterer`` + ``LanguageCentering``) on
   synthetic vectors standing in for embeddings (an event direction plus noise
   plus a per-language offset, tuned so that same-event cosines resemble USE's),
   streamed in date order at 100 new events a day: articles/s for each block of
   10,000 articles, active (indexed) stories, peak RSS, and B-cubed F1.

    python -m bench.stream [--articles 100000] [--text-events 60] [--out bench/results/stream.json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from dragoman.model import Article

CITIES = ["Valencia", "Porto", "Gdansk", "Izmir", "Mombasa", "Recife", "Da Nang", "Odesa",
          "Tangier", "Bergen", "Cebu", "Durban", "Lyon", "Basra", "Quito", "Tromsø"]
CITIES_AR = ["فالنسيا", "بورتو", "غدانسك", "إزمير", "مومباسا", "ريسيفي", "دا نانغ", "أوديسا",
             "طنجة", "بيرغن", "سيبو", "ديربان", "ليون", "البصرة", "كيتو", "ترومسو"]
# event kind -> language -> (title template, lead template)
TEMPLATES: dict[str, dict[str, tuple[str, str]]] = {
    "flood": {
        "en": ("Floods hit {city} after days of rain",
               "Rivers burst their banks in {city} on {weekday}, flooding {n} homes and cutting "
               "roads. Rescue teams evacuated residents by boat."),
        "fr": ("Des inondations frappent {city} après des jours de pluie",
               "Les rivières ont débordé à {city}, inondant {n} maisons et coupant les routes. "
               "Les secours ont évacué les habitants en bateau."),
        "es": ("Inundaciones en {city} tras días de lluvia",
               "Los ríos se desbordaron en {city}, inundando {n} viviendas y cortando carreteras. "
               "Los equipos de rescate evacuaron a los vecinos en barca."),
        "ar": ("فيضانات تضرب {city} بعد أيام من الأمطار",
               "فاضت الأنهار في {city} وغمرت المياه {n} منزلا وقطعت الطرق. وأجلت فرق الإنقاذ "
               "السكان بالقوارب."),
    },
    "strike": {
        "en": ("Dock workers strike at the port of {city}",
               "Thousands of dock workers walked out in {city} demanding higher pay; {n} ships "
               "are waiting to unload."),
        "fr": ("Grève des dockers au port de {city}",
               "Des milliers de dockers ont cessé le travail à {city} pour réclamer des hausses "
               "de salaire ; {n} navires attendent d'être déchargés."),
        "es": ("Huelga de estibadores en el puerto de {city}",
               "Miles de estibadores pararon en {city} para exigir subidas salariales; {n} "
               "barcos esperan para descargar."),
        "ar": ("إضراب عمال الموانئ في ميناء {city}",
               "أضرب آلاف من عمال الموانئ في {city} للمطالبة بزيادة الأجور، وتنتظر {n} سفينة "
               "تفريغ حمولتها."),
    },
    "fire": {
        "en": ("Forest fire forces evacuations near {city}",
               "A wildfire fanned by strong winds burned {n} hectares of forest near {city}, and "
               "firefighters ordered villages to evacuate."),
        "fr": ("Un feu de forêt force des évacuations près de {city}",
               "Un incendie attisé par des vents violents a brûlé {n} hectares de forêt près de "
               "{city} et les pompiers ont fait évacuer des villages."),
        "es": ("Un incendio forestal obliga a evacuar cerca de {city}",
               "Un incendio avivado por fuertes vientos quemó {n} hectáreas de bosque cerca de "
               "{city} y los bomberos ordenaron evacuar varios pueblos."),
        "ar": ("حريق غابات يفرض عمليات إجلاء قرب {city}",
               "التهم حريق أججته رياح قوية {n} هكتار من الغابات قرب {city}، وأمر رجال الإطفاء "
               "بإجلاء القرى."),
    },
    "election": {
        "en": ("{city} elects a new mayor",
               "Voters in {city} chose a new mayor on {weekday} with {n} percent of the vote, "
               "ending twelve years of rule by the same party."),
        "fr": ("{city} élit un nouveau maire",
               "Les électeurs de {city} ont choisi un nouveau maire avec {n} % des voix, mettant "
               "fin à douze ans de règne du même parti."),
        "es": ("{city} elige a un nuevo alcalde",
               "Los votantes de {city} eligieron a un nuevo alcalde con el {n} % de los votos, "
               "poniendo fin a doce años de gobierno del mismo partido."),
        "ar": ("{city} تنتخب رئيس بلدية جديدا",
               "اختار الناخبون في {city} رئيس بلدية جديدا بنسبة {n} في المئة من الأصوات، منهين "
               "اثني عشر عاما من حكم الحزب نفسه."),
    },
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
START = date(2025, 1, 1)


def text_stream(events: int, seed: int = 5) -> list[tuple[int, Article]]:
    """(event, article) pairs: each event has 2-5 articles in random languages over 1-3 days."""
    rng = np.random.default_rng(seed)
    kinds = sorted(TEMPLATES)
    out: list[tuple[int, date, Article]] = []
    for e in range(events):
        kind, c = kinds[e % len(kinds)], int(rng.integers(len(CITIES)))
        day = START + timedelta(days=int(e // 6))
        n = int(rng.integers(20, 900))
        for k in range(int(rng.integers(2, 6))):
            lang = ["en", "fr", "es", "ar"][int(rng.integers(4))]
            title, lead = TEMPLATES[kind][lang]
            city = CITIES_AR[c] if lang == "ar" else CITIES[c]
            when = day + timedelta(days=int(rng.integers(0, 3)))
            fill = {"city": city, "n": n, "weekday": WEEKDAYS[when.weekday()]}
            text = lead.format(**fill)
            out.append((e, when, Article(id=f"e{e}-{k}", source=f"bench:{e}:{k}", text=text,
                                         title=title.format(**fill), language=lang,
                                         language_score=1.0, published=when.isoformat())))
    out.sort(key=lambda item: (item[1], item[2].id))
    return [(e, a) for e, _, a in out]


def run_text(events: int) -> dict[str, object]:
    """Ingest the template stream through the archive (all analysis stages), then time
    embedding + placement of every article."""
    import tempfile

    from eval.stories import bcubed

    from dragoman.archive import Archive
    from dragoman.settings import Settings
    from dragoman.stories.embed import get_embedder

    stream = text_stream(events)
    get_embedder("use").embed(["warm-up"])
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "stream.db")
        # the analysis stages without the stories step, which is timed below
        with Archive(db, settings=Settings(stories=False)) as analysed:
            analysed.ingest_records([a for _, a in stream])
        archive = Archive(db, settings=Settings(stories=True))
        t0, c0 = time.perf_counter(), time.process_time()
        placed = archive.update_stories()
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        stories = {a.id: a.story_id for a in archive.articles()}
        archive.close()
    gold = [str(e) for e, _ in stream]
    predicted = [stories[a.id] or a.id for _, a in stream]
    return {"articles": placed, "events": events,
            "articles_per_s": round(placed / seconds, 1),
            "articles_per_cpu_s": round(placed / cpu, 1),
            "bcubed": bcubed(gold, predicted), "stories": len(set(predicted))}


def vector_stream(total: int, dim: int = 512, per_day: int = 100, seed: int = 11):
    """Yields (event, day, lang, vector) in date order; each event lasts up to 3 days."""
    rng = np.random.default_rng(seed)
    langs = ["en", "fr", "es", "ar"]
    offsets = {lang: rng.standard_normal(dim).astype(np.float32) * 0.03 for lang in langs}
    # noise 0.035 per dimension gives same-event cosines of about 0.6-0.75 (USE translations
    # on ntrex-en-ar: 0.55-0.95, median 0.74)
    noise = 0.035
    produced, event, day = 0, 0, START
    pending: list[tuple[date, int, np.ndarray]] = []
    while produced < total:
        for _ in range(per_day):
            centre = rng.standard_normal(dim).astype(np.float32) / np.sqrt(dim)
            for _k in range(int(rng.integers(1, 9))):
                pending.append((day + timedelta(days=int(rng.integers(0, 3))), event, centre))
            event += 1
        today = [p for p in pending if p[0] == day]
        pending = [p for p in pending if p[0] != day]
        for when, ev, centre in today:
            lang = langs[int(rng.integers(4))]
            v = centre + noise * rng.standard_normal(dim).astype(np.float32) + offsets[lang]
            yield ev, when, lang, v / np.linalg.norm(v)
            produced += 1
            if produced >= total:
                return
        day += timedelta(days=1)


def run_scaling(total: int, block: int = 10_000) -> dict[str, object]:
    from eval.stories import bcubed

    from dragoman.stories.cluster import Clusterer
    from dragoman.stories.embed import LanguageCentering

    clusterer = Clusterer(512)
    centering = LanguageCentering(512)
    gold: list[str] = []
    predicted: list[str] = []
    blocks = []
    t0, c0 = time.perf_counter(), time.process_time()
    for n, (event, when, lang, vector) in enumerate(vector_stream(total), start=1):
        article = Article(id=f"v{n}", source="bench", text="", language=lang,
                          published=when.isoformat())
        centering.observe(vector, lang)
        placed = clusterer.assign(article, centering.center(vector, lang))
        gold.append(str(event))
        predicted.append(placed.story_id)
        if n % block == 0:
            clusterer.drain()  # what the service does after each batch
            now, cpu = time.perf_counter(), time.process_time()
            blocks.append({"articles": n, "articles_per_s": round(block / (now - t0), 1),
                           "articles_per_cpu_s": round(block / (cpu - c0), 1),
                           "active_stories": len(clusterer.stories),
                           "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                                               / 1024, 1)})
            t0, c0 = now, cpu
    return {"articles": len(gold), "events": len(set(gold)), "blocks": blocks,
            "bcubed": bcubed(gold, predicted), "stories": len(set(predicted))}


def main(argv: list[str] | None = None) -> dict[str, object]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--text-events", type=int, default=60)
    ap.add_argument("--out", default="bench/results/stream.json")
    args = ap.parse_args(argv)
    results: dict[str, object] = {
        "load_average_at_start": round(os.getloadavg()[0], 2), "cpus": os.cpu_count(),
        "text": run_text(args.text_events), "scaling": run_scaling(args.articles),
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2))
    print(json.dumps(results, indent=2))
    return results


if __name__ == "__main__":
    main()
