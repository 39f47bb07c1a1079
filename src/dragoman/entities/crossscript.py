"""Cross-script identity for learned entities, confirmed by context.

A name learned from text (not in the knowledge base) meets its spelling in another
script through ``Memory`` by consonant skeleton when the skeleton is long enough to be
safe alone (``memory.SKELETON_MIN``). Shorter or looser keys collide between unrelated
names (Kim, Sane, Combs ~ كومز), so here they attach a new name to a learned entity of
another script only when the article also names entities that were named with that
entity before (its *context*):

* ``same``: as many words, each word's skeleton equal, or one edit apart when both have
  at least ``NEAR_TOKEN_MIN`` consonant classes and start alike (Combs ``KMBS`` ~ كومز
  ``KMS``; Merriweather ``MRTR`` ~ ميريويزر ``MRSR``);
* ``surname``: one word, a person's last name in the other script (ماكجريجور after
  "Allan McGregor");
* ``prefix``: the first words of the other name, when NER cut the rest off (ري يونغ after
  "Ri Yong Ho");
* ``suffix``: the last words of an organisation's or place's name, when NER cut off its first
  word (تشاينا مورنينج بوست after "South China Morning Post"; a person's last words are
  no such cut: "Yong Ho").

A word may also differ in a first letter English and Arabic spell apart (``_first_sound``:
German J ~ ي, Spanish J ~ خ, German W ~ ف: Johannes Wilhelm ~ يوهانس فيلهلم), and a one-word
name of one consonant class meets its spelling when its vowels agree too (``_one_sound``:
Diddy ~ ديدي), with the short names' context.

A name with a head word that Arabic translates while it spells the rest (``ar.HEAD_TRANSLATIONS``:
"Lake Titicaca" is "بحيرة تيتيكاكا", "Riverside Church" "كنيسة ريفرسايد") is also indexed
without that word (``bare_name``), so the spelled part meets it (تيتيكاكا, ريفرسايد); a
person's name only when the head opens it (a place NER tagged PER: "Lake Titicaca").

Precision first: the candidate must be unique, absent from the article so far, and share
at least ``CONTEXT_MIN`` other entities with the articles it was named in (more for
names of fewer than ``SHORT_KEY`` classes); otherwise the name founds its own entity.
Context is what the linker has linked: in this process, and in the stored archive, read
on demand the first time an entity's context is wanted (``stored``: ``Store.entity_context``
gives one learned entity's first ``ARTICLES_MAX`` articles in ingest order, replayed before
this process's ones), so a later ingest run sees what one long run would have, without
loading every learned entity's context up front.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from dragoman.entities.kb import name_key, name_skeleton, token_key
from dragoman.entities.transliterate import NAME_SCRIPTS, deletions, name_script, near, skeleton, vowelled
from dragoman.entities.wholetranslated import whole_translation
from dragoman.language import ar
from dragoman.language.scripts import LATIN

# Calibrated on the NTREX-128 en-ar dev half (eval/crosslingual.py): the fewest other
# entities the article must share with the candidate's earlier articles ...
CONTEXT_MIN = 2
# ... and for names of fewer consonant classes than SHORT_KEY (Kim, كيم: KM), one more;
SHORT_KEY = 3
CONTEXT_MIN_SHORT = 3
# ... and one only for a name of as many words with as many classes as the context-free
# skeleton rule asks (memory.SKELETON_MIN; Sean Combs ~ شون كومز, SN KMS, whose article
# names its other people only later, in names NER missed).
STRONG_KEY = 5
CONTEXT_MIN_STRONG = 1
# English head words (``ar.HEAD_TRANSLATIONS``) that also open people's names: a Korean
# surname, a given name ("Park Chung-hee", "River Phoenix"); a person named so is no place.
HEADS_ALSO_NAMES = frozenset({"park", "river"})
# Fewest consonant classes in a name matched here by consonants (one class: Ye, Diddy) ...
KEY_MIN = 2
# ... and the fewest letters of the vowelled skeleton of a one-class name matched by its vowels
# too (``CrossScript._one_sound``: Diddy DVDV; not Ye, V).
ONE_SOUND_VOWELLED_MIN = 4
# Words compared within one edit need this many classes each (as Combs, KMBS ~ KMS).
NEAR_TOKEN_MIN = 3
# First consonant classes one spelling writes where the other has a vowel (J read as y: G;
# W read as v: F), and the fewest classes left after them (``_first_sound``).
FIRST_SOUND_SILENT = frozenset("GF")
FIRST_SOUND_REST_MIN = 2
# The (Latin, Arabic) first letters such a word pair must be written with (``_spelled_apart``):
# skeletons alone also pair Ken ~ جين, Reid ~ فريد, Emil ~ جميل, Greg ~ كريغ.
FIRST_SOUND_LETTERS = frozenset({("j", "ي"), ("j", "خ"), ("w", "ف")})
# Vowel letters by class (``_vowel_marks``): a one-class nickname's vowels must agree, so that
# بابا (pope, dad) is not Bobo, nor ماما Mimi.
_VOWEL_MARKS = {"a": "A", "o": "U", "u": "U", "e": "I", "i": "I", "y": "I",
                "ا": "A", "آ": "A", "أ": "A", "ى": "A", "و": "U", "ي": "I"}  # fmt: skip
# Fewest classes of a surname matched alone (Lee, Ho are too short).
SURNAME_KEY_MIN = 4
# Fewest words of a prefix match.
PREFIX_WORDS_MIN = 2

# Most entities kept as one learned entity's context (memory stays bounded in a large
# archive; a name's first articles say who it is), never exceeded: an article naming more
# adds its first ones in sorted order, so counting an article costs at most this per entity.
TOGETHER_MAX = 256
# Most articles of one learned entity its context is taken from, the first ones in ingest
# order: a bound, not calibrated; the same in one run and when an archive's context is
# read from the store (``Store.entity_context``), so that both build the same context.
ARTICLES_MAX = 64

Form = tuple[str, tuple[str, ...]]  # (script, token skeletons)
Word = tuple[str, str]  # (skeleton, vowelled skeleton)
# (the Arabic keys each translated word may be written with, in Arabic order; the spelled words)
Translated = tuple[tuple[frozenset[str], ...], tuple[Word, ...]]
# One learned entity's stored articles, the first ``per_entity`` in ingest order, each as the
# ids of the entities linked in it (``Store.entity_context``).
StoredContext = Callable[[str, int], Iterable[Iterable[str]]]


@lru_cache(maxsize=1 << 14)
def name_words(alias: str) -> tuple[Word, ...]:
    """The words of a name with a consonant, as (skeleton, vowelled skeleton)."""
    keys = name_key(alias.replace("-", " ")).split()
    return tuple((s, vowelled(k)) for k in keys if (s := skeleton(k)))


@lru_cache(maxsize=1)
def _head_words() -> tuple[frozenset[str], frozenset[str]]:
    """(Arabic head words by ``token_key``, the English heads they translate, casefolded)."""
    return (frozenset(token_key(w) for w in ar.HEAD_TRANSLATIONS),
            frozenset(h.casefold() for heads in ar.HEAD_TRANSLATIONS.values() for h in heads))


@lru_cache(maxsize=1 << 14)
def bare_name(name: str) -> str | None:
    """``name`` without the head word Arabic translates (``ar.HEAD_TRANSLATIONS``): an English
    head first or last ("Lake Titicaca", "Riverside Church", "University of Leeds"), an
    Arabic one first ("كنيسة ريفرسايد"); None when it has none or nothing else."""
    words = name.split()
    if len(words) < 2:
        return None
    arabic, english = _head_words()
    if name_script(name) == LATIN:
        if words[-1].casefold() in english:
            rest = words[:-1]
        elif words[0].casefold() in english:
            rest = words[2:] if words[1].casefold() == "of" else words[1:]
        else:
            return None
    elif token_key(words[0]) in arabic:
        rest = words[1:]
    else:
        return None
    return " ".join(rest) or None


@lru_cache(maxsize=1)
def _arabic_words_of() -> dict[str, frozenset[str]]:
    """English head or name word (casefolded) -> the ``token_key`` of each Arabic word
    translating it (``ar.HEAD_TRANSLATIONS``, ``ar.NAME_WORD_TRANSLATIONS``)."""
    out: dict[str, set[str]] = {}
    for table in (ar.HEAD_TRANSLATIONS, ar.NAME_WORD_TRANSLATIONS):
        for arabic, english in table.items():
            for word in english:
                out.setdefault(word.casefold(), set()).add(token_key(arabic))
    return {word: frozenset(keys) for word, keys in out.items()}


@lru_cache(maxsize=1 << 14)
def translated_pattern(name: str) -> Translated | None:
    """How Arabic writes a Latin organisation's or place's name whose last words (or first
    words, before "of") it translates: those words' Arabic keys in Arabic order (the last
    English one first: "Newport Police Department" is "إدارة شرطة نيوبورت"; "Lake Titicaca"
    "بحيرة تيتيكاكا"), then the spelled rest by word (``name_words``), of at least
    ``KEY_MIN`` classes. None for other names."""
    words = name.split()
    table = _arabic_words_of()
    j = len(words)
    while j > 0 and words[j - 1].casefold() in table:
        j -= 1
    if j < len(words):
        heads, rest = words[j:][::-1], words[:j]
    else:
        i = 0
        while i < len(words) and words[i].casefold() in table:
            i += 1
        heads, rest = words[:i], words[i + 1 :] if words[i : i + 1] == ["of"] else words[i:]
    spelled = name_words(" ".join(rest))
    if not heads or not rest or len(spelled) != len(rest) or _classes(tuple(s for s, _ in spelled)) < KEY_MIN:
        return None
    return tuple(table[h.casefold()] for h in heads), spelled


def form_of(name: str) -> Form:
    return name_script(name), tuple(name_skeleton(name).split())


def _classes(tokens: tuple[str, ...]) -> int:
    return sum(len(t) for t in tokens)


def _tokens_match(new: tuple[str, ...], old: tuple[str, ...], first_sound: bool = True) -> bool:
    return all(_plain_match(a, b) or (first_sound and _first_sound(a, b))
               for a, b in zip(new, old, strict=True))


def _plain_match(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= NEAR_TOKEN_MIN and a[0] == b[0] and near(a, b))


def _first_sound(a: str, b: str) -> bool:
    """Word skeletons that differ only in a first letter English and Arabic spell apart: a
    German, Dutch or Scandinavian J is ي (Johannes ``GNS`` ~ يوهانس ``NS``), a Spanish J خ
    (Juan ``GN`` ~ خوان ``KN``), and a German or Polish W ف, where English w is a vowel
    (Wilhelm ``LM`` ~ فيلهلم ``FLM``). The rest must be equal and at least
    ``FIRST_SOUND_REST_MIN`` classes long."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < FIRST_SOUND_REST_MIN:
        return False
    if len(long_) == len(short) + 1:
        return long_[0] in FIRST_SOUND_SILENT and long_[1:] == short
    return len(long_) == len(short) and {a[0], b[0]} == {"G", "K"} and a[1:] == b[1:]


def _initials(name: str) -> list[tuple[str, str]]:
    """(first letter, skeleton) of each word of ``name`` with a consonant."""
    return [(k[0], s) for k in name_key(name.replace("-", " ")).split() if (s := skeleton(k))]


def _spelled_apart(new: str, old: str) -> bool:
    """Whether each word of ``new`` that meets its word of ``old`` (the last words) only by
    ``_first_sound`` is written with first letters of ``FIRST_SOUND_LETTERS`` (Johannes ~
    يوهانس, Juan ~ خوان, Wilhelm ~ فيلهلم; never Ken ~ جين, Reid ~ فريد)."""
    a, b = _initials(new), _initials(old)
    if not a or len(a) > len(b):
        return False
    latin_first = name_script(new) == LATIN
    for (la, sa), (lb, sb) in zip(a, b[len(b) - len(a) :], strict=True):
        pair = (la, lb) if latin_first else (lb, la)
        if not _plain_match(sa, sb) and pair not in FIRST_SOUND_LETTERS:
            return False
    return True


def _vowel_marks(word: str) -> str:
    """The classes of ``word``'s vowel letters, a run of them as its first (Diddy ``II``)."""
    marks, last = [], False
    for char in word:
        mark = _VOWEL_MARKS.get(char)
        if mark is not None and not last:
            marks.append(mark)
        last = mark is not None
    return "".join(marks)


def match_kind(new: tuple[str, ...], old: tuple[str, ...], person: bool,
               first_sound: bool = True) -> str | None:
    """How the token skeletons ``new`` of a name meet ``old`` of a name in another script:
    ``same``, ``surname`` (``person``: ``old`` names a person), ``prefix``, ``suffix`` (not a
    person), or None."""
    if _classes(new) < KEY_MIN or not old:
        return None
    if len(new) == len(old):
        return "same" if _tokens_match(new, old, first_sound) else None
    if (len(new) == 1 and person and len(new[0]) >= SURNAME_KEY_MIN
            and _tokens_match(new, old[-1:], first_sound)):
        return "surname"
    if PREFIX_WORDS_MIN <= len(new) < len(old) and _classes(new) >= SHORT_KEY:
        if new == old[: len(new)]:
            return "prefix"
        if not person and new == old[-len(new) :]:
            return "suffix"
    return None


@dataclass(slots=True)
class CrossScript:
    """Learned entities' names by word skeleton, and the entities named with each (its
    context: ``context``, read from ``stored`` on first use)."""

    forms: dict[str, set[Form]] = field(default_factory=dict)
    by_token: dict[str, dict[str, None]] = field(default_factory=dict)  # script:skeleton -> ids
    # script:skeleton of a name's first word (``name_words``) -> ids (``contextspot``)
    by_first: dict[str, dict[str, None]] = field(default_factory=dict)
    together: dict[str, set[str]] = field(default_factory=dict)
    articles: dict[str, int] = field(default_factory=dict)  # id -> articles seen in, to ARTICLES_MAX
    aliases: dict[str, dict[str, None]] = field(default_factory=dict)  # id -> its names
    # id -> forms indexed only by ``bare_name``: "Sawiris" of "Sawiris Foundation" is no
    # name for a person ("قال ساويرس", the man), so a person's mention does not meet them
    bare: dict[str, set[Form]] = field(default_factory=dict)
    # Arabic key of a translated first word -> {id: its name's ``translated_pattern``} (``translatedspot``)
    translated: dict[str, dict[str, Translated]] = field(default_factory=dict)
    stored: StoredContext | None = None
    read: set[str] = field(default_factory=set)  # ids whose stored context was read
    # this process's articles of an entity whose stored context is not read yet, to be
    # counted after it (the first ARTICLES_MAX: later ones would add nothing)
    pending: dict[str, list[list[str]]] = field(default_factory=dict)

    def add(self, entity_id: str, alias: str, heads: bool = True, is_bare: bool = False) -> None:
        """Index ``alias`` as a name of the learned entity ``entity_id``; ``heads``: without
        its translated head word too (``bare_name``; for people only a head opening the name);
        ``is_bare``: ``alias`` is such a name without its head."""
        script, tokens = form = form_of(alias)
        if not is_bare and entity_id in self.bare:
            self.bare[entity_id].discard(form)  # a name of its own after all
        if not tokens or form in self.forms.setdefault(entity_id, set()):
            return
        if is_bare:
            self.bare.setdefault(entity_id, set()).add(form)
        self.aliases.setdefault(entity_id, {})[alias] = None
        self.forms[entity_id].add(form)
        words = name_words(alias)
        if words:
            self.by_first.setdefault(f"{script}:{words[0][0]}", {})[entity_id] = None
        for token in tokens:
            for key in deletions(token) if len(token) >= NEAR_TOKEN_MIN else (token,):
                self.by_token.setdefault(f"{script}:{key}", {})[entity_id] = None
        latin = heads and script == LATIN and not is_bare  # a name translated whole too
        pattern = (whole_translation(alias) or translated_pattern(alias)) if latin else None
        if pattern is not None:
            for first in pattern[0][0]:
                self.translated.setdefault(first, {})[entity_id] = pattern
        bare = bare_name(alias)
        # a person's name ends with no head ("Sarah Park"); one opening with a head is a place
        # NER took for a person ("Lake Titicaca"), unless the head is also a personal name:
        # "Park Ji-sung" is no park, so "Ji-sung" alone is not him
        if bare is not None and (heads or (alias.endswith(f" {bare}")
                                           and alias.split()[0].casefold() not in HEADS_ALSO_NAMES)):
            self.add(entity_id, bare, is_bare=True)

    def seen_together(self, ids: Iterable[str]) -> None:
        """The entities of one article: each learned one's context grows by the others (in
        its first ``ARTICLES_MAX`` articles; kept ``pending`` until its stored ones are read).
        In sorted order, so that the capped indexes are the same whatever the process (a
        set's order is not)."""
        named = sorted(set(ids))
        for entity_id in named:
            if entity_id not in self.forms:
                continue
            if self.stored is None or entity_id in self.read:
                self._count(entity_id, named)
            else:  # the stored articles come first: counted when they are read
                waiting = self.pending.setdefault(entity_id, [])
                if len(waiting) < ARTICLES_MAX:
                    waiting.append(named)

    def _count(self, entity_id: str, named: list[str]) -> None:
        """One more article of ``entity_id``, naming ``named`` (sorted, itself included)."""
        seen = self.articles[entity_id] = self.articles.get(entity_id, 0) + 1
        context = self.together.setdefault(entity_id, set())
        if seen > ARTICLES_MAX:
            return
        # the first others in sorted order until the context holds TOGETHER_MAX: at most
        # TOGETHER_MAX new and TOGETHER_MAX known ones looked at, however many ``named``
        for other in named:
            if len(context) >= TOGETHER_MAX:
                break
            if other != entity_id:
                context.add(other)

    def _read(self, entity_id: str) -> None:
        """Replay ``entity_id``'s stored articles, once, then those of this process."""
        if self.stored is None or entity_id in self.read:
            return
        self.read.add(entity_id)
        for ids in self.stored(entity_id, ARTICLES_MAX):
            self._count(entity_id, sorted(set(ids)))
        for named in self.pending.pop(entity_id, ()):
            self._count(entity_id, named)

    def context(self, entity_id: str) -> set[str]:
        """The entities named with the learned entity ``entity_id`` in its first articles."""
        self._read(entity_id)
        return self.together.get(entity_id, set())

    def candidates(self, script: str, tokens: tuple[str, ...]) -> dict[str, None]:
        found: dict[str, None] = {}
        for other in NAME_SCRIPTS:
            if other == script:
                continue
            for token in tokens:
                for key in deletions(token) if len(token) >= NEAR_TOKEN_MIN else (token,):
                    found.update(self.by_token.get(f"{other}:{key}", {}))
        return found

    def _needed(self, entity_id: str, script: str, tokens: tuple[str, ...]) -> int:
        """How many entities of context a match of ``tokens`` (a name in ``script``) with
        ``entity_id`` needs."""
        classes = _classes(tokens)
        if classes < SHORT_KEY:
            return CONTEXT_MIN_SHORT
        if classes >= STRONG_KEY and any(
            other != script and len(old) == len(tokens) and _tokens_match(tokens, old)
            for other, old in self.forms.get(entity_id, ())
        ):
            return CONTEXT_MIN_STRONG
        return CONTEXT_MIN

    def matching(self, name: str, types: dict[str, str]) -> list[str]:
        """Learned entities with a name in another script whose key ``name`` meets (any
        ``match_kind``); ``types``: the learned entities' types (a surname names a person)."""
        script, tokens = form_of(name)
        if _classes(tokens) < KEY_MIN:
            return self._one_sound(name, script, tokens)
        return [entity_id for entity_id in self.candidates(script, tokens)
                if self._meets(name, script, tokens, entity_id, types.get(entity_id) == "PER")]

    def _meets(self, name: str, script: str, tokens: tuple[str, ...], entity_id: str,
               person: bool) -> bool:
        """Whether ``name`` meets a name of ``entity_id`` in another script; by a first sound
        spelled apart only where its letters say so (``_spelled_apart``)."""
        olds = [old for other, old in self.forms.get(entity_id, ()) if other != script]
        if any(match_kind(tokens, old, person, first_sound=False) is not None for old in olds):
            return True
        return any(match_kind(tokens, old, person) is not None for old in olds) and any(
            _spelled_apart(name, alias) for alias in self.aliases.get(entity_id, ())
            if name_script(alias) != script)

    def _one_sound(self, name: str, script: str, tokens: tuple[str, ...]) -> list[str]:
        """Learned entities with a one-word name of another script of one consonant class,
        written with the same vowels, by class (Diddy ~ ديدي ``DVDV``, ``II``; Gaga ~ غاغا; never
        Bobo ~ بابا): a nickname's
        consonant alone says too little, so its vowels must agree, and its context
        (``CONTEXT_MIN_SHORT``) is asked for in ``attach``."""
        words = name_words(name)
        if len(tokens) != 1 or len(words) != 1 or len(words[0][1]) < ONE_SOUND_VOWELLED_MIN:
            return []
        marks = _vowel_marks(name_key(name))
        return [entity_id for entity_id in self.candidates(script, tokens)
                if any(name_words(alias) == words and name_script(alias) != script
                       and _vowel_marks(name_key(alias)) == marks
                       for alias in self.aliases.get(entity_id, ()))]

    def only_bare(self, entity_id: str, names: Iterable[str], types: dict[str, str]) -> bool:
        """Whether ``names`` (readings of one mention) meet ``entity_id`` by ``bare`` forms only:
        no name for a person ("قال ساويرس" is the man, not the "Sawiris Foundation")."""
        bare = self.bare.get(entity_id)
        if not bare:
            return False
        person = types.get(entity_id) == "PER"
        for name in names:
            script, tokens = form_of(name)
            if any(match_kind(tokens, old, person) is not None and (other, old) not in bare
                   for other, old in self.forms.get(entity_id, ()) if other != script):
                return False
        return True

    def attach(self, name: str, context: set[str], types: dict[str, str],
               matching: list[str] | None = None) -> str | None:
        """The one learned entity of another script that ``name`` (learned in an article
        naming ``context``) is, when its key matches and the context agrees; else None.
        ``matching``: ``self.matching(name, types)`` when already known."""
        script, tokens = form_of(name)
        agreed = [
            entity_id
            for entity_id in (self.matching(name, types) if matching is None else matching)
            # one named in this article already, under another name, is another entity
            if entity_id not in context
            and len(self.context(entity_id) & context) >= self._needed(entity_id, script, tokens)
        ]
        return agreed[0] if len(agreed) == 1 else None
