"""A title of the article's language that NER took into a name (issue 14/15, French entities):
"Me Isabelle Steyer", "Maître Hervé Temime" (a lawyer's or a notary's title), tagged as one
person, or as an organisation by the French CRF model. The title is no part of the name: cut
off, the rest is a person's. The words are the pack's ``own_person_titles``, read in the
article's own language only, being everyday words of other languages (English "Me Too").
A title followed by no capitalised word ("Me voilà") is left alone.

The title is cut only where what follows reads as a person's full name, for the same words
open stage names, characters, brands and slogans ("le rappeur Maître Gims", "Maître Corbeau",
"Maître Kanter", "le mouvement Me Too"):
* two words or more, the mention typed a person, or opening with a known given name (each
  part of a compound one: "Pierre-Olivier") when NER typed it otherwise ("Me Marc Bailly"
  ORG; not "Me Too France" ORG, "Me Myself and I" MISC);
* one word only where the page names that surname in full elsewhere ("Me Hervé Temime …
  Me Temime"), so "Me Dupont-Aignan" alone keeps its title."""

from __future__ import annotations

from dataclasses import replace

from dragoman.entities.kb import token_key
from dragoman.entities.nameclass import given_name_keys
from dragoman.model import Mention

# Labels NER gives a titled person's name: the French CRF model types "Me X" an organisation.
_TITLED_LABELS = frozenset({"PER", "ORG", "MISC"})


def without_pack_titles(text: str, mentions: list[Mention],
                        titles: tuple[str, ...]) -> list[Mention]:
    """``mentions`` with a leading title of ``titles`` cut off each unlinked one it opens
    before a person's full name, the rest typed PER (module docstring)."""
    if not titles:
        return mentions
    rests = [_titled_rest(m, titles) for m in mentions]
    full_names = [rest.split() if rest is not None else m.text.split()
                  for m, rest in zip(mentions, rests, strict=True)
                  if rest is not None or m.label == "PER"]
    surnames = {token_key(words[-1]) for words in full_names if len(words) > 1}
    out: list[Mention] = []
    for m, rest in zip(mentions, rests, strict=True):
        if rest is not None and _person_after_title(m, rest, surnames):
            start = m.start + len(m.text) - len(rest)
            m = replace(m, start=start, text=text[start : m.end], label="PER")
        out.append(m)
    return out


def _titled_rest(m: Mention, titles: tuple[str, ...]) -> str | None:
    """The words after a leading title of ``titles`` of an unlinked mention, when the first is
    capitalised; None otherwise."""
    head, _, rest = m.text.partition(" ")
    if m.entity_id is None and m.label in _TITLED_LABELS and head in titles and rest[:1].isupper():
        return rest
    return None


def _person_after_title(m: Mention, rest: str, surnames: set[str]) -> bool:
    """Whether ``rest``, written after a title, reads as a person's name (module docstring)."""
    words = rest.split()
    if len(words) == 1:
        return token_key(words[0]) in surnames
    given = given_name_keys()
    return m.label == "PER" or all(token_key(part) in given for part in words[0].split("-"))
