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

A name with a head word that Arabic translates while it spells the rest (``ar.HEAD_TRANSLATIONS``:
"Lake Titicaca" is "بحيرة تيتيكاكا", "Riverside Church" "كنيسة ريفرسايد") is also indexed
without that word (``bare_name``), so the spelled part meets it (تيتيكاكا, ريفرسايد).

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
# Fewest consonant classes in a name matched here at all (one class: Ye, Diddy).
KEY_MIN = 2
# Words compared within one edit need this many classes each (as Combs, KMBS ~ KMS).
NEAR_TOKEN_MIN = 3
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


def form_of(name: str) -> Form:
    return name_script(name), tuple(name_skeleton(name).split())


def _classes(tokens: tuple[str, ...]) -> int:
    return sum(len(t) for t in tokens)


def _tokens_match(new: tuple[str, ...], old: tuple[str, ...]) -> bool:
    return all(
        a == b or (min(len(a), len(b)) >= NEAR_TOKEN_MIN and a[0] == b[0] and near(a, b))
        for a, b in zip(new, old, strict=True)
    )


def match_kind(new: tuple[str, ...], old: tuple[str, ...], person: bool) -> str | None:
    """How the token skeletons ``new`` of a name meet ``old`` of a name in another script:
    ``same``, ``surname`` (``person``: ``old`` names a person), ``prefix``, ``suffix`` (not a
    person), or None."""
    if _classes(new) < KEY_MIN or not old:
        return None
    if len(new) == len(old):
        return "same" if _tokens_match(new, old) else None
    if len(new) == 1 and person and len(new[0]) >= SURNAME_KEY_MIN and _tokens_match(new, old[-1:]):
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
    stored: StoredContext | None = None
    read: set[str] = field(default_factory=set)  # ids whose stored context was read
    # this process's articles of an entity whose stored context is not read yet, to be
    # counted after it (the first ARTICLES_MAX: later ones would add nothing)
    pending: dict[str, list[list[str]]] = field(default_factory=dict)

    def add(self, entity_id: str, alias: str, heads: bool = True, is_bare: bool = False) -> None:
        """Index ``alias`` as a name of the learned entity ``entity_id``; ``heads``: without
        its translated head word too (``bare_name``; not for people: "Sarah Park");
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
        bare = bare_name(alias) if heads else None
        if bare is not None:
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
            return []
        return [
            entity_id
            for entity_id in self.candidates(script, tokens)
            if any(
                match_kind(tokens, old, types.get(entity_id) == "PER") is not None
                for other, old in self.forms.get(entity_id, ())
                if other != script
            )
        ]

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
