"""Generated news pages for the scale benchmark (``bench/scale.py``): an endless, dated stream.

Page ``i`` is a pure function of ``(seed, i)``, so a fill can stop and resume and a probe
is always "the next pages of the stream". Names, places and organisations are drawn from
large combinatorial pools (about 2,300 people, 480 places, 3,800 organisations), so the
entity memory, the story index and the near-duplicate index all grow with the archive as
they would on a real feed; one page in ``COPY_EVERY`` is a near-duplicate (a few words
edited, sometimes truncated) of a recent page from another site. Every text is produced
from the original templates below.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from html import escape

from dragoman.model import RawPage

# Minutes between two pages of the stream: 144 pages a day, so 100k pages span ~23 months
# and the story windows (days) hold a bounded share of the archive, as on a real feed.
STEP_MINUTES = 10
# One page in this many copies a recent one (syndicated agency copy).
COPY_EVERY = 10
# A copy takes its original from this many pages back at most.
COPY_REACH = 60
START = datetime(2023, 1, 2, 6, tzinfo=UTC)

_FIRST = ["Aino", "Bruno", "Celia", "Dario", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas",
          "Kalani", "Lionel", "Marisol", "Nikolai", "Oona", "Pavel", "Quentin", "Rosa", "Samir",
          "Tilda", "Ugo", "Vesna", "Wanda", "Xavier", "Yara", "Zoltan", "Adele", "Bogdan",
          "Carmen", "Dieter", "Esther", "Fabian", "Gideon", "Halima", "Ivan", "Judith",
          "Kenji", "Lucia", "Matteo", "Noor", "Otto", "Priya", "Rafael", "Sigrid", "Tomas",
          "Ulla", "Viktor", "Wiebke"]  # fmt: skip
_LAST = ["Aldana", "Brandt", "Castell", "Dragomir", "Eskildsen", "Ferreira", "Grabowski",
         "Holloway", "Iversen", "Jankovic", "Kowalczyk", "Lindgren", "Moreau", "Nakamura",
         "Oyelaran", "Petrakis", "Quiroga", "Rasmussen", "Santoro", "Thorvald", "Umarov",
         "Vasquez", "Whitfield", "Xenakis", "Yilmaz", "Zubiri", "Achterberg", "Bellamy",
         "Cardoso", "Delacroix", "Engstrom", "Fontaine", "Gallagher", "Haugland", "Ishikawa",
         "Jovanovic", "Keller", "Lombardi", "Mendoza", "Novak", "Okafor", "Pellegrini",
         "Ruiz", "Sandoval", "Tanaka", "Uribe", "Valente", "Wojcik"]  # fmt: skip
_ROOTS = ["Aldmere", "Brightwater", "Caldera", "Dunholm", "Eastwick", "Fennmoor", "Glenrock",
          "Harrowgate", "Ivybridge", "Juniper Falls", "Kilbride", "Lowmarsh", "Millhaven",
          "Northcliff", "Oakhurst", "Pinecrest", "Queensferry", "Redwater", "Stonebury",
          "Thornfield", "Umberleigh", "Valecross", "Westmoor", "Yarrowby", "Zennor Point",
          "Ashcombe", "Belmont Ridge", "Corrigan", "Draymoor", "Elmstead", "Foxhollow",
          "Greywell", "Hollins", "Ironbridge", "Kestrel Mouth", "Larkspur", "Marlow Sands",
          "Nettlebed", "Orchard Vale", "Penmarch"]  # fmt: skip
_PREFIX = ["", "North ", "South ", "East ", "West ", "Upper ", "Lower ", "New ", "Old ",
           "Greater ", "Little ", "Port "]  # fmt: skip
_BODIES = ["water board", "school district", "transport authority", "chamber of commerce",
           "police department", "hospital trust", "housing association", "fire service"]
_THEMES = [
    ("a landslide", "the coastal road", "drainage works", "the repair budget"),
    ("a teachers' strike", "the primary schools", "pay talks", "the exam timetable"),
    ("a chemical spill", "the river estuary", "fish stocks", "the clean-up contract"),
    ("a new ferry route", "the island harbour", "crossing fares", "the winter timetable"),
    ("rising rents", "the old quarter", "tenant evictions", "the housing plan"),
    ("a cyber attack", "the council servers", "payroll records", "the recovery effort"),
    ("a drought", "the reservoir", "irrigation quotas", "the water ban"),
    ("a stadium project", "the former rail yard", "public subsidies", "the planning appeal"),
    ("a measles outbreak", "the children's clinic", "vaccination rates", "the school closures"),
    ("a wind farm plan", "the northern hills", "turbine noise", "the local referendum"),
    ("a pension reform", "the civil service", "early retirement", "the union ballot"),
    ("a bus company collapse", "the rural routes", "replacement services", "the rescue deal"),
]  # fmt: skip
_ACTS = ["unveiled a plan for", "raised concerns over", "called for an inquiry into",
         "voted to delay", "set aside funds for", "asked ministers about", "challenged the data on",
         "reached a deal on", "dismissed reports of", "ordered a review of"]  # fmt: skip
_TIMES = ["on Monday", "on Tuesday evening", "on Wednesday", "on Thursday", "late on Friday",
          "on Saturday", "over the weekend", "this morning"]  # fmt: skip
_ASIDES = ["citing figures seen by this newspaper", "as protesters gathered at the gates",
           "after an emergency session", "in a letter to residents",
           "despite objections from the auditors", "following weeks of delays",
           "with backing from neighbouring towns", "while the final bill is still disputed"]
_SPEECH = ["said", "told journalists", "said in a statement", "warned", "conceded", "argued"]
_LINES = ["people here are running out of patience", "the money is already committed",
          "we were never shown the full report", "the repairs will start next month",
          "this decision protects the most vulnerable", "the figures do not add up",
          "we will not accept another delay", "the town cannot afford to wait",
          "our staff did everything they could", "the public deserves the truth"]  # fmt: skip
_OUTLETS = ["Tidewater Gazette", "Upland Observer", "Capital Wire", "Harbour Lantern",
            "Morning Sentinel", "Borough Chronicle", "Crossroads Daily", "Estuary Post",
            "Ridge Reporter", "Lakeside Journal", "Frontier Tribune", "Civic Monitor"]
_SWAPS = ["officials", "locals", "campaigners", "engineers", "councillors", "critics"]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _place(rng: random.Random) -> str:
    return rng.choice(_PREFIX) + rng.choice(_ROOTS)


def _sentence(rng: random.Random, place: str, theme: tuple[str, ...], org: str) -> str:
    person, n = _person(rng), rng.randrange(4, 980)
    kind = rng.randrange(5)
    if kind == 0:
        return (f"{person}, who speaks for {org}, {rng.choice(_ACTS)} {theme[2]} in {place} "
                f"{rng.choice(_TIMES)}, {rng.choice(_ASIDES)}.")
    if kind == 1:
        return (f"\u201c{rng.choice(_LINES).capitalize()},\u201d {person} {rng.choice(_SPEECH)}, "
                f"adding that {n} families near {theme[1]} had written to {org}.")
    if kind == 2:
        return (f"Records show {org} spent {n} thousand on {theme[3]} {rng.choice(_TIMES)}, "
                f"{rng.choice(_ASIDES)}.")
    if kind == 3:
        return (f"In {place}, {person} {rng.choice(_SPEECH)} that {rng.choice(_LINES)}, "
                f"and {_person(rng)} {rng.choice(_ACTS)} {theme[3]}.")
    return (f"The dispute over {theme[0]} has cost {n} jobs, {rng.choice(_ASIDES)}; "
            f"{person} of {org} {rng.choice(_SPEECH)} {rng.choice(_LINES)}.")


def _original(seed: int, i: int) -> tuple[str, str, list[str]]:
    """(title, outlet, paragraphs) of stream page ``i`` (as if it were an original)."""
    rng = random.Random(f"{seed}:{i}")
    place, theme = _place(rng), rng.choice(_THEMES)
    org = f"the {place} {rng.choice(_BODIES)}"
    paragraphs = [" ".join(_sentence(rng, place, theme, org) for _ in range(rng.randint(2, 3)))
                  for _ in range(rng.randint(3, 5))]
    title = f"{place}: {org[4:].capitalize()} {rng.choice(_ACTS)} {theme[0]}"
    return title, rng.choice(_OUTLETS), paragraphs


def stream_page(seed: int, i: int) -> RawPage:
    """Page ``i`` of the stream: an original report, or (one in ``COPY_EVERY``) an edited
    copy of a recent page by another outlet."""
    title, outlet, paragraphs = _original(seed, i)
    if i % COPY_EVERY == COPY_EVERY - 1 and i > 0:
        rng = random.Random(f"{seed}:copy:{i}")
        src = max(0, i - rng.randint(1, COPY_REACH))
        title, source_outlet, paragraphs = _original(seed, src)
        outlet = rng.choice([o for o in _OUTLETS if o != source_outlet])
        words = " ".join(paragraphs).split(" ")
        for _ in range(rng.randint(1, 4)):
            words[rng.randrange(len(words))] = rng.choice(_SWAPS)
        paragraphs = [" ".join(words)]
        if rng.random() < 0.5:
            paragraphs = [paragraphs[0][: int(len(paragraphs[0]) * 0.75)].rsplit(" ", 1)[0] + "."]
    published = START + timedelta(minutes=STEP_MINUTES * i)
    slug = outlet.lower().replace(" ", "-")
    url = f"https://{slug}.example/{published:%Y/%m/%d}/{i:07d}"
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    html = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{escape(title)} | {escape(outlet)}</title>"
            f'<meta property="og:site_name" content="{escape(outlet)}">'
            f'<meta property="article:published_time" content="{published.isoformat()}">'
            f'<link rel="canonical" href="{url}"></head><body>'
            f'<nav><a href="/">Front page</a> <a href="/local">Local</a></nav>'
            f"<article><h1>{escape(title)}</h1>{body}</article>"
            f"<footer>\u00a9 {escape(outlet)}</footer></body></html>")  # fmt: skip
    return RawPage(url, html, kind="html", url=url, fetched_at=published)


def stream(seed: int, start: int, stop: int) -> list[RawPage]:
    return [stream_page(seed, i) for i in range(start, stop)]
