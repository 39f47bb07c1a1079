"""The entity audit's scorer (``eval/entity_audit_scoring.py``) on pages written for it, and the
committed gold files (``eval/data/entity_audit``): well formed, each page on its fixed split."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from eval.entity_audit import GOLD, split_of
from eval.entity_audit_scoring import (
    ArticleEntity,
    GoldPage,
    GoldReferent,
    classify,
    errors_by_class,
    load_gold,
    normalise,
    page_problems,
    score,
)
from eval.provenance import check_provenance

from tests.conftest import shared_path

HARBOUR = GoldPage("p/harbour.html", "en", "dev", (
    GoldReferent("Ilse Varga", "PER", ("Ilse Varga", "Varga", "Mayor Varga")),
    GoldReferent("Port Elrond", "LOC", ("Port Elrond", "Elrond")),
    GoldReferent("Elrond Ferry Company", "ORG", ("Elrond Ferry Company", "EFC")),
))
CUSTOMS = GoldPage("p/customs.html", "en", "dev", (
    GoldReferent("Ilse Varga", "PER", ("Ilse Varga",)),
    GoldReferent("Tomas Varga", "PER", ("Tomas Varga",)),
))


def entity(ident: str, kind: str, *surfaces: str) -> ArticleEntity:
    return ArticleEntity(ident, surfaces[0], kind, surfaces)


@pytest.mark.parametrize(("text", "key"), [
    ("Varga’s", "varga"), ("U.S.", "us"), ("The Hague", "hague"), ("ＥＦＣ", "efc"),
    ("Washington, D.C.", "washington dc"), ("Nations’", "nations"), ("Barry Can’t Swim", "barry cant swim"),
])
def test_normalise_drops_case_dots_possessives_and_a_leading_article(text: str, key: str) -> None:
    assert normalise(text) == key


def test_classify_tells_the_five_cases_apart() -> None:
    refs = HARBOUR.referents
    assert classify(entity("a", "PER", "Ilse Varga", "Varga's", "Mayor Varga"), refs).kind == "right"
    assert classify(entity("b", "ORG", "Varga"), refs).kind == "wrong type"
    assert classify(entity("c", "LOC", "Harbour Master"), refs).kind == "junk"
    assert classify(entity("d", "LOC", "Port Elrond", "EFC"), refs).kind == "merged"
    span = classify(entity("e", "LOC", "Elrond", "Elrond Thursday"), refs)
    assert (span.kind, span.referent) == ("span", "Port Elrond")


def test_an_entity_right_in_each_article_but_on_two_referents_is_merged() -> None:
    found = {HARBOUR.page: [entity("x-varga", "PER", "Ilse Varga")],
             CUSTOMS.page: [entity("x-varga", "PER", "Tomas Varga")]}
    figures = score([HARBOUR, CUSTOMS], found)
    assert figures["all"] == {"entities": 1, "right": 0, "precision": 0.0, "by_class": {"merged": 1}}
    assert figures["recall"] == 0.0 and figures["in_article_precision"] == 1.0


def test_split_rate_recall_and_the_top_ranking() -> None:
    found = {HARBOUR.page: [entity("x-1", "PER", "Ilse Varga", "Varga"),
                            entity("x-2", "PER", "Mayor Varga"),  # the same person again: split
                            entity("city-1", "LOC", "Port Elrond", "Elrond", "Elrond"),
                            entity("x-3", "ORG", "Tuesday")],  # junk
             CUSTOMS.page: [entity("x-1", "PER", "Ilse Varga")]}
    figures = score([HARBOUR, CUSTOMS], found)
    # 3 referents of the harbour page reached: 2 (Varga, Port Elrond) + 1 on customs
    assert (figures["referents_reached"], figures["referents_split"]) == (3, 1)
    assert figures["split_rate"] == round(1 / 3, 3)
    # right and on its referent: Varga (x-1, x-2) and Port Elrond on harbour, Ilse on customs
    assert figures["recall"] == round(3 / 5, 3)
    assert figures["all"]["by_class"] == {"junk": 1} and figures["all"]["right"] == 3
    assert figures["by_type"]["PER"]["precision"] == 1.0 and figures["by_type"]["ORG"]["right"] == 0
    classes = sorted(e["class"] for e in figures["errors"])
    assert classes == ["junk", "missed", "missed", "split"]
    counts = errors_by_class(figures["errors"])
    assert counts == {"junk": 1, "missed referent": 2, "split referent": 1}
    check_provenance("entity_audit", {"split": "dev", "tuned_on": "dev", "dev": {**figures,
                                      "split": "dev", "errors_by_class": counts}})
    assert figures["top50"]["entities"] == 4 and figures["by_language"]["en"]["entities_precision"] == 0.75


def test_entities_without_scored_surfaces_or_of_another_type_are_left_out() -> None:
    found = {HARBOUR.page: [entity("country-xx", "MISC", "Elrondian"),
                            ArticleEntity("country-yy", "Yland", "LOC", ())]}
    figures = score([HARBOUR], found)
    assert figures["all"]["entities"] == 0 and figures["recall"] == 0.0


def test_page_problems_name_what_is_malformed() -> None:
    good = {"page": "a", "lang": "en", "split": "dev",
            "referents": [{"name": "A", "type": "PER", "forms": ["A"]}]}
    assert page_problems(good) == []
    bad = {**good, "split": "train", "referents": [
        {"name": "A", "type": "MISC", "forms": ["A"]}, {"name": "A", "type": "PER", "forms": [" ."]}]}
    problems = page_problems(bad)
    assert any("split" in p for p in problems) and any("MISC" in p for p in problems)
    assert any("forms" in p for p in problems) and any("2 times" in p for p in problems)


def test_load_gold_refuses_a_page_annotated_twice(tmp_path: Path) -> None:
    page = {"page": "a", "lang": "en", "split": "dev",
            "referents": [{"name": "A", "type": "PER", "forms": ["A"]}]}
    (tmp_path / "en.json").write_text(json.dumps([page]))
    (tmp_path / "fr.json").write_text(json.dumps([{**page, "lang": "fr"}]))
    with pytest.raises(ValueError, match="twice"):
        load_gold(tmp_path)


def test_the_committed_gold_is_well_formed_and_consistent() -> None:
    pages = load_gold(GOLD)  # raises on a malformed entry
    assert len(pages) >= 40 and {p.lang for p in pages} >= {"en", "de", "fr"}
    assert {p.split for p in pages} == {"dev", "test"}
    for page in pages:
        assert page.split == split_of(page.page), page.page
        assert page.referents, page.page
    types: dict[str, set[str]] = defaultdict(set)  # one canonical name, one type everywhere
    for ref in (r for p in pages for r in p.referents):
        types[ref.name].add(ref.type)
    assert {n: t for n, t in types.items() if len(t) > 1} == {}


def test_every_gold_page_exists_in_the_shared_data() -> None:
    data = shared_path("data")
    missing = [p.page for p in load_gold(GOLD) if not (data / p.page).is_file()]
    assert missing == []
