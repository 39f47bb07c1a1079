"""Learned names spotted as written (issue 14/16): a person or organisation an archive learned
under a name of two words or more ("Henrik Voss", from an English report) is found in a later
article of any language where that exact form is written, though NER missed it or the language
has no model (Italian, Russian). The lookup goes through ``Memory.written``, an index of the
learned forms (a dict probe per capitalised word that opens one, never a scan per name).

Only exact forms (case and script as learned) are spotted, never one inside a longer
capitalised run ("Henrik Voss Stiftung", "Stiftung Henrik Voss"; a word that opens a sentence
or a known name ending right before is no part of the run), and never a form whose every word
the article also writes in lower case (everyday words: "Grand Prix" beside "grand", "prix").
"""

from __future__ import annotations

from collections.abc import Callable

from dragoman.entities.linkdoc import SENTENCE_END, Doc
from dragoman.entities.memory import Memory
from dragoman.model import EntityType, Mention

# Score of a mention spotted so (as textscan.DETECTED_SCORE).
WRITTEN_SCORE = 0.9
# Most words of a written form looked up from one first word.
WRITTEN_MAX_TOKENS = 6
# Letters of a word in capitals read as an acronym before a name (a lone capital is an initial).
ACRONYM_MIN = 2
# Words joining two capitalised words into one longer name ("Banco de Sevilla", "Jean Monnet
# of"): a form with one of them and a capitalised word after it is a piece of a longer name.
# Coordinations ("and", "e") are no joiners: "Marco Bellandi e Giulia Ferraresi" are two.
_JOINERS = frozenset({"of", "de", "del", "della", "di", "da", "do", "dos", "du", "von", "van", "der",
                      "la", "le"})  # fmt: skip
_SENTENCE_OPENERS = SENTENCE_END | {"…", "„", "‘", "’", "'"}


def spot_written(memory: Memory, doc: Doc, known: Callable[[str], bool] | None = None,
                 inside_name: Callable[[int, bool], bool] | None = None) -> None:
    """Add mentions (reason ``spotted``) of learned names written as the archive learned them;
    ``known``: whether a word is alone a knowledge-base place or organisation (``in_longer_run``);
    ``inside_name``: whether the name from token ``i`` (a person's: True) opens a longer name
    ("liceo Giulio Cesare", "della Rosa Bianca"; ``givenpersons.placed_in_a_name``)."""
    if not memory.written:
        return
    text, spans = doc.text, doc.spans
    for i, (a, b) in enumerate(spans):
        if text[a:b] not in memory.written_first:
            continue
        found = _longest(memory, doc, i)
        if found is None:
            continue
        j, entity_id = found
        label = memory.types.get(entity_id)
        end = spans[j - 1][1]
        if label not in ("PER", "ORG") or in_longer_run(doc, i, j, known) or _everyday(doc, text[a:end]):
            continue
        if inside_name is not None and inside_name(i, label == "PER"):
            continue
        if doc.covered(a, end) and not make_room(doc, a, end, entity_id):
            continue
        doc.add(Mention(a, end, text[a:end], _type(label), entity_id, WRITTEN_SCORE, "spotted"))


def _longest(memory: Memory, doc: Doc, i: int) -> tuple[int, str] | None:
    """``(end token, entity id)`` of the longest learned form the tokens from ``i`` write."""
    text, spans = doc.text, doc.spans
    a = spans[i][0]
    found = None
    for j in range(i + 2, min(len(spans), i + WRITTEN_MAX_TOKENS) + 1):
        if doc.breaks[j - 1]:
            break
        form = text[a : spans[j - 1][1]]
        if form in memory.written:
            entity_id = memory.written[form]
            found = (j, entity_id) if entity_id is not None else None
    return found


def capitalised_at(doc: Doc, k: int) -> bool:
    word = doc.text[slice(*doc.spans[k])]
    return word[:1].isupper()


def sentence_initial(doc: Doc, k: int) -> bool:
    """Whether token ``k`` opens a sentence, a line, a quotation or a bracket."""
    if k == 0 or doc.breaks[k]:
        return True
    before = doc.text[slice(*doc.spans[k - 1])]
    return before in _SENTENCE_OPENERS


def in_longer_run(doc: Doc, i: int, j: int, known: Callable[[str], bool] | None = None) -> bool:
    """Whether tokens ``i:j`` sit in a longer run of capitalised words: a capitalised word
    right after (or a joining word and one: "Henrik Voss of Bergen" is left), or right before,
    unless that one opens a sentence, ends a linked name, is an acronym or is alone a name
    ``known`` to the knowledge base as a place or organisation ("del Valencia Tomás Ferrer";
    "la Lazio di Maurizio Sarri": a joining word before is no run, people follow "di")."""
    spans = doc.spans
    if j < len(spans) and not doc.breaks[j]:
        if capitalised_at(doc, j):
            return True
        nxt = doc.text[slice(*spans[j])]
        if nxt in _JOINERS and j + 1 < len(spans) and capitalised_at(doc, j + 1):
            return True
    if i == 0 or doc.breaks[i] or not capitalised_at(doc, i - 1) or sentence_initial(doc, i - 1):
        return False
    return not (_known_name_ends(doc, spans[i - 1][1]) or _acronym(doc.text[slice(*spans[i - 1])])
                or (known is not None and _known_alone(doc, i - 1, known)))


def _acronym(word: str) -> bool:
    """A word in capitals ("NATO", "ЦБ") closes a name of its own: "ЦБ Эльвира Набиуллина"."""
    return len(word) >= ACRONYM_MIN and word.isalpha() and word.isupper()


def _known_alone(doc: Doc, k: int, known: Callable[[str], bool]) -> bool:
    """Token ``k`` is a known name by itself, no capitalised word before it in its sentence."""
    alone = k == 0 or doc.breaks[k] or sentence_initial(doc, k) or not capitalised_at(doc, k - 1)
    return alone and known(doc.text[slice(*doc.spans[k])])


def _known_name_ends(doc: Doc, end: int) -> bool:
    return any(m.end == end and m.entity_id for m in doc.mentions)


def _everyday(doc: Doc, form: str) -> bool:
    """Every word of ``form`` is written in lower case elsewhere in the article."""
    words = [w for w in form.split() if w[:1].isupper()]
    return all(doc.has_word(w.lower()) for w in words)


def make_room(doc: Doc, start: int, end: int, entity_id: str) -> bool:
    """Whether the mentions overlapping ``start:end`` may give way to a name found there: each
    lies inside it, is shorter and is one word, or is unlinked (a KB surname alone, "Ferrer",
    read where no model ran; NER's cut of the name). They are dropped here."""
    inside = [m for m in doc.mentions if m.start < end and m.end > start]
    if any(m.start < start or m.end > end or (m.start, m.end) == (start, end) or m.entity_id == entity_id
           or (m.entity_id and " " in m.text.strip()) for m in inside):
        return False
    doc.mentions[:] = [m for m in doc.mentions if not (m.start < end and m.end > start)]
    return True


def _type(label: str) -> EntityType:
    return "PER" if label == "PER" else "ORG"
