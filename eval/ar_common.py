"""The Arabic everyday-word list of ``entities/arabicword.py`` (issue 14: Arabic everyday
words learned as names, "الكنائس", "بيانه", "وسيرمي").

    nice -n 10 .venv/bin/python -m eval.ar_common

Data: the train files of the Arabic NER sets in ``../shared/data/ner`` (ANERcorp, news;
AQMAR and WikiFANE, Wikipedia; the Wojood sample), training data only: no dev or test file,
and none of the NTREX pages. NewsFANE is left out: it is ANERcorp's text again. Each token is
folded as the linker folds it (``kb.token_key``: letter variants, the article ال dropped).

A folded word is *everyday* when the sets tag it outside names (``O``) at least ``MIN_OUTSIDE``
times and more than ``NAME_MARGIN`` times as often as inside names: "كنائس" (churches),
"بيان" (statement), "يرمي" (throws); not "محيط" (ocean, also in المحيط الهادئ), "حزب" or
"محمد". Every other word seen at least ``MIN_OUTSIDE`` times in all is *known*: the sets
have a verdict on it as written, so the linker does not read it without a clitic ("وزارة" is
not و + "زارة"). An everyday word the sets open a person's name with (``B-PER``, written
without the article) at least ``MIN_GIVEN`` times is also a given name (``G``): "أمل" (hope),
"علي" (folded as "على", on), "رمضان"; before another word it makes a name ("أمل سلام"). Known
words the sets tag as a whole name of one word with the article ("النجف") more often than
they use them outside names, at least ``MIN_OUTSIDE`` times, are one-word names (``N``):
"نجف" (Najaf), not "هادي" (calm, inside "المحيط الهادئ"; the given name Hadi without the
article) nor "محيط" (ocean, the head of longer names); one such word with the article founds
an entity on a lower NER score. The file, ``KIND word`` a line (``E`` everyday, ``G`` everyday
and a given name, ``N`` one-word name, ``K`` other known words), sorted, is written to
``src/dragoman/entities/models/ar-common.txt.gz``.
"""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

from dragoman.entities.kb import token_key
from eval.train_ner import NER_DATA, read_conll

OUT = Path(__file__).resolve().parents[1] / "src" / "dragoman" / "entities" / "models" / "ar-common.txt.gz"
TRAIN_FILES = ("anercorp-train.txt", "aqmar-train.txt", "wikifane-train.txt", "wojood-sample-train.txt")
# Set by hand before the NTREX dev figures were read (a word seen three times, mostly outside
# names). Checked on the NTREX-128 en-ar dev pairs only: 2 removed one more junk name ("كلتا
# الكنيستين") for a list of 25,683 words (81 kB); 3 kept: 17,611 words (56 kB).
MIN_OUTSIDE = 3
NAME_MARGIN = 2
# Set by hand from the sets' own counts and invented probes, not on NTREX (whose dev figure
# is the same with 2 or 3): 2 keeps "نجاح" and "سلام" (Najah Salam), 3 only "أمل", "علي". A
# given name also opens at least ``GIVEN_SHARE`` of its uses' persons ("علي", also "على" on:
# 112 of 7,489), which keeps out "رئيس" (president: 2 of 737) and "من" (3 of 14,735).
MIN_GIVEN = 2
GIVEN_SHARE = 0.01


def counts() -> tuple[Counter[str], Counter[str], Counter[str], Counter[str]]:
    """Folded word -> times tagged outside names, inside names, first in a person's name
    (written without the article), a whole one-word name written with the article."""
    outside: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    given: Counter[str] = Counter()
    opens: Counter[str] = Counter()
    for name in TRAIN_FILES:
        for tokens, tags in read_conll(NER_DATA / name):
            for token, tag, after in zip(tokens, tags, [*tags[1:], "O"], strict=True):
                key = token_key(token)
                if key and any("\u0621" <= c <= "\u064a" for c in key):
                    (outside if tag == "O" else inside)[key] += 1
                    if tag == "B-PER" and not token.startswith(("ال", "لل")):  # nor "للشيخ"
                        given[key] += 1
                    opens[key] += (tag.startswith("B-") and not after.startswith("I-")
                                   and token.startswith("ال"))
    return outside, inside, given, opens


def kinds(outside: Counter[str], inside: Counter[str], given: Counter[str], opens: Counter[str]
          ) -> list[str]:
    """``E``, ``G``, ``N`` and ``K`` lines (see the module docstring)."""
    lines = []
    for word in sorted(set(outside) | set(inside)):
        if outside[word] >= MIN_OUTSIDE and outside[word] > NAME_MARGIN * inside[word]:
            named = given[word] >= max(MIN_GIVEN, GIVEN_SHARE * outside[word]) and len(word) > 1
            lines.append(f"{'G' if named else 'E'} {word}")
        elif opens[word] >= MIN_OUTSIDE and opens[word] > outside[word]:
            lines.append(f"N {word}")
        elif outside[word] + inside[word] >= MIN_OUTSIDE:
            lines.append(f"K {word}")
    return lines


def main() -> None:
    lines = kinds(*counts())
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(lines) + "\n")
    print(f"{len(lines)} words -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
