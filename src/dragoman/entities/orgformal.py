"""An organisation's short name inside its formal one: "Ninth Circuit" of "Ninth Circuit Court
of Appeals", "Tarrow Chamber" of "Tarrow Chamber of Commerce".

``nameowners.organisation_host`` joins a name to the longer one it ends or that it opens before
head words only ("Metropolitan Police" of "Metropolitan Police Department"). A formal name
often goes on after its head word with a link ("of", the packs' ``place_of_links``) and a
complement: the short name opening it is then the same organisation when the complement is
a common noun of the name ("Appeals", "Commerce", "Human Rights"), not a place: "Federal
Reserve" is not the "Federal Reserve Bank of New York", nor "Red Cross" the "Red Cross
Society of Norway" (a branch of it named by its place). With two such longer names, none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dragoman.entities.nameclass import head_keys
from dragoman.entities.nameowners import organisation_host
from dragoman.entities.packwords import every_pack
from dragoman.entities.referentvote import KbType

# The link between a formal name's head and its complement ("of"): the packs' words that
# link a place noun to its name, the same genitive link.
_LINKS = every_pack(lambda w: w.place_of_links)


def organisation_or_formal_host(words: list[str], names: Sequence[tuple[list[str], str]],
                                kb_type: KbType | None) -> int | None:
    """``nameowners.organisation_host`` of an organisation's name, else its ``formal_host``."""
    host = organisation_host(words, "ORG", names)
    return host if host is not None else formal_host(words, names, kb_type)


def formal_host(words: list[str], names: Sequence[tuple[list[str], str]],
                kb_type: KbType | None) -> int | None:
    """Index in ``names`` ((token keys, type) of the article's longer names) of the one
    organisation whose formal name ``words`` opens (see the module docstring); ``kb_type``:
    the knowledge base's type of a name, towns included, which tells a complement that names
    a place. None when none or two, or with no knowledge base."""
    if kb_type is None:
        return None
    n = len(words)
    if kb_type(" ".join(words), False) == "ORG" or any(w in _LINKS for w in words):
        return None  # a name of its own ("World Bank"), or a formal name already
    nested = head_keys().get(words[-1]) == "ORG"  # "Justice Department" + "Office of ...": a unit of it
    hosts = [i for i, (other, kind) in enumerate(names)
             if kind == "ORG" and len(other) >= n + 2 and other[:n] == words
             and not (nested and other[n] not in _LINKS)
             and _formal_tail(other[n:], lambda name: kb_type(name, True) == "LOC")]
    return hosts[0] if len(hosts) == 1 else None


def _formal_tail(tail: list[str], place: Callable[[str], bool]) -> bool:
    """Whether ``tail`` is head words (none or more), one link, then a complement that names
    no place and holds no second link ("Court of Appeals", "of Commerce")."""
    links = [i for i, w in enumerate(tail) if w in _LINKS]
    if len(links) != 1 or links[0] == len(tail) - 1:
        return False
    cut = links[0]
    heads = head_keys()
    return all(heads.get(w) == "ORG" for w in tail[:cut]) and not place(" ".join(tail[cut + 1 :]))
