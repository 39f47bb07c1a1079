"""A department span running on into its holder's name (entities/notreferents.py): original
sentences."""

from __future__ import annotations

import dragoman


def test_the_holder_after_a_department_stays_a_person() -> None:
    text = ("Lawmakers met on Monday. Ohio Secretary of State Marta Kowalczyk called for a recount "
            "in December. \"We need it,\" Ms. Kowalczyk said.")
    article = dragoman.analyze(text, "en")
    people = {m.text: m.entity_id for m in article.mentions if m.label == "PER"}
    assert "Marta Kowalczyk" in people  # (linked when NER is sure enough of it)
    speakers = {q.text: q.speaker_text for q in article.quotes}
    assert speakers.get("a recount in December") == "Marta Kowalczyk"
    assert all(m.entity_id is None or m.text in ("Ohio", "Marta Kowalczyk", "Kowalczyk")
               for m in article.mentions)


def test_a_department_alone_is_still_no_entity() -> None:
    article = dragoman.analyze("La ministra de Trabajo, Sophie Lambert, habló ayer en Madrid.", "es")
    assert "Trabajo" not in {m.text for m in article.mentions}
