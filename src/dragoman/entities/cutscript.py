"""Which knowledge-base entity one side of a span may take when NER ran two names together
(issue 14, cross-lingual identity).

``splitting.find_cut`` cuts a span where one side is a known entity. A non-Latin side may
reach a knowledge-base entity through a cross-script key (its consonant skeleton, within one
edit per long word, read against the entity's Latin name). When the knowledge base also
records that entity's own name in the side's script and the side does not spell it, the key
was the only evidence, and it is too loose to cut a person's name in two: the Arabic given
name "كريستين" of "كريستين بلاسي فورد" (Christine Blasey Ford) has the skeleton of
"Kurdistan" within one edit, while Kurdistan's Arabic name is "كردستان". A side the
knowledge base names in that script ("الناتو ينس ستولتنبرغ"), a learned entity (a name the
archive learned from another script, such as "Stoltenberg") and an entity without a name in
the side's script keep the cross-script reading.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from dragoman.entities.kb import KnowledgeBase, name_key, name_skeleton
from dragoman.entities.memory import usable_skeleton
from dragoman.entities.transliterate import name_script, skeleton
from dragoman.language.normalize import normalize_for_match
from dragoman.language.scripts import ARABIC


def own_name_missed(kb: KnowledgeBase, entity_id: str, text: str) -> bool:
    """Whether ``entity_id``, reached from ``text`` by a loose key, is a knowledge-base
    entity that has a name of its own in ``text``'s script and ``text`` spells none of them
    (so ``text`` is not it)."""
    entity = kb.entities.get(entity_id)
    if entity is None:
        return False
    script = name_script(text)
    own = [name for name in (*entity.names.values(), *entity.aliases) if name_script(name) == script]
    if entity.type == "PER":  # a surname alone: "Столтенберг" of "Йенс Столтенберг"
        own += [name.split()[-1] for name in own if " " in name.strip()]
    return bool(own) and not any(_spells(text, name) for name in own)


def _spells(side: str, name: str) -> bool:
    """Whether ``side`` writes ``name`` of its own script: the same letters up to word breaks
    and letters of one sound ("بيونغ يانغ" for بيونغيانغ, "كوالا لمبور" for كوالالمبور, Persian
    "ترامپ" for ترامب), or, for a name long enough to match by consonants alone
    (``memory.SKELETON_MIN``) in Arabic script, which writes vowels or leaves them out, the
    same consonants with other vowel letters (Persian "زلنسکی" for زيلينسكي; Cyrillic writes
    every vowel: "Александра" is no "Александрия"). "كارلا" is still no "كورلا", nor "كريستين"
    "كردستان"."""
    if _sound_spelling(side) == _sound_spelling(name):
        return True
    if name_script(side) != ARABIC:
        return False
    consonants = name_skeleton(side).replace(" ", "")
    return usable_skeleton(consonants) and consonants == name_skeleton(name).replace(" ", "")


@lru_cache(maxsize=1 << 16)  # the knowledge base's names recur in every look-up
def _sound_spelling(name: str) -> str:
    """A name's key with its word breaks dropped and each consonant read as its sound class
    (vowel letters kept)."""
    word = normalize_for_match(name_key(name)).replace(" ", "")
    return "".join(skeleton(letter) or letter for letter in word)


class _Resolver(Protocol):
    kb: KnowledgeBase

    def resolve(self, text: str, label: str, exact: bool = False) -> tuple[str | None, int]: ...


def loose_side(resolver: _Resolver, text: str, label: str) -> tuple[str | None, int]:
    """``resolver.resolve`` of a non-Latin side that no key names exactly: its cross-script
    reading, refused where the entity has its own name in the side's script."""
    found, shift = resolver.resolve(text, label)
    if found is not None and own_name_missed(resolver.kb, found, text):
        return None, 0
    return found, shift
