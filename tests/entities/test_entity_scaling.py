"""The entity linker's per-article work grows about linearly with the names of the article:
a learned entity's co-mention context takes in at most ``TOGETHER_MAX`` others however many
the article names (``crossscript``), and a one-word name is looked up among the article's
full names by its initials or bare name, not compared with each (``nameowners``). Work is
counted, not timed; the answers are those of the plain scans they replaced."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest

from dragoman.entities import nameowners
from dragoman.entities.crossscript import TOGETHER_MAX, CrossScript
from dragoman.entities.kb import name_key
from dragoman.entities.nameowners import abbreviation_owner, bare_name, initials, owner_index


class _Counted(list[str]):
    """A list that counts the items read from it."""

    read = 0

    def __iter__(self) -> Iterator[str]:
        for item in super().__iter__():
            _Counted.read += 1
            yield item


def _context_work(n: int) -> tuple[int, CrossScript]:
    """Items read to count one article naming ``n`` learned people in every one's context."""
    cross = CrossScript()
    ids = [f"learned:p{i:05d}" for i in range(n)]
    for i, entity_id in enumerate(ids):
        cross.add(entity_id, f"Tarik Vollen{i}")
    _Counted.read = 0
    named = _Counted(sorted(ids))
    for entity_id in ids:
        cross._count(entity_id, named)
    return _Counted.read, cross


def test_context_work_grows_linearly_and_stays_capped() -> None:
    small, _ = _context_work(300)
    large, cross = _context_work(1200)
    # four times the people, about four times the work (each one reading every other
    # made it sixteen times)
    assert large < 5 * small
    assert all(len(cross.context(f"learned:p{i:05d}")) == TOGETHER_MAX for i in range(0, 1200, 97))


def test_context_of_a_usual_article_holds_every_other_entity() -> None:
    cross = CrossScript()
    for entity_id, name in (("learned:a", "Mirela Ostrand"), ("learned:b", "Kavrholm")):
        cross.add(entity_id, name)
    cross.seen_together(["learned:a", "learned:b", "kb:Q90"])
    cross.seen_together(["learned:a", "kb:Q64"])
    assert cross.context("learned:a") == {"learned:b", "kb:Q90", "kb:Q64"}
    assert cross.context("learned:b") == {"learned:a", "kb:Q90"}


def test_context_full_takes_nothing_more() -> None:
    _, cross = _context_work(TOGETHER_MAX + 40)
    first = set(cross.context("learned:p00000"))
    cross._count("learned:p00000", ["learned:zz1", "learned:zz2"])
    assert cross.context("learned:p00000") == first


def _acronym_of(acronym: str, name: str) -> bool:
    """The plain test the index replaced: capitals (dots allowed) that are a name's initials."""
    letters = acronym.replace(".", "")
    return (len(letters) >= 2 and letters.isalpha() and letters.isupper()
            and len(name.split()) >= 2 and letters in initials(name))


def _scanned_owner(text: str, label: str, names: Sequence[tuple[str, str]]) -> int | None:
    """The answer of the scan of every name that ``abbreviation_owner`` replaced."""
    key = name_key(text)
    owners = [i for i, (full, kind) in enumerate(names)
              if (kind in ("ORG", "LOC") and _acronym_of(text, full))
              or (kind == "ORG" and label != "LOC" and bare_name(full) == key)]
    return owners[0] if len(owners) == 1 else None


NAMES = [("Quarrel Bay Ferry Company", "ORG"), ("Ostrand Oil", "ORG"), ("Mirela Ostrand", "PER"),
         ("Kavrholm Harbour Police", "ORG"), ("Kavrholm Harbour", "LOC"),
         ("Office for Tidal Records", "ORG"), ("Office of Tidal Research", "ORG"),
         ("Lund Valley", "LOC"), ("D.V. Water Board", "ORG")]


@pytest.mark.parametrize(("text", "label"), [
    ("QBFC", "ORG"), ("Ostrand", "ORG"), ("Ostrand", "LOC"), ("KHP", "ORG"), ("KH", "LOC"),
    ("OTR", "ORG"), ("OFTR", "ORG"), ("LV", "LOC"), ("DVWB", "ORG"), ("Lund", "PER"),
    ("qbfc", "ORG"), ("Q.B.F.C.", "ORG"), ("Kavrholm", "ORG"),
])
def test_owner_is_that_of_the_scan(text: str, label: str) -> None:
    assert abbreviation_owner(text, label, owner_index(NAMES)) == _scanned_owner(text, label, NAMES)


def test_owner_lookups_name_the_expected_owner() -> None:
    assert abbreviation_owner("QBFC", "ORG", owner_index(NAMES)) == 0
    assert abbreviation_owner("Ostrand", "ORG", owner_index(NAMES)) == 1  # "Ostrand Oil" without its head
    assert abbreviation_owner("Ostrand", "LOC", owner_index(NAMES)) is None  # NER's place: no bare name
    assert abbreviation_owner("OTR", "ORG", owner_index(NAMES)) is None  # two offices share the initials
    other = [("Brenn Valley Rowing Club", "ORG")]  # the next article: its own index
    assert abbreviation_owner("BVRC", "ORG", owner_index(other)) == 0
    assert abbreviation_owner("QBFC", "ORG", owner_index(other)) is None


def test_each_full_name_is_read_once_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = [0]
    original = nameowners.initials

    def counted(name: str) -> tuple[str, str, str]:
        calls[0] += 1
        return original(name)

    monkeypatch.setattr(nameowners, "initials", counted)
    names = [(f"Vessel Registry {i} Office", "ORG") for i in range(400)]
    index = owner_index(names)
    for i in range(300):  # one-word names of the article, none an acronym of its names
        assert abbreviation_owner(f"XQ{chr(65 + i % 26)}", "ORG", index) is None
    assert calls[0] == len(names)  # once each, not once per one-word name
