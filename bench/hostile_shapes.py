"""Time and counts of ``dragoman.analyze`` on hostile generated shapes (issues 14 and 16, "Bad input").

Each shape is a generated text (no data read): unbalanced quotation marks, an article inside one
quotation, quotations nested five deep, 10,000 quotations, 1,000 names in one sentence, all-caps
headlines, a table of names, mixed scripts, long Arabic and German reported speech, a page-long
line of German quotations, 10,000 role markers or cues in one sentence, 3,000 English statements
with a second cue on one line, 10,000 quotations of one "she" (in one paragraph and as an
interview), and the realistic lists of names (300 one per line, 200 in one sentence; English and
German). For each: its
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
        # one 198,000-character line of short German quotations, and 10,000 role markers in one
        # sentence: each quotation or marker used to read the whole page or sentence again
        "de_quotes_one_line": ("Im Roman „Die Wand“ erzählt sie. „Bio“ bedeutet wenig, zeigt eine Studie. "
                               "Kern, Ute: „Wir gehen“ 2019 Verlag. " * 1800, "de"),
        "de_markers10k": ("„Wir wachsen“, " + "so der Firmenchef, " * 10000 + "sagte Anna Roth.", "de"),
        "en_added3000": (" ".join(["Kim said the plan was good and added, “It works.”"] * 3000), "en"),
        "de_cues10k": (" ".join(["sagte Kimmich"] * 10000), "de"),
        "en_pronoun10k": ("Maria Lopez spoke. " + "“Yes,” she said. " * 10000, "en"),
        "en_interview10k": ("Maria Lopez spoke.\n"
                            + "What do the workers in the mill want?\n“Yes,” she said.\n" * 10000, "en"),
        **_realistic_lists(),
    }


def _realistic_lists() -> dict[str, tuple[str, str | None]]:
    """Pages an analyst does meet: a list of 300 people one per line, one sentence naming
    200, in English and German (names of 20 x 20 parts, so most are distinct)."""
    rng = random.Random(11)
    given = ["Marta", "Jonas", "Elena", "Tomas", "Ingrid", "Pavel", "Lucia", "Omar", "Nadia", "Viktor",
             "Helga", "Ruben", "Sofia", "Anton", "Greta", "Milan", "Ilse", "Bruno", "Karin", "Felix"]
    family = ["Kovalenko", "Brandt", "Oyelaran", "Marchetti", "Lindqvist", "Novak", "Ferreira",
              "Albrecht", "Zeller", "Moreau", "Castillo", "Nyberg", "Okafor", "Reinholt", "Sandoval",
              "Tillmann", "Varga", "Wieland", "Yilmaz", "Hartung"]

    def names(n: int) -> list[str]:
        return [f"{rng.choice(given)} {rng.choice(family)}" for _ in range(n)]

    return {
        "lines300_en": ("Delegates registered for the congress:\n" + "\n".join(names(300)), "en"),
        "lines300_de": ("Angemeldete Delegierte des Kongresses:\n" + "\n".join(names(300)), "de"),
        "names200_en": ("The petition was signed by " + ", ".join(names(199)) + " and "
                        + names(1)[0] + ".", "en"),
        "names200_de": ("Die Petition unterschrieben " + ", ".join(names(199)) + " und "
                        + names(1)[0] + ".", "de"),
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
