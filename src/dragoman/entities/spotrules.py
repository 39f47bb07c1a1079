"""What spotting a learned name in another script asks (issue 14), shared by the spotting
steps (``contextspot``: names NER missed; ``cutspot``: names NER cut at a known name): the
text's words spelled alike the name's (``spelled_alike``), and the linked entities the
article must share with the name's earlier articles (``SPOT_CONTEXT_MIN``).
"""

from __future__ import annotations

from dragoman.entities.crossscript import Word
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
