"""People named by a known given name in a language without an NER model (issue 14/16): in
Italian or Russian text no model tags "il ministro Henrik Voss ha detto", so a quotation's
speaker stayed unlinked. A shipped given name (``nameclass.given_name_keys``: the packs' hand
lists and the list learned from the NER corpora) written capitalised, followed by one or two
capitalised surname-shaped words, is a person's name there.

Not where the run goes on or comes from further capitalised words ("Santa Maria Novella",
"Jean Monnet Foundation", "Stazione Maria Teresa"), where a surname word is a head word of a
place or organisation ("Victoria Station", "George Washington Bridge") or the word before is
one or names something after a person ("via Giuseppe Verdi", "имени Ивана Франко"), where the
knowledge base or the archive knows the whole as something else than a person, where the given
name is a place of the knowledge base and in no hand list ("Sofia", "Adelaide"), and where a word of it is
written in lower case elsewhere in the article (an everyday word: "Vera", "vera"). A name
only ever seen opening a sentence is no evidence (its capital is the sentence's); once seen
inside one, its sentence-initial occurrences are taken too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from dragoman.entities.kb import name_key, token_key
from dragoman.entities.linkdoc import Doc
from dragoman.entities.memory import Memory, learned_id
from dragoman.entities.nameclass import given_name_keys, hand_given_name_keys
from dragoman.entities.russiancases import FEMININE_PAST_ENDINGS, nominative_readings
from dragoman.entities.writtennames import in_longer_run, make_room, sentence_initial
from dragoman.language.rules import all_rules, pack_of, script_of_language
from dragoman.language.scripts import CYRILLIC
from dragoman.model import Mention

# Score of a person found so (below textscan.DETECTED_SCORE: a shape, not a known name).
GIVEN_PERSON_SCORE = 0.8
# Surname words after the given name at most ("Anna Maria Rossi": Maria is one).
SURNAME_WORDS_MAX = 2
# Lower-case words before a name that make it a street's, a building's or an award's, in the
# languages without a model (beside every pack's place and organisation heads).
_NAMING_WORDS = (
    "via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo", "lungomare", "stadio",
    "aeroporto", "ospedale", "liceo", "istituto", "scuola", "teatro", "premio", "fondazione",
    "stazione", "ponte", "nave", "museo", "palazzo", "villa", "intitolato", "intitolata",
    "dedicato", "dedicata", "имени", "им", "улица", "проспект", "площадь", "переулок",
    "бульвар", "премия", "фонд", "театр", "аэропорт", "стадион", "школа", "больница",
    "moda", "marchio", "azienda", "gruppo", "società", "film", "romanzo", "portaerei",
    "conservatorio", "policlinico", "фильм", "роман", "книга", "спектакль",
)  # fmt: skip


@lru_cache(maxsize=1)
def head_words() -> frozenset[str]:
    """Token keys of every pack's place, organisation and document heads, and ``_NAMING_WORDS``."""
    words = [w for rules in all_rules()
             for w in (*rules.organisation_heads, *rules.place_heads, *rules.document_leads)]
    return frozenset(token_key(w) for w in (*words, *_NAMING_WORDS))


@lru_cache(maxsize=1)
def head_stems() -> frozenset[str]:
    return frozenset(_head_stem(w) for w in head_words())


def _head_stem(word: str) -> str:
    """A word's key without an elided article ("dell'ospedale") and Russian case endings
    ("улице", "площади"), as head words are compared."""
    key = token_key(re.split("['’]", word)[-1])
    return key.rstrip("аяоеиыуюйь") or key


@lru_cache(maxsize=1)
def closed_keys() -> frozenset[str]:
    return frozenset(token_key(w) for rules in all_rules() for w in rules.closed_words)


def given_name_persons(memory: Memory, doc: Doc, kb_type: Callable[[str, bool], str | None]) -> None:
    """Add persons (reason ``given-name``) named so in an article no model read; ``kb_type``:
    the type of the knowledge-base entity a name is, if any."""
    if doc.ner:
        return
    found: list[tuple[int, int, bool]] = []  # (start token, end token, opens a sentence)
    for i, key in enumerate(doc.keys):
        if key in given_name_keys() and _name_word(doc, i):
            j = _surname_end(doc, i)
            if j and not _refused(doc, i, j, kb_type):
                found.append((i, j, sentence_initial(doc, i)))
    text, spans = doc.text, doc.spans
    inside = {text[spans[i][0] : spans[j - 1][1]] for i, j, initial in found if not initial}
    for i, j, _ in found:
        start, end = spans[i][0], spans[j - 1][1]
        name = text[start:end]
        if name not in inside:
            continue
        entity_id = _person_id(memory, name)
        if entity_id is None or (doc.covered(start, end) and not make_room(doc, start, end, entity_id)):
            continue
        memory.remember(entity_id, "PER", name, name, doc.language)
        doc.add(Mention(start, end, name, "PER", entity_id, GIVEN_PERSON_SCORE, "given-name"))
    if script_of_language(doc.language) == CYRILLIC:
        _declined_persons(memory, doc)


def _declined_persons(memory: Memory, doc: Doc) -> None:
    """Two capitalised Cyrillic words in an oblique case ("Сергея Лаврова") whose nominative
    reading, a known given name and a surname, is one person the archive (or this article)
    knows: linked to that person, under the form written."""
    text, spans = doc.text, doc.spans
    for i in range(len(spans) - 1):
        start, end = spans[i][0], spans[i + 1][1]
        if (doc.covered(start, end) or doc.breaks[i + 1] or not _name_word(doc, i)
                or not _name_word(doc, i + 1) or _after_head(doc, i)):
            continue
        given, surname = text[slice(*spans[i])], text[slice(*spans[i + 1])]
        if i + 2 < len(spans) and text[slice(*spans[i + 2])].endswith(FEMININE_PAST_ENDINGS):
            continue  # a woman named in the nominative ("Евгения Смирнова выиграла")
        people = {memory.by_key.get(name_key(f"{g} {s}"))
                  for g in nominative_readings(given) if token_key(g) in given_name_keys()
                  for s in (surname, *nominative_readings(surname))}
        people = {p for p in people if p is not None and memory.types.get(p) == "PER"}
        if len(people) == 1 and not in_longer_run(doc, i, i + 2):
            doc.add(Mention(start, end, text[start:end], "PER", people.pop(), GIVEN_PERSON_SCORE,
                            "given-name"))


def _name_word(doc: Doc, k: int) -> bool:
    """A capitalised word (not in capitals) the article writes nowhere in lower case."""
    word = doc.text[slice(*doc.spans[k])]
    return (word[:1].isupper() and any(c.islower() for c in word) and word.replace("-", "").replace(
        "'", "").replace("’", "").isalpha() and not doc.has_word(word.lower()))


def _surname_end(doc: Doc, i: int) -> int:
    """The end token of one or two surname-shaped words after the given name at ``i``; 0 if none."""
    j = i + 1
    while j < len(doc.spans) and j - i <= SURNAME_WORDS_MAX and not doc.breaks[j]:
        key = doc.keys[j]
        if not _name_word(doc, j) or key in head_words() or key in closed_keys() or len(key) < 2:
            break
        j += 1
    return j if j > i + 1 else 0


def _refused(doc: Doc, i: int, j: int, kb_type: Callable[[str, bool], str | None]) -> bool:
    """The run is a piece of a longer name, follows a naming word, or is known otherwise."""
    if in_longer_run(doc, i, j, lambda word: kb_type(word, True) in ("LOC", "ORG")):
        return True
    if placed_in_a_name(doc, i, person=True):
        return True
    name = doc.text[doc.spans[i][0] : doc.spans[j - 1][1]]
    given = doc.text[slice(*doc.spans[i])]
    place = kb_type(given, True) == "LOC" and token_key(given) not in hand_given_name_keys()
    return place or kb_type(name, True) not in (None, "PER")


def placed_in_a_name(doc: Doc, i: int, person: bool) -> bool:
    """Token ``i`` opens a longer name rather than a person's own: it follows a naming head
    ("liceo", "piazza", "имени"), a capitalised sentence opener that may open the name too
    ("Santa Maria Novella"), or, for a person, a definite article ("della Rosa Bianca": a
    group named after one)."""
    if _after_head(doc, i) or (i > 0 and sentence_initial(doc, i - 1) and _opens_name(doc, i - 1)):
        return True
    if not person or i == 0:
        return False
    rules = pack_of(doc.language)
    before = doc.text[slice(*doc.spans[i - 1])].lower()
    return rules is not None and (before in rules.definite_articles
                                  or (bool(rules.definite_articles) and before.endswith(("'", "’"))))


def _after_head(doc: Doc, i: int) -> bool:
    """The word before token ``i`` is a place's, organisation's or naming head ("via", "имени")."""
    return i > 0 and _head_stem(doc.text[slice(*doc.spans[i - 1])]) in head_stems()


def _opens_name(doc: Doc, k: int) -> bool:
    """A capitalised word opening the sentence right before the given name, which may open the
    name too ("Santa Maria Novella è ..."), unless it is a function or role word of the packs
    ("Secondo", "Ieri", "Губернатор") or the article writes it in lower case elsewhere."""
    word = re.split("['’]", doc.text[slice(*doc.spans[k])])[-1]  # "L'attaccante": attaccante
    lower = word.lower()
    return word[:1].isupper() and token_key(word) not in function_keys() and not doc.has_word(lower)


@lru_cache(maxsize=1)
def function_keys() -> frozenset[str]:
    """Token keys of every pack's function words (conjunctions, relative days, speech markers'
    first words, complementizers, pronouns, stop words before a speaker, closed words) and
    role words ("Губернатор Александр Беглов": Russian writes no article before a role)."""
    out: set[str] = set()
    for r in all_rules():
        words = (*r.list_conjunctions, *r.relative_days, *r.complementizers, *r.speaker_pronouns,
                 *r.speaker_stop_words, *r.closed_words, *r.mention_end_words, *r.titles,
                 *r.role_titles, *r.person_roles, *r.speaker_roles, *r.name_occupations,
                 *(m.split()[0] for m in r.reported_speech_markers if m))
        out.update(token_key(w) for w in words)
    return frozenset(out) - head_words()  # "Fondazione", a speaker, is a name's head too


def _person_id(memory: Memory, name: str) -> str | None:
    """The learned person of that name, a new one if none; None if the archive knows the name
    as another type's."""
    key = name_key(name)
    known = memory.by_key.get(key)
    if known is None:
        return learned_id(key)
    if memory.types.get(known) == "PER":
        return known
    return None
