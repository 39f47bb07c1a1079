"""Name-shaped mention spans for models trained on Wikipedia-style data (WikiANN).

WikiANN's spans come from link anchors and often run on through lower-case words
("Ligue des champions de l'UEFA"), so a model trained on it can tag a name plus the
rest of a news clause ("Bruxelles que l'Alliance ne enverra pas …"). In cased scripts a
news name starts with a capital and holds lower-case words only as particles between
capitalised ones, or lower-case words the tagger is sure of in a name that does not open
its sentence ("Banque centrale européenne"); a span is cut to its first run of that shape.
Models whose metadata says ``cased_spans`` get this (see eval/train_ner.py).

Such a model also tags capitalised common words on news (German nouns, sentence-opening
adjectives, French nouns written with a capital); a model with a common-word list
(``common_words`` in its metadata, learned by eval/ner_common.py) drops those
(``common_cut``, ``unsure_noun``; after an indefinite or possessive determiner of its pack,
``cued_noun``) and the first parts of suspended compounds, cuts descriptor nouns before a
name ("Firma Bosch", ``CommonWords.descriptors``), and keeps in a name only the lower-case
words names hold ("Forum économique mondial", not "Blesk révèle": ``continues_name``).
A noun lexicon beside the list (German: Wiktionary nouns that are no names,
eval/ner_de_nouns.py) adds the nouns text rarely shows behind a determiner ("Refrain").
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path

from dragoman.language.normalize import normalize_for_match

# Lower-case words a name may hold between capitalised words, in the languages with
# WikiANN-trained models (de, fr, nl, pt, es) and their neighbours.
NAME_PARTICLES = frozenset(
    {
        "de", "del", "della", "delle", "dei", "degli", "der", "den", "des", "di", "da", "do", "dos",
        "das", "du", "la", "le", "les", "las", "los", "van", "von", "vom", "zu", "zum", "zur", "y",
        "e", "et", "i", "und", "and", "of", "the", "für", "am", "im", "het", "op", "ter", "ten",
        "al", "el", "bin", "ibn", "-", "&", "'s", "’s", ".",
    }
)  # fmt: skip
# Closed-class words (articles, prepositions, conjunctions, pronouns) of the same languages.
# Capitalised at the start of a sentence they look like names to a model that learned from
# Wikipedia fragments, which rarely start with one ("El Real Madrid", "Según el Instituto");
# a name-shaped run never starts with one. Names that do ("El País", "Le Monde", "Die Linke")
# lose the article: the cost of this rule, cheaper than a flood of "El" and "La" entities.
FUNCTION_WORDS = frozenset(
    """
    el la los las un una unos unas según en de del con por para y o pero tras ante sin sobre
    desde hasta este esta estos estas ese esa su sus al lo le les se no ya también como cuando
    donde mientras aunque si más muy entre durante
    l' les un une des du d' au aux selon et ou mais pour par avec sans sur sous dans ce cette
    ces son sa ses leur il elle ils elles on nous vous après avant depuis pendant lors quand
    comme plus très
    der die das den dem des ein eine einen einem einer eines und oder aber im am an auf aus bei
    mit nach von vom zu zum zur für über unter vor seit laut wie wenn als dass er sie es wir ihr
    man dieser diese dieses auch nicht noch schon
    het een maar op aan naar voor door over volgens na tijdens sinds dit deze dat hij zij ze wij
    we ook niet nog al
    os as um uma uns umas segundo em no na nos nas do da dos das após entre esse essa isso ele
    ela eles elas seu sua não já
    il lo gli i nel nella di della dal secondo questo questa lui lei anche non già
    """.split()  # noqa: SIM905 - one line per language reads better than a list
)
# Relative pronouns and auxiliary verbs: in lower case they open a clause after a name,
# never continue it (for ``name_run``'s lower-case words; as capitalised words some are
# names or parts of names, "São Paulo", so they are not FUNCTION_WORDS).
CLAUSE_WORDS = frozenset(
    """
    que qui dont où quien quienes cual cuyo welche welcher welches wat die wie
    a à é est sont ont été était fut ist sind hat haben war waren wurde wird is zijn heeft
    hebben werd was es son ha han fue era foi são tem foram è sono
    """.split()  # noqa: SIM905
)
# The marginal probability of its I- tag above which a lower-case word (not a closed-class
# word) continues a name in ``name_run``. On the WikiANN dev halves F1 moved by under half a
# point between 0.5 and 0.95 (fr +2, nl +1.6, pt +1, de +0.3 points against no such words);
# on the news dev pages of eval/ner_news.py lower values let more run-on clauses in
# ("Halevi dijo que el actual conflicto"), so the safe end of that range.
LOWER_WORD_MIN_PROB = 0.9
# With lists of the lower-case words names hold and of those seen outside names only
# (``CommonWords.inner``, ``outer``), a listed name word continues a name when the tagger's
# marginal for it is at least this ("Forum économique mondial" at 0.58), a word seen outside
# names only or a common word never ("Blesk révèle" at 1.0), any other word at
# ``LOWER_WORD_MIN_PROB``. Calibrated on the French news dev pages of eval/ner_news.py (F1
# through analyze: 0.9 0.718, 0.7 0.744, 0.5 0.795) with WikiANN fr dev text F1 unchanged
# (0.6549; 0.6541 at 0.9).
INNER_WORD_MIN_PROB = 0.5
# In a language that capitalises its nouns (German), a one-word mention whose tags' mean
# marginal is under this is dropped unless it is a known name: most are nouns the common-word
# list lacks ("Sonne"). Calibrated on the German news dev pages of eval/ner_news.py (0.5: F1
# 0.487, 0.6: 0.491, 0.7: 0.482 through recognize); WikiANN de dev text F1 moved < 0.2 points.
ONE_WORD_MIN_PROB = 0.6

# An elided article or preposition glued to the next word: l'OTAN, d'Italia, dell'Europa.
_ELISION = re.compile(r"^[^\W\d_]{1,4}['’](?=[^\W\d_])")


def elision(word: str) -> int:
    """Characters of an elided article at the start of ``word`` (0 when there is none)."""
    match = _ELISION.match(word)
    return match.end() if match and word[: match.end() - 1].islower() else 0


def capitalised(word: str) -> bool:
    """Whether ``word`` (after an elided article) starts with a capital letter."""
    rest = word[elision(word) :]
    return rest[:1].isupper()


def name_run(words: list[str], sure: list[bool] | None = None) -> tuple[int, int, int] | None:
    """The first name-shaped run of ``words``: (first word, end word, characters of an elided
    article to skip in the first word); None when no word but function words is capitalised.

    ``sure[k]``: the tagger is confident that word ``k`` continues the name (see
    ``LOWER_WORD_MIN_PROB``); such a lower-case word that is not a closed-class word stays in
    the run, so names written with lower-case adjectives and nouns keep them ("Assemblée
    nationale", "Banque centrale européenne", "Forum économique mondial")."""
    first = next(
        (k for k, w in enumerate(words) if capitalised(w) and w.lower() not in FUNCTION_WORDS), None
    )
    if first is None:
        return None
    end = first + 1
    k = first + 1
    while k < len(words):
        word = words[k]
        if capitalised(word) or word[:1].isdigit() or _sure_word(word, sure, k):
            end = k + 1
        elif word.lower() not in NAME_PARTICLES:
            break
        k += 1
    return first, end, elision(words[first])


def _sure_word(word: str, sure: list[bool] | None, k: int) -> bool:
    """A lower-case word the tagger is sure belongs to the name, not a closed-class word."""
    return (
        sure is not None
        and sure[k]
        and word[:1].isalpha()
        and word.lower() not in FUNCTION_WORDS
        and word.lower() not in CLAUSE_WORDS
        and word.lower() not in NAME_PARTICLES
    )


def continues_name(word: str, prob: float, common: CommonWords | None) -> bool:
    """Whether a lower-case ``word`` tagged inside a name with marginal ``prob`` may stay in
    it (``name_run``'s ``sure``): see ``INNER_WORD_MIN_PROB``; without the lists, when the
    tagger is sure of it (``LOWER_WORD_MIN_PROB``)."""
    w = word.lower()
    if common is None or not common.inner:
        return prob >= LOWER_WORD_MIN_PROB
    if w in common.inner:
        return prob >= INNER_WORD_MIN_PROB
    return prob >= LOWER_WORD_MIN_PROB and w not in common.outer and w not in common.plain


def first_word(words: list[str]) -> int:
    """Index of a sentence's first word (opening quotes, dashes and brackets come before it)."""
    return next((k for k, w in enumerate(words) if any(c.isalnum() for c in w)), len(words))


def uncorroborated_openers(
    openers: list[tuple[int, str]], later_words: set[str], known: set[str]
) -> set[int]:
    """Which one-word mentions that open a sentence to drop: ``openers`` are (index, word).

    A model trained on Wikipedia fragments tags almost any capitalised sentence opener
    ("Estamos", "Chargé", "Nirgends": on the news dev pages of eval/ner_news.py 17 of the 18
    one-word sentence-opening mentions were wrong). A sentence-opening name in news has
    mostly been named before or is named again inside a sentence; an opener is kept when
    the same word occurs after some sentence's first word in the text (``later_words``) or
    is a known place name (``known``: the words, as given, found in the model's gazetteer).
    """
    return {i for i, word in openers if word not in later_words and word not in known}


@dataclass(frozen=True, slots=True)
class CommonWords:
    """A language's common words, lower-case forms learned from unlabelled text by
    eval/ner_common.py: ``plain`` ones are written in lower case inside sentences
    (adjectives, verbs, French nouns); ``nouns`` are capitalised nouns (German); ``heads`` are
    nouns that make a compound ending in them a common noun ("Bundeshauptstadt")."""

    plain: frozenset[str]
    nouns: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()  # known one-word names, never common
    # nouns that stand before a name and are no part of it ("Firma", "Landsmann")
    descriptors: frozenset[str] = frozenset()
    # lower-case words that names hold ("économique", "centrale"), and words seen outside
    # names only ("révèle")
    inner: frozenset[str] = frozenset()
    outer: frozenset[str] = frozenset()
    # nouns of a lexicon (German Wiktionary: ``lexicon_nouns``), read in words of a noun's shape
    lexicon: frozenset[str] = frozenset()

    def descriptor(self, word: str) -> bool:
        """A noun that introduces a name: "Firma" Bosch, "Landsmann" Jan Ullrich."""
        return _plain(word) in self.descriptors

    def noun(self, word: str, lexicon: bool = True) -> bool:
        """A capitalised common noun: a listed noun, ``Euro-Kritiker``, ``Bundeshauptstadt``,
        or (``lexicon``) a noun of the lexicon."""
        w = _plain(word)
        if w in self.names or not self.nouns:
            return False
        forms = noun_stems(w)
        return any(self._listed(form) for form in forms) or (
            lexicon and noun_shaped(word) and any(form in self.lexicon for form in forms))

    def _listed(self, w: str) -> bool:
        if w in self.nouns or w.rpartition("-")[2] in self.heads:
            return True
        return any(w[k:] in self.heads for k in range(_MIN_COMPOUND_PREFIX, len(w) - 3))

    def common(self, word: str, lexicon: bool = True) -> bool:
        w = _plain(word)
        return w not in self.names and (w in self.plain or self.noun(word, lexicon))


# Whether a lexicon noun (not only a learned one) before a name is cut off it in ``common_cut``:
# no. Names of places and firms open with such nouns ("Flughafen Frankfurt", "Sparkasse
# Hannover", "Bäckerei Keller"); the learned nouns and descriptors ("Firma") cut well. Chosen
# on the lexicon pass's probe sentences (cutting lost "Flughafen Frankfurt", "Sparkasse
# Hannover"), German news dev and pooldev F1 (equal either way) and WikiANN de dev text F1
# (0.6975 cutting, 0.7012 not; 0.7033 with no lexicon).
LEXICON_CUTS = False
# Lower-case words (adjectives, adverbs) ``cued_noun`` looks back over for a determiner.
MAX_CUE_GAP = 3
# Plural and genitive endings of German nouns tried off a word ("Freundschaften", "Verbandes").
_INFLECTIONS = ("en", "n", "es", "s")
# Letters before a compound's head noun (``Bundes|hauptstadt``): fewer make ``Ostsee`` a ``See``.
_MIN_COMPOUND_PREFIX = 3


def noun_shaped(word: str) -> bool:
    """No capital inside any hyphenated part: "Umlage", "Corona-Krise"; not "NASDAQ",
    "SuperStar", "DFB-Pokal", which are names' shapes whatever a dictionary lists."""
    return not any(c.isupper() for part in word[elision(word):].split("-") for c in part[1:])


def noun_stems(word: str) -> list[str]:
    """A lower-case noun form and the stems left when a plural or genitive ending is taken off
    ("kongresses" -> "kongress", "kongresse"): the forms ``CommonWords.noun`` looks up."""
    return [word, *(word[: -len(e)] for e in _INFLECTIONS
                    if word.endswith(e) and len(word) - len(e) > 3)]


def load_common_words(path: Path, lexicon: bool = True) -> CommonWords:
    """A common-word file: one ``KIND word`` line each, KIND ``L`` plain, ``N`` noun, ``H`` head,
    ``K`` known name, ``D`` descriptor, ``I`` a name's lower-case word, ``O`` a word seen
    outside names only; with ``lexicon``, the noun lexicon beside it (``lexicon_nouns``)."""
    kinds: dict[str, set[str]] = {k: set() for k in "LNHKDIO"}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            kind, _, word = line.strip().partition(" ")
            if word and kind in kinds:
                kinds[kind].add(word)
    nouns, names = lexicon_nouns(path.with_name(path.name.replace(_COMMON_FILE, _NOUNS_FILE))) \
        if lexicon else (set(), set())
    # a protected name keeps the lexicon's stems off it ("Sachsen" is no "Sachse"), not the
    # learned list: "Jahres", "Wahlen", "Marken" stay common nouns
    learned = CommonWords(*(frozenset(kinds[k]) for k in "LNHKDIO"))
    kinds["K"] |= {n for n in names if not learned.common(n)}
    plain, listed, heads, known, descriptors, inner, outer = (frozenset(kinds[k]) for k in "LNHKDIO")
    return CommonWords(plain, listed, heads, known, descriptors, inner, outer, frozenset(nouns))


# A common-word file's name part, and that of the noun lexicon shipped beside it.
_COMMON_FILE = ".common."
_NOUNS_FILE = ".nouns."


def lexicon_nouns(path: Path) -> tuple[set[str], set[str]]:
    """The lower-case noun forms and known names of a noun lexicon beside a common-word file
    (German Wiktionary nouns that are no names: eval/ner_de_nouns.py, which says its format:
    a ``#`` note, ``!`` names, then front-coded forms); none when not shipped."""
    nouns: set[str] = set()
    names: set[str] = set()
    if not path.is_file() or _NOUNS_FILE not in path.name:
        return nouns, names
    previous = ""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line.startswith("!"):
                names.add(line[1:])
            elif line[:1].isdigit():
                previous = previous[: int(line[0])] + line[1:]
                nouns.add(previous)
    return nouns, names


@lru_cache(maxsize=16)
def shipped_common_words(language: str) -> CommonWords | None:
    """The common-word list shipped with ``language``'s WikiANN-trained model, if any, without
    its noun lexicon: the stages after NER (quotation speakers, linking) were set on the
    learned list, and a dictionary's nouns include bodies that speak ("die Reederei", "die
    Bergwacht"); the tagger's own span shaping reads the lexicon (``load_common_words``)."""
    path = Path(__file__).resolve().parent / "models" / f"ner-{language}.common.txt.gz"
    return load_common_words(path, lexicon=False) if path.is_file() else None


def common_span_cut(words: list[str], opening: bool, common: CommonWords | None,
                    gazetteer: frozenset[str] | None, text_words: AbstractSet[str]) -> int:
    """``common_cut`` of a span's ``words``; 0 without a common-word list or for a known place
    name (``gazetteer``, normalized entries). A place adjective's place is a gazetteer entry
    or one of the text's words (``text_words``)."""
    if common is None:
        return 0
    known = gazetteer or frozenset()

    def place(name: str) -> bool:
        return name in text_words or normalize_for_match(name) in known

    cut = common_cut(words, common, opening, place)
    return 0 if cut and normalize_for_match(" ".join(words)) in known else cut


def cued_noun(words: list[str], first: int, cues: AbstractSet[str]) -> bool:
    """Whether a span starting at word ``first`` of ``words`` follows a determiner names rarely
    take (``cues``, a pack's ``noun_cues``) and at most ``MAX_CUE_GAP`` lower-case words
    between (adjectives, adverbs, no function words): "mit einem leicht variierten" Refrain,
    "bei einem" Kongress. Such a span is a common noun."""
    for k, word in enumerate(reversed(words[max(0, first - MAX_CUE_GAP - 1) : first])):
        low = word.lower()
        if low in cues:
            return True
        if k >= MAX_CUE_GAP or not word.isalpha() or not word.islower() or low in FUNCTION_WORDS:
            return False
    return False


def unsure_noun(word: str, score: float, common: CommonWords | None,
                gazetteer: frozenset[str] | None) -> bool:
    """A one-word mention the tagger is unsure of (``ONE_WORD_MIN_PROB``) in a language that
    capitalises its nouns, and neither a known name nor a known place."""
    return (
        common is not None
        and bool(common.nouns)
        and score < ONE_WORD_MIN_PROB
        and word.lower() not in common.names
        and normalize_for_match(word) not in (gazetteer or frozenset())
    )


def common_cut(words: list[str], common: CommonWords, opening: bool,
               place: Callable[[str], bool]) -> int:
    """How many leading words of a name span to drop as common words: all of them when each
    is one ("Plakat", "Milliarden Dollar", "Forum"); else the leading ones before a capitalised
    word that is not: in a span that opens its sentence any common word ("Proche d'Emmanuel
    Macron", "Saubere Sache"), anywhere a descriptor noun ("Firma Bosch"), in a language that
    capitalises nouns a noun or a place adjective (``place``: "Petersberger", "Stuttgarter")
    anywhere ("Hochburg Petersberg", "Euro-Kritiker Lucke", "Stuttgarter Unternehmen
    Bosch"). An adjective inside a sentence is part of a name
    in such a language ("Deutsche Bank") and stays."""
    nouns = bool(common.nouns)
    # where nouns are capitalised, an adjective with a capital inside a sentence is a name's
    # ("Deutsche Reichsbahn", "Römische Republik"): only nouns make a span all common there
    # a span of several words, each a dictionary noun, is as often a body named by nouns ("Forum
    # Waffenrecht", "Aktion Mensch"); a one-word lexicon noun is dropped by the language's own
    # shaping, which reads the page ("Erzbischof Schick ... fuhr Schick fort": ``germanpeople``)
    kind = common.noun if nouns and not opening else common.common
    common_here = partial(kind, lexicon=LEXICON_CUTS)
    # a number is no name's word either ("Près de 9 000" personnes)
    if all(common_here(w) or w.isdigit() for w in words) and not all(w.isdigit() for w in words):
        return len(words)
    k = 0
    while k < len(words) - 1 and (
        (opening and common.common(words[k], LEXICON_CUTS))
        or common.descriptor(words[k])
        or (nouns and (common.noun(words[k], LEXICON_CUTS) or place_adjective(words[k], place)))
    ):
        k += 1
    if k == 0 or not capitalised(words[k]) or common.common(words[k], LEXICON_CUTS):
        return 0
    # after a place adjective alone, a one-word rest with one capital is mostly a compound
    # noun ("Pariser Hafengesellschaft"), not a name as "Petersberger CDU" is
    bare = k == len(words) - 1 and sum(c.isupper() for c in words[k]) == 1
    after_place = place_adjective(words[k - 1], place) and not common.common(words[k - 1])
    return 0 if bare and after_place else k


def place_adjective(word: str, place: Callable[[str], bool]) -> bool:
    """A German place adjective: a place name and ``-er``, "Stuttgarter", "Wiener"."""
    return len(word) > 4 and word.endswith("er") and word[:1].isupper() and place(word[:-2])

def suspended_compound(text: str, end: int) -> bool:
    """Whether a span ending at ``end`` is the first part of a suspended compound, "Schul- und
    Komplementärmedizin": a hyphen then a space or the end of the text."""
    return text[end : end + 1] == "-" and (end + 1 == len(text) or text[end + 1].isspace())


def _plain(word: str) -> str:
    return word[elision(word) :].lower()
