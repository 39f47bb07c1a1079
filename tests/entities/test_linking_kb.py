"""The seed knowledge base is consistent, and skeletons behave as documented."""

from __future__ import annotations

from dragoman.entities.kb import load_kb, name_key, variant_key
from dragoman.entities.transliterate import near, skeleton


def test_roles_name_known_entities_with_ordered_dates() -> None:
    kb = load_kb()
    assert kb.roles
    for role in kb.roles:
        assert role.org in kb.entities, role.id
        assert role.titles, role.id
        for entity_id, start, end in role.holders:
            assert kb.entities[entity_id].type == "PER", (role.id, entity_id)
            assert end is None or start < end, (role.id, entity_id)
        starts = [h[1] for h in role.holders]
        assert starts == sorted(starts), role.id


def test_seed_entities_have_english_and_arabic_names() -> None:
    kb = load_kb()
    seeds = [e for e in kb.entities.values() if e.rank >= 3.0]
    assert len(seeds) >= 300
    for entity in seeds:
        assert entity.names.get("en") and entity.names.get("ar"), entity.id


def test_gazetteers_give_countries_and_cities_in_both_scripts() -> None:
    kb = load_kb()
    assert kb.by_key[name_key("Ukraine")][0] == kb.by_key[name_key("أوكرانيا")][0] == "country-UA"
    assert kb.by_key[name_key("Kiev")][0] == "city-kyiv"
    lima = kb.by_key[name_key("Lima")][0]
    assert kb.entities[lima].coordinates is not None


def test_skeletons_and_variant_keys() -> None:
    assert skeleton("Stoltenberg") == skeleton("ستولتنبرغ") == skeleton("ستولتنبرج")
    assert skeleton("Путин") == skeleton("Putin") == skeleton("بوتين")
    assert near("SNGTN", "SNTN") and not near("SLNSK", "LN")
    assert variant_key("zelenskyy") == variant_key("zelenskiy") == variant_key("zelensky")
    assert variant_key("ماجنوس") == variant_key("ماغنوس")
    assert variant_key("hassan") != variant_key("hussein")
