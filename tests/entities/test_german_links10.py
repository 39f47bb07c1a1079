"""German name forms at linking time (entities/germanlink.py wired into the text scan and the
linker): original sentences."""

from __future__ import annotations

import dragoman


def test_the_plague_is_no_hungarian_town() -> None:
    article = dragoman.analyze("Im Mittelalter wütete die Pest in ganz Europa. Die Pest kam aus "
                               "Asien. Später reiste sie nach Budapest.", "de")
    linked = {m.text: m.entity_id for m in article.mentions}
    assert "Pest" not in linked
    assert linked.get("Budapest") is not None


def test_the_same_word_in_english_text_is_left_to_the_english_rules() -> None:
    from dragoman.entities.germanlink import german_disease

    assert german_disease("Schweinepest", "de")
    assert not german_disease("Schweinepest", "en")
    assert not german_disease("Budapest", "de")
