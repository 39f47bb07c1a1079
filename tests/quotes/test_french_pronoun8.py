"""French "il" is a subject pronoun, not the Italian article it is spelled like: "Il a déclaré
que …" is a statement of the person named before, and "Il a ajouté : « … »" is never spoken by
"a ajouté". Original sentences written for this test."""

from __future__ import annotations

import pytest

from tests.support.quoting import quotes_of

_LEAD = "Paul Morel est rentré de Lyon mardi. "


@pytest.mark.parametrize("sentence", [
    "Il a déclaré que la mairie n'avait rien fait pour les familles.",
    "Il affirme que la mairie n'a rien fait pour les familles.",
    "Il a ajouté : « Personne ne nous a aidés. »",
])
def test_il_speaks_for_the_man_named_before(sentence: str) -> None:
    found = quotes_of(_LEAD + sentence, "fr", people=("Paul Morel",))
    assert [q.speaker_text for q in found] == ["Paul Morel"]


def test_the_italian_article_il_still_opens_a_role_speaker() -> None:
    text = "Marco Rossi è tornato. Il presidente ha detto che la riforma sarà approvata entro l'estate."
    found = quotes_of(text, "it", people=("Marco Rossi",))
    assert [(q.text, q.speaker_text) for q in found] == [
        ("la riforma sarà approvata entro l'estate", "Il presidente")]
