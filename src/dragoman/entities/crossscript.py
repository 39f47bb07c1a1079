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
  "Ri Yong Ho").

Precision first: the candidate must be unique, absent from the article so far, and share
at least ``CONTEXT_MIN`` other entities with the articles it was named in (more for
names of fewer than ``SHORT_KEY`` classes); otherwise the name founds its own entity.
Context is what the linker has linked: in this process, and in the stored archive when
the ``Memory`` is loaded (``Store.learned_context`` replays each learned entity's first
``ARTICLES_MAX`` articles in ingest order), so a later ingest run sees what one long run
would have.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from dragoman.entities.kb import name_skeleton
from dragoman.entities.transliterate import NAME_SCRIPTS, deletions, name_script, near

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
# archive; a name's first articles say who it is).
TOGETHER_MAX = 256
# Most articles of one learned entity its context is taken from, the first ones in ingest
# order: a bound, not calibrated; the same in one run and when an archive's context is
# loaded (``Store.learned_context``), so that both build the same context.
ARTICLES_MAX = 64
# Most learned entities listed as named beside one entity: one named with more (a country
# in every article) says little about who a name is, and is not followed further.
NAMED_WITH_MAX = 512

Form = tuple[str, tuple[str, ...]]  # (script, token skeletons)


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
    ``same``, ``surname`` (``person``: ``old`` names a person), ``prefix``, or None."""
    if _classes(new) < KEY_MIN or not old:
        return None
    if len(new) == len(old):
        return "same" if _tokens_match(new, old) else None
    if len(new) == 1 and person and len(new[0]) >= SURNAME_KEY_MIN and _tokens_match(new, old[-1:]):
        return "surname"
    if PREFIX_WORDS_MIN <= len(new) < len(old) and new == old[: len(new)] and _classes(new) >= SHORT_KEY:
        return "prefix"
    return None


@dataclass(slots=True)
class CrossScript:
    """Learned entities' names by word skeleton, and the entities named with each."""

    forms: dict[str, set[Form]] = field(default_factory=dict)
    by_token: dict[str, dict[str, None]] = field(default_factory=dict)  # script:skeleton -> ids
    together: dict[str, set[str]] = field(default_factory=dict)
    named_with: dict[str, dict[str, None]] = field(default_factory=dict)  # inverse of together
    articles: dict[str, int] = field(default_factory=dict)  # id -> articles seen in, to ARTICLES_MAX
    aliases: dict[str, dict[str, None]] = field(default_factory=dict)  # id -> its names

    def add(self, entity_id: str, alias: str) -> None:
        """Index ``alias`` as a name of the learned entity ``entity_id``."""
        script, tokens = form = form_of(alias)
        if not tokens or form in self.forms.setdefault(entity_id, set()):
            return
        self.aliases.setdefault(entity_id, {})[alias] = None
        self.forms[entity_id].add(form)
        for token in tokens:
            for key in deletions(token) if len(token) >= NEAR_TOKEN_MIN else (token,):
                self.by_token.setdefault(f"{script}:{key}", {})[entity_id] = None

    def seen_together(self, ids: Iterable[str]) -> None:
        """The entities of one article: each learned one's context grows by the others (in
        its first ``ARTICLES_MAX`` articles). In sorted order, so that the capped indexes are
        the same whatever the process (a set's order is not)."""
        named = sorted(set(ids))
        for entity_id in named:
            if entity_id in self.forms:
                seen = self.articles[entity_id] = self.articles.get(entity_id, 0) + 1
                context = self.together.setdefault(entity_id, set())
                if seen > ARTICLES_MAX or len(context) >= TOGETHER_MAX:
                    continue
                others = [other for other in named if other != entity_id]
                context.update(others)
                for other in others:
                    beside = self.named_with.setdefault(other, {})
                    if len(beside) < NAMED_WITH_MAX:
                        beside[entity_id] = None

    def context_candidates(self, linked: set[str]) -> dict[str, int]:
        """Learned entities not in ``linked`` (an article's entities), each with how many of
        ``linked`` were named beside it before."""
        counts: dict[str, int] = {}
        for entity_id in linked:
            for learned in self.named_with.get(entity_id, ()):
                if learned not in linked:
                    counts[learned] = counts.get(learned, 0) + 1
        return counts

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
            and len(self.together.get(entity_id, set()) & context) >= self._needed(entity_id, script, tokens)
        ]
        return agreed[0] if len(agreed) == 1 else None
