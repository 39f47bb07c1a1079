"""An Arabic short form of an organisation or place the article named in full.

English refers back to "the Guiyang Evening News" as "the Evening News", and the referent
step joins the two because the words are the same. An Arabic translation writes the short form
with a glued preposition ("لإيفيننج نيوز", to the Evening News) or another spelling of a
foreign word (إيفيننج / إيفننج), so the words differ and the short form founded an entity of
its own. Here a mention that would found a learned entity joins the organisation or place
linked earlier in the same article whose name ends with its words, compared by consonant
skeleton (``crossscript.name_words``) and read also without a glued proclitic
(``memory.proclitic_variants``), when exactly one such entity fits.

Bounds: a short form of at least ``SHORT_FORM_WORDS_MIN`` words and ``SHORT_FORM_CLASSES_MIN``
consonant classes, none of them with the article ال (Arabic words, not a spelled name:
"المنظمة الدولية"); a short form NER tagged a person does not join a full name opened by an
Arabic head word (``ar.HEAD_TRANSLATIONS``, the pack's organisation and place heads): that is
the body or place named after the person ("مؤسسة مارك هولاندر" … "مارك هولاندر"); at most
``HOSTS_MAX`` earlier full names read, nearest first, so that the step stays linear in an
article's mentions.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from dragoman.entities.crossscript import name_words
from dragoman.entities.kb import token_key
from dragoman.entities.linkdoc import Doc
from dragoman.entities.memory import ARABIC, proclitic_variants
from dragoman.language import ar
from dragoman.model import Mention

# Fewest words of a short form: one word alone (نيوز, "News") is too common a piece. Set by hand.
SHORT_FORM_WORDS_MIN = 2
# Fewest consonant classes over the short form's words (إيفننج نيوز: AFNNG + NS). Set by hand,
# as crossscript.SURNAME_KEY_MIN, so that two short function-like words do not join.
SHORT_FORM_CLASSES_MIN = 4
# Most earlier full names of the article read for one short form (a bound, not calibrated).
HOSTS_MAX = 32
_HOST_TYPES = ("ORG", "LOC")
_PERSON = "PER"


@lru_cache(maxsize=1)
def _eponym_heads() -> frozenset[str]:
    """Arabic head words that open a body or place named after a person ("مؤسسة", "شارع")."""
    words = (*ar.HEAD_TRANSLATIONS, *ar.RULES.organisation_heads, *ar.RULES.place_heads)
    return frozenset(token_key(w) for w in words)


def _readings(name: str) -> list[tuple[str, ...]]:
    """The consonant skeletons of ``name``'s words, as written and without a glued proclitic,
    for a short form that may join a longer name."""
    out = []
    for _, variant in proclitic_variants(name):
        words = variant.split()
        if len(words) < SHORT_FORM_WORDS_MIN or any(token_key(w).startswith("ال") for w in words):
            continue
        spelled = name_words(variant)
        skeletons = tuple(s for s, _ in spelled)
        if len(spelled) == len(words) and sum(len(s) for s in skeletons) >= SHORT_FORM_CLASSES_MIN:
            out.append(skeletons)
    return out


def short_form_of(doc: Doc, mention: Mention, name: str, type_of: Callable[[str], str | None]
                  ) -> str | None:
    """The entity of the one organisation or place linked earlier in the article whose
    Arabic name ends with ``name``'s words (``mention``'s name), by skeleton; the mention
    takes that entity's type. ``type_of``: an entity's type (the entity's, not the label NER
    gave that mention: "جيوانج إيفننج نيوز" may be tagged a person). None when there is none
    or more than one."""
    if not ARABIC.match(name) or not (readings := _readings(name)):
        return None
    fits: dict[str, str] = {}
    read = 0
    for host in reversed(doc.mentions):
        if host.end > mention.start or host.entity_id is None:
            continue
        if not ARABIC.match(host.text) or " " not in host.text:
            continue
        read += 1
        if read > HOSTS_MAX:
            break
        if mention.label == _PERSON and token_key(host.text.split()[0]) in _eponym_heads():
            continue  # a person after the body or place named after them ("مؤسسة مارك هولاندر")
        full = tuple(s for s, _ in name_words(host.text))
        if (any(len(full) > len(r) and full[-len(r):] == r for r in readings)
                and (kind := type_of(host.entity_id) or host.label) in _HOST_TYPES):
            fits[host.entity_id] = kind
    if len(fits) != 1:
        return None
    (entity_id, label), = fits.items()
    mention.label = label  # type: ignore[assignment]
    return entity_id
