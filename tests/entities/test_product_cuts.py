"""A product named after its maker stays one name (issue 14): a span typed MISC whose rest,
after a firm the knowledge base knows, is one word the KB does not know ("Kestrel Orbit", a
made-up product of a made-up firm) is not cut in two; a KB entity on the right, a span typed
an organisation or a place, and a firm before a full name still are. The packs' possessive
determiners are read by ``ownednames``. Made-up names."""

from __future__ import annotations

from dragoman.entities.packwords import every_pack
from dragoman.entities.splitting import Part, find_cut


def known_stub(table: dict[str, Part]) -> object:
    return lambda text: table.get(text)


FIRM = Part("kestrel", 0, "ORG")
TAGGED_ALONE = Part(None, 0, "MISC", tagged=True)


def test_a_product_after_its_maker_is_not_cut() -> None:
    known = known_stub({"Kestrel": FIRM, "Orbit": TAGGED_ALONE})
    assert find_cut("Kestrel Orbit", "MISC", known) is None  # type: ignore[arg-type]


def test_a_product_after_its_maker_is_not_cut_after_a_possessive_either() -> None:
    known = known_stub({"Kestrel": FIRM, "Orbit": TAGGED_ALONE})
    assert find_cut("Kestrel's Orbit", "MISC", known) is None  # type: ignore[arg-type]


def test_a_kb_entity_on_the_right_is_still_cut_off() -> None:
    known = known_stub({"Kestrel": FIRM, "Halvard": Part("halvard", 0, "ORG")})
    cut = find_cut("Kestrel Halvard", "MISC", known)  # type: ignore[arg-type]
    assert cut is not None and "Kestrel Halvard"[cut.right_start :] == "Halvard"


def test_the_same_span_typed_an_organisation_or_a_place_is_still_cut() -> None:
    known = known_stub({"Kestrel": FIRM, "Orbit": Part(None, 0, "LOC", tagged=True)})
    for label in ("ORG", "LOC"):
        cut = find_cut("Kestrel Orbit", label, known)  # type: ignore[arg-type]
        assert cut is not None and "Kestrel Orbit"[: cut.left_end] == "Kestrel", label


def test_a_firm_and_a_full_name_are_still_cut() -> None:
    known = known_stub({"Kestrel": FIRM})
    cut = find_cut("Kestrel Mara Olsen", "PER", known)  # type: ignore[arg-type]
    assert cut is not None and "Kestrel Mara Olsen"[cut.right_start :] == "Mara Olsen"


def test_possessive_determiners_come_from_the_packs() -> None:
    words = every_pack(lambda w: w.possessive_determiners)
    assert {"your", "our", "mein", "unsere"} <= words
    assert not {"her", "ihr", "sein"} & words  # object pronouns and a verb
