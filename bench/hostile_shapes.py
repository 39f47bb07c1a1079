"""Time and counts of ``dragoman.analyze`` on hostile generated shapes (issues 14 and 16, "Bad input").

Each shape is a generated text (no data read): unbalanced quotation marks, an article inside one
quotation, quotations nested five deep, 10,000 quotations, 1,000 names in one sentence, all-caps
headlines, a table of names, mixed scripts, long Arabic and German reported speech. For each: its
length, the process CPU seconds of one ``analyze`` call, and how many entities and quotations it
gave (a flood of either is junk). Compare two code versions by running it twice, the second time
with ``PYTHONPATH`` on the other version's ``src`` (``git archive REV src | tar -x -C DIR``).

    python -m bench.hostile_shapes
"""

from __future__ import annotations

import json
import random
import time


def shapes() -> dict[str, tuple[str, str | None]]:
    """Shape name -> (text, language code or None for detection)."""
    rng = random.Random(7)
    first = ["Anna", "Jürgen", "Mohammed", "Li", "Olga", "Pierre", "Carmen", "Kofi", "Sven", "Aiko"]
    last = ["Schmidt", "Haddad", "Wang", "Petrova", "Dubois", "García", "Mensah", "Larsen", "Tanaka",
            "Kowalski"]

    def name() -> str:
        return f"{rng.choice(first)} {rng.choice(last)}"

    return {
        "unbalanced_de": ("Der Minister sagte: „Wir werden das prüfen. " * 300, "de"),
        "unbalanced_en": ('The minister said, "We will look at it. ' * 300, "en"),
        "whole_quoted_en": ('"' + "The council met on Monday and approved the budget, officials said. " * 200
                            + '"', "en"),
        "nested5": ("He said \"she said 'they said «we said „I said ‹no›“»'\" today\". " * 100, "en"),
        "quotes10k": (" ".join(f'"Point {i}," said Anna Schmidt.' for i in range(10000)), "en"),
        "names1000": ("Present were " + ", ".join(name() for _ in range(1000)) + ".", "en"),
        "allcaps": ("BREAKING: MERKEL MEETS MACRON IN PARIS AS TALKS STALL\n" * 200, "en"),
        "table_de": ("\n".join(f"{name()} | Berlin | 12 | 34" for _ in range(2000)), "de"),
        "mixed_scripts": (" ".join("Mohammed محمد Schmidt Шмидт 王 said" for _ in range(1500)), None),
        "ar_long": ("قال الرئيس محمد إن " * 3000, "ar"),
        "de_reported": ("Der Sprecher sagte, dass die Regierung das Gesetz ändern werde, und fügte hinzu, "
                        "es sei dringend. " * 400, "de"),
    }


def main() -> dict[str, dict[str, float | int]]:
    import dragoman

    dragoman.analyze("NATO met in Brussels.", "en")  # loads the models outside the timings
    out: dict[str, dict[str, float | int]] = {}
    for label, (text, lang) in shapes().items():
        started = time.process_time()
        article = dragoman.analyze(text, lang)
        out[label] = {"chars": len(text), "cpu_s": round(time.process_time() - started, 2),
                      "entities": len(article.entities), "quotes": len(article.quotes)}
        print(label, json.dumps(out[label]), flush=True)
    return out


if __name__ == "__main__":
    main()
