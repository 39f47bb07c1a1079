"""Growth of the entity steps with the number of names in one article.

Generates an article of N distinct people (a titled full name with an age, later the surname
alone), organisations named after some of them ("<Surname> Group"), streets and a list under a
plural title every tenth person, and times, one process, CPU seconds:

* ``find_referents`` alone (the mentions given), and
* ``Linker.link`` (referents, knowledge base, cross-script context), a fresh memory per N.

It also counts mentions whose offsets do not index the text (must be 0). Names are made of
random syllables (fixed seed), so nothing is in the knowledge base.

    python -m bench.names_scale [--people 1000 2000 4000]
"""

from __future__ import annotations

import argparse
import random
import time

from dragoman.model import EntityType, Mention

_SYLLABLES = ("ka", "lo", "mi", "ren", "ta", "vo", "shi", "ber", "dan", "gu", "pel", "tor",
              "win", "zel", "mar", "ost", "fen", "ril")


def article(people: int, seed: int = 3) -> tuple[str, list[Mention]]:
    """The generated text and its mentions (as NER would give them, all scored 0.9)."""
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()

    names: set[tuple[str, str]] = set()
    while len(names) < people:
        names.add((word(), word()))
    parts: list[str] = []
    spans: list[tuple[int, int, str, EntityType]] = []
    at = 0

    def add(piece: str, label: EntityType | None = None) -> None:
        nonlocal at
        if label:
            spans.append((at, at + len(piece), piece, label))
        parts.append(piece)
        at += len(piece)

    for i, (given, surname) in enumerate(sorted(names)):
        add("Minister ")
        add(f"{given} {surname}", "PER")
        add(", 45, said the ")
        if i % 2:
            add(f"{surname} Group", "ORG")
        else:
            add("group")
        add(" was late. ")
        add(surname, "PER")
        add(" left for ")
        add(f"{word()} Avenue", "LOC")
        add(". ")
        if i % 10 == 0:
            add("Judges ")
            add(word(), "PER")
            add(", ")
            add(word(), "PER")
            add(" and ")
            add(word(), "PER")
            add(" ruled. ")
    text = "".join(parts)
    return text, [Mention(a, b, t, label, None, 0.9) for a, b, t, label in spans]


def run(people: list[int]) -> list[dict[str, float]]:
    from dragoman.entities.linking import Linker
    from dragoman.entities.memory import Memory
    from dragoman.entities.referents import find_referents

    rows = []
    for n in people:
        text, mentions = article(n)
        start = time.process_time()
        find_referents(text, mentions, "en", lambda name, towns: None)
        referents_s = time.process_time() - start
        start = time.process_time()
        linked, _ = Linker(memory=Memory()).link(text, mentions, language="en")
        link_s = time.process_time() - start
        wrong = sum(text[m.start:m.end] != m.text for m in linked)
        rows.append({"people": n, "mentions": len(mentions), "referents_cpu_s": round(referents_s, 2),
                     "link_cpu_s": round(link_s, 2), "offset_errors": wrong})
        print(rows[-1], flush=True)
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, nargs="+", default=[1000, 2000, 4000])
    run(parser.parse_args().people)
