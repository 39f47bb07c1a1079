"""What spotting a learned name in another script asks (issue 14), shared by the spotting
steps (``contextspot``: names NER missed; ``cutspot``: names NER cut at a known name): the
text's words spelled alike the name's (``spelled_alike``), and the linked entities the
article must share with the name's earlier articles (``SPOT_CONTEXT_MIN``).
"""

from __future__ import annotations

from collections.abc import Sequence

from dragoman.entities.arabicword import everyday_word
from dragoman.entities.crossscript import Word
from dragoman.entities.kb import name_key
from dragoman.entities.memory import Memory
from dragoman.entities.transliterate import skeleton, vowelled, vowels_written
from dragoman.language.scripts import ARABIC, LATIN

# Calibrated on the NTREX-128 en-ar dev half: entities the article must share with the
# candidate's earlier articles (names found without NER's word for them need context) ...
SPOT_CONTEXT_MIN = 2
# ... and for names of fewer than crossscript.SHORT_KEY classes.
SPOT_CONTEXT_MIN_SHORT = 3
# Words of fewer consonant classes must agree in their vowels too ...
SHORT_WORD = 3
# ... and one-word names of fewer classes must not write vowels the other spelling lacks.
STRONG_WORD = 5
# Score of a mention found this way (as textscan.DETECTED_SCORE).
SPOT_SCORE = 0.9
# The Arabic article: a word written with it is an Arabic word, never a spelled foreign name.
ARABIC_ARTICLE = "ال"


def spelled_alike(key: str, word: Word, alone: bool, scripts: tuple[str, str]) -> bool:
    """Whether a text word (its ``token_key``) spells ``word`` of a name in another script;
    ``alone``: the name has this one word; ``scripts``: (the text word's, the name's)."""
    skel, vowels = word
    if skeleton(key) != skel:
        return False
    if len(skel) < SHORT_WORD:  # in a longer name, Arabic may leave a short vowel out (بف دادي)
        return _vowels_fit(vowelled(key), vowels, scripts) if not alone else vowelled(key) == vowels
    if alone and len(skel) < STRONG_WORD:
        return _vowels_fit(vowelled(key), vowels, scripts)
    return True


def _vowels_fit(text_vowels: str, name_vowels: str, scripts: tuple[str, str]) -> bool:
    """The Arabic spelling writes no vowel the Latin one lacks, whichever side is the text's
    (Robin ~ روبن both ways); same-script spellings must agree."""
    if scripts == (ARABIC, LATIN):
        return vowels_written(text_vowels, name_vowels)
    if scripts == (LATIN, ARABIC):
        return vowels_written(name_vowels, text_vowels)
    return text_vowels == name_vowels


def everyday_after_known_name(memory: Memory, entity_id: str, words: Sequence[str],
                              opening_known: bool | None = None) -> bool:
    """Whether the Arabic text ``words`` after the opening of a spelled name of ``entity_id``
    are prose after a knowledge-base name, not the name's words: the entity is no person, every
    one of the words is an everyday word (``arabicword.everyday_word``) and the name opens with
    a word that is a knowledge-base name on its own (``opening_known``, else
    ``opens_with_known_name``): "لندن ألف" (London and a thousand) is no "London Life". A spelled
    word among them ("تامبا باي تايمز", Tampa Bay Times: باي "bye") or an opening that names
    nothing alone ("ديلي ميل", Daily Mail: "Daily") keeps the name; so do a person's short words
    ("دارا لي", Dara Lee: لي "to me")."""
    if memory.types.get(entity_id) == "PER" or not words or not all(everyday_word(w) for w in words):
        return False
    return opens_with_known_name(memory, entity_id) if opening_known is None else opening_known


def opens_with_known_name(memory: Memory, entity_id: str) -> bool:
    """Whether a name of the learned ``entity_id`` opens with a word the knowledge base names
    alone ("London" of "London Life"; not "Daily" of "Daily Mail")."""
    kb = memory.kb
    return kb is not None and any(
        kb.by_key.get(name_key(alias.split()[0])) for alias in memory.cross.aliases.get(entity_id, ())
        if alias.split())
