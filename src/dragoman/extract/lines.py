"""Body-or-chrome classifier for the lines of a page flattened to text.

A logistic model over line features (length, punctuation, link- and menu-like
tokens, repetition inside the line and across pages of the same site, position,
script). Its weights are fitted by ``eval/calibrate_lines.py`` on the Fundus
pages flattened to text, each line labelled automatically (body when it is in
the ground-truth body), and shipped in ``line_model.json`` with the held-out
figures of that fit.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dragoman.language.scripts import script_of

FEATURES: tuple[str, ...] = (
    "bias",
    "log_words",  # log(1 + word count)
    "short",  # 1 when the line has fewer than 4 words
    "ends_sentence",  # final . ! ? ؟ 。 (closing quotes allowed)
    "running",  # at least RUNNING_MIN_WORDS words and a final sentence mark
    "inner_punct",  # commas, semicolons, colons inside the line, per word
    "separators",  # | • · › » / (menus, breadcrumbs), per word
    "link_like",  # URLs, e-mail addresses, @handles, #tags
    "title_case",  # share of words starting with a capital (menus, headlines)
    "digit_share",  # share of characters that are digits
    "repeat_share",  # share of repeated words inside the line
    "position",  # 0 at the top of the page, 1 at the bottom
    "other_script",  # 1 when the line's script differs from the page's
    "seen_on_site",  # 1 when the same line occurs on another page of the same site
    # Dropped after measurement: the share of neighbouring lines that read as running
    # text lowered the held-out F1 (0.80 -> 0.77) and inflated short lines on trimmed pages.
)
# A line reads as running text with this many words and a final sentence mark.
RUNNING_MIN_WORDS = 8

_SENTENCE_END = re.compile(r"[.!?؟…。！？][\"'”’»)\]]*\s*$")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)
_INNER = re.compile(r"[,;:،؛，；：]")
_SEPARATORS = re.compile(r"[|•·›»/→]")
# Link-like tokens: URLs, e-mail addresses, handles and tags. The e-mail part is written so
# that a search costs linear time: ``\S+@\S+\.\w+`` (the same test but for a domain part
# over 255 characters) took minutes on one 200 k-character line without spaces.
_LINK = re.compile(r"https?://|www\.|\S@\S{1,255}\.\w|(?<!\w)[@#]\w+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LineModel:
    weights: tuple[float, ...]
    threshold: float  # body when the probability is at least this


def line_features(
    text: str, position: float, page_script: str, seen_on_site: bool = False
) -> tuple[float, ...]:
    """Feature vector of one line, in the order of FEATURES."""
    tokens = _WORD.findall(text)
    n = len(tokens)
    per_word = max(1, n)
    folded = [t.casefold() for t in tokens]
    repeat = 1 - len(set(folded)) / n if n else 0.0
    script = script_of(text)
    return (
        1.0,
        math.log1p(n),
        1.0 if n < 4 else 0.0,
        1.0 if _SENTENCE_END.search(text) else 0.0,
        1.0 if _running(text) else 0.0,
        len(_INNER.findall(text)) / per_word,
        len(_SEPARATORS.findall(text)) / per_word,
        1.0 if _LINK.search(text) else 0.0,
        sum(t[:1].isupper() for t in tokens) / per_word,
        sum(c.isdigit() for c in text) / max(1, len(text)),
        repeat,
        position,
        1.0 if page_script and script and script != page_script else 0.0,
        1.0 if seen_on_site else 0.0,
    )


def _running(text: str) -> bool:
    return len(_WORD.findall(text)) >= RUNNING_MIN_WORDS and bool(_SENTENCE_END.search(text))


def page_features(lines: list[str], seen: frozenset[str] = frozenset()) -> list[tuple[float, ...]]:
    """Feature vectors of every line of a page (non-empty lines, in order)."""
    page_script = script_of(" ".join(lines))
    last = max(1, len(lines) - 1)
    return [line_features(t, i / last, page_script, t in seen) for i, t in enumerate(lines)]


@lru_cache(maxsize=1)
def load_model() -> LineModel:
    data = json.loads(resources.files("dragoman.extract").joinpath("line_model.json").read_text())
    if tuple(data["features"]) != FEATURES:
        raise ValueError("line_model.json was fitted on other features; rerun eval/calibrate_lines.py")
    return LineModel(tuple(float(w) for w in data["weights"]), float(data["threshold"]))


def body_probability(features: tuple[float, ...]) -> float:
    model = load_model()
    z = sum(w * x for w, x in zip(model.weights, features, strict=True))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def site_lines(pages: list[str], min_pages: int = 2) -> frozenset[str]:
    """Lines that occur on at least ``min_pages`` of the given pages (same site): chrome."""
    counts: dict[str, int] = {}
    for page in pages:
        for line in {ln.strip() for ln in page.splitlines() if ln.strip()}:
            counts[line] = counts.get(line, 0) + 1
    return frozenset(line for line, c in counts.items() if c >= min_pages)
